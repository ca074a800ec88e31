// Package plain is the line-by-line front-end: numbered prompts on stdin and
// stdout, no escapes and no redraws, for screen readers, pipes, logs and
// scripts. It drives the same flows engine as the full-screen program.
//
// Its contract, which tests outside the project rely on:
//   - each choice is printed on its own line as "  N. label" (N from 1);
//   - the prompt is "> " at the start of a line, with no newline after it;
//   - input is a number, a choice's label (any case), b (back), r (restart)
//     or q (quit); anything else gets a one-line hint and the same prompt;
//   - end of input quits cleanly.
package plain

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
	"github.com/signin-doctor/signin-doctor/tui/actstep"
)

// Options configures a plain-mode run.
type Options struct {
	Trees  *flows.Set
	Guides *content.Library
	// Width is the column count guides are wrapped to.
	Width int
	// Backend names the configured backend, shown in the greeting.
	Backend string
	// Transcript, when set, receives the journey after every move.
	Transcript *transcript.Writer
	// Actions is the backend that action nodes run against; nil leaves
	// each action to be done by hand.
	Actions backend.Backend
	// ReadOnly hides every action that would change the account.
	ReadOnly bool
	In       io.Reader
	Out      io.Writer
}

// Run talks to the person until they quit or the input ends. It returns an
// error only when it cannot write its output.
func Run(ctx context.Context, o Options) error {
	if o.Width <= 0 {
		o.Width = 80
	}
	r := &runner{
		ctx:      ctx,
		o:        o,
		in:       bufio.NewScanner(o.In),
		out:      &errWriter{w: o.Out},
		renderer: content.NewRenderer(content.StylePlain),
	}
	r.in.Buffer(make([]byte, 64*1024), 1024*1024)
	return r.run(ctx)
}

type runner struct {
	ctx      context.Context
	o        Options
	in       *bufio.Scanner
	out      *errWriter
	renderer *content.Renderer

	session flows.Session
	inTree  bool
	// past holds the events of journeys finished earlier in this run, so the
	// transcript keeps every journey, not only the latest.
	past     []flows.Event
	saveNote string // the last transcript error, shown once
}

// command is what one line of input asked for.
type command int

const (
	cmdPick command = iota
	cmdBack
	cmdRestart
	cmdQuit
	cmdEOF
	// cmdRedo shows the current step again (an action's "try again").
	cmdRedo
)

func (r *runner) run(ctx context.Context) error {
	r.printf("signin-doctor: help for AWS sign-in trouble (backend: %s)\n", r.o.Backend)
	r.printf("Answer with a number or the words of a choice. b = back, r = restart, q = quit.\n")
	for r.out.err == nil {
		if ctx.Err() != nil {
			return nil
		}
		var done bool
		if r.inTree {
			done = r.step()
		} else {
			done = r.home()
		}
		if done {
			break
		}
	}
	return r.out.err
}

// home lists the entry trees and starts the one picked. It reports true when
// the person is done.
func (r *runner) home() bool {
	entries := r.o.Trees.Entries()
	labels := make([]string, len(entries))
	for i, t := range entries {
		labels[i] = t.Title
	}
	r.printf("\nWhat do you need help with?\n")
	cmd, pick := r.ask(menu{labels: labels, atStart: "You are at the list of problems already."})
	switch cmd {
	case cmdQuit, cmdEOF:
		return true
	case cmdPick:
		s, err := r.o.Trees.Begin(entries[pick].ID)
		if err != nil {
			r.printf("%v\n", err)
			return false
		}
		r.past = append(r.past, r.session.Events()...)
		r.session, r.inTree = s, true
		r.save()
	}
	return false
}

// step shows the current node (or the ending) and applies one answer.
func (r *runner) step() bool {
	if end, ok := r.session.Ended(); ok {
		return r.ending(end)
	}
	cur := r.session.Current()
	r.printf("\n[%s]\n", cur.Tree.Title)
	if cur.Node.Guide != "" {
		r.showGuide(cur.Node.Guide)
	}
	if cur.Node.Ask != "" {
		r.printf("%s\n", cur.Node.Ask)
	}
	if cur.Node.Say != "" {
		r.printf("%s\n", cur.Node.Say)
	}
	var extra func(string) (bool, command)
	if cur.Node.Kind() == flows.Action {
		var next actionNext
		next, extra = r.runAction()
		switch next {
		case actionQuit:
			return true
		case actionMoved:
			r.save()
			return false
		}
	}
	visible := actstep.VisibleChoices(r.session, r.o.ReadOnly)
	labels := make([]string, len(visible))
	for i, c := range visible {
		labels[i] = cur.Node.Choices[c].Label
	}
	cmd, pick := r.ask(menu{labels: labels, extra: extra})
	switch cmd {
	case cmdQuit, cmdEOF:
		return true
	case cmdBack:
		r.back()
	case cmdRestart:
		r.session = r.session.Restart()
	case cmdPick:
		next, err := r.session.Choose(visible[pick])
		if err != nil {
			r.printf("%v\n", err)
			return false
		}
		r.session = next
	}
	r.save()
	return false
}

