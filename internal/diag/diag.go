// Package diag carries problems found in the project's data files (trees and
// guides) as "file:line: message", the form editors and CI logs understand.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong at one place in one file.
type Problem struct {
	File    string
	Line    int
	Message string
}

// String formats the problem as file:line: message (the line is left out when
// it is unknown, so a message never points at a made-up place).
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Message)
}

// List is every problem found in one pass. It is an error so a loader can
// report all of them at once instead of stopping at the first.
type List []Problem

// Add appends a problem at file:line.
func (l *List) Add(file string, line int, format string, args ...any) {
	*l = append(*l, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// Err returns the list as an error, sorted by place, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

// Error prints one problem per line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, p := range l {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
