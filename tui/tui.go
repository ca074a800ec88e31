// Package tui is the full-screen front-end of signin-doctor: a Bubble Tea v2
// program over the flows engine and the content library. It turns engine
// states into screens and key presses into engine moves; it holds no flow
// logic of its own, so the plain line mode (tui/plain) can walk the same
// trees the same way.
//
// One root Model owns a screen enum and a state enum and routes every
// message. Child screens draw strings and answer keys with navigation
// messages; slow work (glamour renders, transcript writes, backend calls,
// saving a secret) runs in tea.Cmds whose results come back as messages.
package tui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// Options is what the program is built from.
type Options struct {
	// Trees are the decision trees; the entry trees make the home list.
	Trees *flows.Set
	// Guides is the guidance library the trees point into.
	Guides *content.Library
	// Backend names the configured backend, shown on every screen, e.g.
	// "sandbox" or "aws · profile dev · eu-west-1".
	Backend string
	// NoColor draws without colour (NO_COLOR): plain guides, plain styles.
	NoColor bool
	// Transcript, when not nil, gets the record of the journey after every
	// move.
	Transcript *transcript.Writer

	// Actions is the account the trees' actions are carried out on. When
	// nil, action nodes offer their choices only, with a note that no
	// backend is configured.
	Actions backend.Backend
	// ReadOnly hides every choice that leads to an action that would change
	// the account, and shows a read-only badge in the header.
	ReadOnly bool
}

// Run runs the full-screen program until the person quits, and returns nil
// then. extra options go to tea.NewProgram (input, output, window size in
// tests). Cancelling ctx stops the program and Run returns its error.
func Run(ctx context.Context, o Options, extra ...tea.ProgramOption) error {
	opts := append([]tea.ProgramOption{tea.WithContext(ctx)}, extra...)
	if _, err := tea.NewProgram(New(o), opts...).Run(); err != nil {
		return fmt.Errorf("full-screen program: %w", err)
	}
	return nil
}
