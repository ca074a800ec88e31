// Package transcript keeps a readable record of a journey: what was asked,
// what was answered, which version of each tree gave the advice, and what
// was done. Support staff hand it on; it never holds a secret, because the
// events it is built from never carry one.
package transcript

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/atomicfile"
)

// Writer saves a transcript to one file, rewriting it whole after each
// change, so a crash at any moment leaves the last complete record.
type Writer struct {
	path    string
	backend string
	started time.Time
	now     func() time.Time

	mu   sync.Mutex
	seen map[int]time.Time // when each event was first saved, by index
}

// New returns a writer for path. backend names the configured backend, so
// the record says where any action took place.
func New(path, backend string) *Writer {
	return &Writer{path: path, backend: backend, started: time.Now(), now: time.Now, seen: map[int]time.Time{}}
}

// Path is the file the transcript goes to.
func (w *Writer) Path() string { return w.path }

// Save writes the record of these events (the whole journey so far). It is
// safe to call from a tea.Cmd while the program goes on.
func (w *Writer) Save(events []flows.Event) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i := range events {
		if _, ok := w.seen[i]; !ok {
			w.seen[i] = w.now()
		}
	}
	data := []byte(w.format(events))
	if err := atomicfile.Write(w.path, data, 0o600); err != nil {
		return fmt.Errorf("save transcript: %w", err)
	}
	return nil
}

func (w *Writer) format(events []flows.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# signin-doctor transcript\n\n")
	fmt.Fprintf(&b, "- started: %s\n", w.started.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "- backend: %s\n", w.backend)
	if host, err := os.Hostname(); err == nil {
		fmt.Fprintf(&b, "- host: %s\n", host)
	}
	b.WriteString("\n")
	for i, e := range events {
		at := w.seen[i].UTC().Format("15:04:05")
		switch e.Kind {
		case flows.EventStart:
			fmt.Fprintf(&b, "%s  started %s (version %s)\n", at, e.Tree, e.Version)
		case flows.EventAnswer:
			fmt.Fprintf(&b, "%s  %s#%s: %s\n        answer: %s\n", at, e.Tree, e.Node, oneLine(e.Prompt), e.Answer)
		case flows.EventBack:
			fmt.Fprintf(&b, "%s  went back to %s#%s\n", at, e.Tree, e.Node)
		case flows.EventRestart:
			fmt.Fprintf(&b, "%s  restarted %s\n", at, e.Tree)
		case flows.EventOutcome:
			fmt.Fprintf(&b, "%s  outcome: %s at %s#%s", at, e.Outcome, e.Tree, e.Node)
			if e.Detail != "" {
				fmt.Fprintf(&b, " (hand-off guide: %s)", e.Detail)
			}
			b.WriteString("\n")
		case flows.EventAction:
			fmt.Fprintf(&b, "%s  action at %s#%s: %s\n", at, e.Tree, e.Node, e.Detail)
		}
	}
	return b.String()
}

func oneLine(s string) string {
	if s == "" {
		return "(no question)"
	}
	return strings.Join(strings.Fields(s), " ")
}
