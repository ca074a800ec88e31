package tui

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/signin-doctor/signin-doctor/backend"
)

// Thousands of random keys, resizes (0×0 and 1×1 among them), wheel turns
// and pastes never panic the model or its View, and no frame is ever larger
// than the window. A sandbox account is attached, so actions run (and
// fail, and get cancelled) along the way; saved secrets land in a
// throwaway home.
func TestRandomKeysAndResizes(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	o, _ := sandboxOptions(t)
	steps := 20000
	if testing.Short() {
		steps = 3000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{
		"enter", "esc", "up", "down", "left", "right", "tab", "shift+tab", "space",
		"pgdown", "pgup", "home", "end", "backspace", "ctrl+u", "ctrl+d", "ctrl+w",
		"j", "k", "g", "G", "/", "?", "b", "h", "r", "x", "a", "p", "é", "漢",
		"1", "2", "3", "4", "5", "6", "7", "8", "9", "0",
		"y", "n", "t", "v", "c", "s",
	}
	widths := []int{0, 1, 2, 19, 39, 40, 41, 63, 80, 120, 300}
	heights := []int{0, 1, 2, 5, 9, 10, 11, 19, 20, 24, 40, 100}

	d := newDriver(t, o, 80, 24)
	actionsSeen := map[actionPhase]bool{}
	for i := range steps {
		var msg tea.Msg
		switch r := rng.IntN(100); {
		case r < 8:
			msg = tea.WindowSizeMsg{Width: widths[rng.IntN(len(widths))], Height: heights[rng.IntN(len(heights))]}
		case r < 10:
			msg = tea.MouseWheelMsg{Button: []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown}[rng.IntN(2)]}
		case r < 11:
			msg = tea.PasteMsg{Content: "root\npass\tword"}
		case r < 12:
			msg = tea.BackgroundColorMsg{Color: colorWhite{}}
		case r < 13:
			msg = keyMsgs([]string{"q", "ctrl+c"}[rng.IntN(2)])[0]
		default:
			msg = keyMsgs(names[rng.IntN(len(names))])[0]
		}
		// Now and then hold the Cmds back, as a busy machine would, so
		// screens are also seen while their guide is still rendering.
		d.async = rng.IntN(10) == 0
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("step %d: %T %v panicked: %v", i, msg, msg, p)
				}
			}()
			d.send(msg)
			checkFrame(t, d.m)
		}()
		if d.m.screen == screenAction {
			actionsSeen[d.m.action.phase] = true
		}
		if d.quit {
			d = newDriver(t, o, widths[rng.IntN(len(widths))], heights[rng.IntN(len(heights))])
		}
	}
	if !testing.Short() && (!actionsSeen[phaseInputs] || !actionsSeen[phaseResult]) {
		t.Errorf("the random walk should reach the action screens; saw %v", actionsSeen)
	}
}

// Random keys on the action screens themselves: each round starts at an
// action step and presses the keys those screens answer to, with resizes
// and held-back Cmds (a call that never answers, a list that never loads).
func TestRandomKeysOnActionScreens(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	rounds := 100
	if testing.Short() {
		rounds = 30
	}
	rng := rand.New(rand.NewPCG(3, 4))
	starts := [][]string{
		{"5", "1", "1", "1"}, // create a key
		{"5", "3", "2"},      // list a user's keys
		{"2", "1", "5"},      // send the root reset email
		{"6", "2", "2", "1"}, // deactivate an MFA device
		{"8", "2", "2", "1"}, // who am I
		{"3", "1", "2", "1"}, // reset an IAM user's password
	}
	names := []string{
		"enter", "esc", "up", "down", "j", "k", "pgdown", "pgup", "tab", "backspace", "ctrl+u",
		"1", "2", "3", "4", "y", "n", "t", "v", "c", "s", "b", "o", "?", "h", "r", "x",
	}
	sizes := [][2]int{{80, 24}, {120, 40}, {40, 10}, {41, 11}, {63, 19}, {300, 100}, {20, 5}}
	o, sb := sandboxOptions(t)
	// Every other round pretends (dry run) and hides changes (read-only),
	// which puts both badges in the header.
	careful := o
	careful.Actions, careful.ReadOnly = backend.NewDryRun(sb), true
	seen := map[actionPhase]bool{}
	for round := range rounds {
		size := sizes[rng.IntN(len(sizes))]
		opts := o
		if round%2 == 1 {
			opts = careful
		}
		d := newDriver(t, opts, 80, 24)
		d.keys(starts[rng.IntN(len(starts))]...)
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for step := range 40 {
			var msg tea.Msg = keyMsgs(names[rng.IntN(len(names))])[0]
			switch r := rng.IntN(100); {
			case r < 5:
				s := sizes[rng.IntN(len(sizes))]
				msg = tea.WindowSizeMsg{Width: s[0], Height: s[1]}
			case r < 7:
				msg = tea.PasteMsg{Content: "bob"}
			case r < 8:
				msg = tea.MouseWheelMsg{Button: tea.MouseWheelDown}
			}
			d.async = rng.IntN(12) == 0
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("round %d step %d: %T %v panicked: %v", round, step, msg, msg, p)
					}
				}()
				d.send(msg)
				checkFrame(t, d.m)
			}()
			if d.m.screen == screenAction {
				seen[d.m.action.phase] = true
			}
			if d.quit {
				break
			}
		}
		d.m.action.leave() // stop anything a held-back Cmd left running
	}
	for _, p := range []actionPhase{phaseInputs, phaseConfirm, phaseResult} {
		if !seen[p] {
			t.Errorf("never saw the %s phase; saw %v", p, seen)
		}
	}
	if _, err := sb.ListUsers(context.Background()); err != nil {
		t.Fatalf("the sandbox should survive it all: %v", err)
	}
}

// checkFrame fails when the frame is larger than the window.
func checkFrame(t *testing.T, m *Model) {
	t.Helper()
	out := m.View().Content
	if out == "" {
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) > max(m.height, 1) {
		t.Fatalf("%d lines in a window %d high", len(lines), m.height)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Fatalf("a line %d wide in a window %d wide: %q", w, m.width, ansi.Strip(l))
		}
	}
}

func TestRunReturnsNilOnQuit(t *testing.T) {
	// Keys that arrive before the first window size are dropped, and the
	// size races the input; so keep pressing q until the program ends. The
	// deadline only guards against a hang.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	pr, pw := io.Pipe()
	defer pw.Close()
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, testOptions(t), tea.WithInput(pr), tea.WithOutput(io.Discard), tea.WithWindowSize(80, 24))
	}()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("a normal quit returns nil, got %v", err)
			}
			return
		case <-tick.C:
			go pw.Write([]byte("q"))
		}
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	pr, pw := io.Pipe() // input that never ends
	defer pw.Close()
	err := Run(ctx, testOptions(t), tea.WithInput(pr), tea.WithOutput(io.Discard), tea.WithWindowSize(80, 24))
	if !errors.Is(err, tea.ErrProgramKilled) {
		t.Fatalf("a cancelled run says it was killed, got %v", err)
	}
}
