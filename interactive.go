package main

import (
	"context"
	"errors"
	"os"

	"github.com/signin-doctor/signin-doctor/internal/transcript"
	"github.com/signin-doctor/signin-doctor/tui"
	"github.com/signin-doctor/signin-doctor/tui/plain"
)

// runInteractive starts the journey: the full-screen program in a terminal,
// plain numbered prompts otherwise.
func runInteractive(ctx context.Context, e *env, g *globalFlags) error {
	set, lib, err := loadAll()
	if err != nil {
		return err
	}
	b, err := openBackend(ctx, g)
	if err != nil {
		return err
	}
	label := backendLabel(g)
	var tw *transcript.Writer
	if g.transcript != "" {
		tw = transcript.New(g.transcript, label)
		// Find out now, not after the first answer, if the file cannot be written.
		if err := tw.Save(nil); err != nil {
			return usageErrorf("--transcript %s: %v; give a file in a folder you can write to", g.transcript, errors.Unwrap(err))
		}
	}
	if !wantsPlain(e, g.plain) {
		return tui.Run(ctx, tui.Options{
			Trees:      set,
			Guides:     lib,
			Backend:    label,
			NoColor:    os.Getenv("NO_COLOR") != "",
			Transcript: tw,
			Actions:    b,
			ReadOnly:   g.readOnly,
		})
	}
	return plain.Run(ctx, plain.Options{
		Trees:      set,
		Guides:     lib,
		Width:      80,
		Backend:    label,
		Transcript: tw,
		Actions:    b,
		ReadOnly:   g.readOnly,
		In:         e.stdin,
		Out:        e.stdout,
	})
}

// wantsPlain reports whether to use plain mode: asked for by flag or by
// ACCESSIBLE, or forced because a stream is not a terminal.
func wantsPlain(e *env, flag bool) bool {
	if flag {
		return true
	}
	if v := os.Getenv("ACCESSIBLE"); v != "" && v != "0" && v != "false" {
		return true
	}
	return !isTerminal(e.stdin) || !isTerminal(e.stdout)
}