// ending shows how the journey ended and what can be done next.
func (r *runner) ending(end flows.Ending) bool {
	r.printf("\n")
	switch end.Outcome {
	case flows.Resolved:
		r.printf("Outcome: resolved.")
	default:
		r.printf("Outcome: this needs a hand-off.")
	}
	if end.Say != "" {
		r.printf(" %s", end.Say)
	}
	r.printf("\n")
	if end.Guide != "" {
		r.showGuide(end.Guide)
	}
	r.printf("\nWhat next?\n")
	cmd, pick := r.ask(menu{labels: []string{"Back to the list of problems", "Quit"}})
	switch {
	case cmd == cmdQuit || cmd == cmdEOF || (cmd == cmdPick && pick == 1):
		return true
	case cmd == cmdBack:
		r.back()
	case cmd == cmdRestart:
		r.session = r.session.Restart()
	default:
		r.inTree = false
	}
	r.save()
	return false
}

// back undoes one move; from a tree's first node it returns to the list.
func (r *runner) back() {
	if s, ok := r.session.Back(); ok {
		r.session = s
		return
	}
	r.inTree = false
}

func (r *runner) showGuide(id string) {
	g, ok := r.o.Guides.Guide(id)
	if !ok {
		// Validation rules this out; never leave the person with nothing.
		r.printf("(The guide %q is missing from this build; run 'signin-doctor guides' for the list.)\n", id)
		return
	}
	text, err := r.renderer.Render(g, r.o.Width)
	if err != nil {
		text = g.Markdown()
	}
	r.printf("\n%s\n\n", text)
}

// menu is one numbered question.
type menu struct {
	labels []string
	// aliases are other words that pick the same entries (a user name for
	// a picker line that also shows the user's state); may be nil.
	aliases []string
	// atStart is the hint for 'b' and 'r' when there is nowhere to go back
	// to; empty means both are allowed.
	atStart string
	// extra, when set, is offered each line first (an action's "show" and
	// "save" words); it reports whether it took the line and, for cmdRedo,
	// that the step should be shown again.
	extra func(string) (bool, command)
}

// ask prints the numbered choices and reads until it gets a valid answer.
func (r *runner) ask(m menu) (command, int) {
	labels, atStart, extra := m.labels, m.atStart, m.extra
	for i, l := range labels {
		r.printf("  %d. %s\n", i+1, l)
	}
	for {
		r.printf("> ")
		if r.out.err != nil || !r.in.Scan() {
			r.printf("\n")
			return cmdEOF, 0
		}
		line := strings.TrimSpace(r.in.Text())
		if extra != nil {
			if took, cmd := extra(line); took {
				if cmd == cmdRedo {
					return cmdRedo, 0
				}
				continue
			}
		}
		switch strings.ToLower(line) {
		case "q", "quit", "exit":
			return cmdQuit, 0
		case "b", "back":
			if atStart != "" {
				r.printf("%s Pick a number, or q to quit.\n", atStart)
				continue
			}
			return cmdBack, 0
		case "r", "restart":
			if atStart != "" {
				r.printf("%s Pick a number, or q to quit.\n", atStart)
				continue
			}
			return cmdRestart, 0
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(labels) {
			return cmdPick, n - 1
		}
		for i, l := range labels {
			if strings.EqualFold(l, line) || (i < len(m.aliases) && strings.EqualFold(m.aliases[i], line)) {
				return cmdPick, i
			}
		}
		r.printf("Type a number from 1 to %d, the words of a choice, b (back), r (restart) or q (quit).\n", len(labels))
	}
}

func (r *runner) save() {
	if r.o.Transcript == nil {
		return
	}
	events := append(r.past[:len(r.past):len(r.past)], r.session.Events()...)
	if err := r.o.Transcript.Save(events); err != nil && r.saveNote != err.Error() {
		r.saveNote = err.Error()
		r.printf("(%v)\n", err)
	}
}

func (r *runner) printf(format string, args ...any) {
	fmt.Fprintf(r.out, format, args...)
}

// errWriter remembers the first write error, so a closed pipe ends the run
// instead of looping on a prompt nobody can see.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
