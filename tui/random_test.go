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
)

// Thousands of random keys, resizes (0×0 and 1×1 among them), wheel turns
// and pastes never panic the model or its View, and no frame is ever larger
// than the window.
func TestRandomKeysAndResizes(t *testing.T) {
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
	}
	widths := []int{0, 1, 2, 19, 39, 40, 41, 63, 80, 120, 300}
	heights := []int{0, 1, 2, 5, 9, 10, 11, 19, 20, 24, 40, 100}

	d := newDriver(t, testOptions(t), 80, 24)
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
		if d.quit {
			d = newDriver(t, testOptions(t), widths[rng.IntN(len(widths))], heights[rng.IntN(len(heights))])
		}
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
	err := Run(context.Background(), testOptions(t),
		tea.WithInput(strings.NewReader("2q")), tea.WithOutput(io.Discard), tea.WithWindowSize(80, 24))
	if err != nil {
		t.Fatalf("a normal quit returns nil, got %v", err)
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
