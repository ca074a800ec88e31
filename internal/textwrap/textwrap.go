// Package textwrap wraps terminal text at spaces only. The usual wrappers
// also break at hyphens and dots, which cuts addresses such as
// https://repost.aws/knowledge-center/recover-aws-password in two, and a
// person copying one from a terminal then lands on the wrong page. Both the
// guide renderer and the full-screen program's short texts use this one.
package textwrap

import (
	"bytes"
	"regexp"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// listMarker matches what starts a line whose continuation lines should hang
// under its text: indentation, then a bullet, a number or a quote bar.
var listMarker = regexp.MustCompile(`^ *(• |\d+\. |│ |\| )?`)

// Lines wraps every line of text to width, breaking only at spaces; lines
// that start a list item (a bullet, a number, a quote bar) hang their
// continuation under the item's text. A word wider than the whole line is cut
// only when cutLong is set: a full-screen view would clip it, while plain text
// lets the terminal fold it and keeps the address whole for copying.
func Lines(text string, width int, cutLong bool) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		out = append(out, wrapLine(line, max(width, 1), cutLong)...)
	}
	return out
}

func wrapLine(line string, width int, cutLong bool) []string {
	if ansi.StringWidth(line) <= width {
		return []string{line}
	}
	plain := ansi.Strip(line)
	hang := ansi.StringWidth(listMarker.FindString(plain))
	if hang > width/2 {
		hang = 0
	}
	avail := width - hang
	var rows []string
	var cur strings.Builder
	curWidth := 0
	flush := func() {
		rows = append(rows, cur.String())
		cur.Reset()
		curWidth = 0
	}
	for i, word := range strings.Split(line, " ") {
		w := ansi.StringWidth(word)
		limit := width
		if len(rows) > 0 {
			limit = avail
		}
		switch {
		case i == 0:
		case curWidth+1+w <= limit:
			cur.WriteByte(' ')
			curWidth++
		default:
			flush()
		}
		if w > avail && cutLong {
			// Only a word wider than the line itself is broken.
			parts := strings.Split(ansi.Hardwrap(word, avail, false), "\n")
			for _, p := range parts[:len(parts)-1] {
				cur.WriteString(p)
				flush()
			}
			word, w = parts[len(parts)-1], ansi.StringWidth(parts[len(parts)-1])
		}
		cur.WriteString(word)
		curWidth += w
	}
	flush()
	// Carry colours and links across the new line breaks, then indent the
	// continuation rows (after the styles are re-opened, so the indent
	// itself stays unstyled).
	var buf bytes.Buffer
	ww := lipgloss.NewWrapWriter(&buf)
	ww.Write([]byte(strings.Join(rows, "\n")))
	ww.Close()
	rows = strings.Split(buf.String(), "\n")
	pad := strings.Repeat(" ", hang)
	for i := 1; i < len(rows); i++ {
		rows[i] = pad + rows[i]
	}
	return rows
}
