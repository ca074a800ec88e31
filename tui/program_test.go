package tui

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// Whole-program runs: a real tea.Program with its renderer, fed keys from a
// buffer, its output read back as a terminal would get it.

// probe wraps the Model to keep the last frame the program drew, so a test
// can wait for what is on screen: the renderer writes only the cells that
// change, so the output stream rarely holds a whole new sentence.
type probe struct {
	*Model
	mu   sync.Mutex
	last string
}

func newProbe(t *testing.T) *probe { return &probe{Model: New(testOptions(t))} }

func newProbeWith(o Options) *probe { return &probe{Model: New(o)} }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Model.Update(msg)
	return p, cmd
}

func (p *probe) View() tea.View {
	v := p.Model.View()
	p.mu.Lock()
	p.last = plain(v.Content)
	p.mu.Unlock()
	return v
}

func (p *probe) frame() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last
}

// waitForText waits until the frame on screen shows text.
func waitForText(t *testing.T, p *probe, text string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(p.frame(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("waited 5s for %q; the screen shows:\n%s", text, p.frame())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitForOutput waits until the terminal has been sent text.
func waitForOutput(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func finalModel(t *testing.T, tm *teatest.TestModel) *Model {
	t.Helper()
	p, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*probe)
	if !ok {
		t.Fatal("the final model is not the probe")
	}
	return p.Model
}

func TestProgramRootPasswordJourney(t *testing.T) {
	p := newProbe(t)
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(80, 24))
	waitForOutput(t, tm, "press / to filter")
	tm.Type("/root password")
	waitForText(t, p, "1 of 11")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, p, "Can you still read mail")
	tm.Type("1")
	waitForText(t, p, "Reset a forgotten root user password")
	tm.Type("q")

	m := finalModel(t, tm)
	if m.state != stateQuitting || m.screen != screenGuide {
		t.Fatalf("ended in state %s on screen %s", m.state, m.screen)
	}
	golden.RequireEqual(t, []byte(plain(m.View().Content)))
}

func TestProgramQuitsWithCtrlCWhileFiltering(t *testing.T) {
	p := newProbe(t)
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(120, 40))
	waitForOutput(t, tm, "press / to filter")
	tm.Type("b/q")
	waitForText(t, p, "/ q")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})

	m := finalModel(t, tm)
	if m.screen != screenBrowse || m.browse.list.query() != "q" {
		t.Fatalf("q should have been typed into the browse filter, got screen %s query %q", m.screen, m.browse.list.query())
	}
}

func TestProgramSurvivesTinyWindows(t *testing.T) {
	p := newProbe(t)
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(80, 24))
	waitForOutput(t, tm, "press / to filter")
	for _, size := range []tea.WindowSizeMsg{{Width: 0, Height: 0}, {Width: 1, Height: 1}, {Width: 20, Height: 5}, {Width: 300, Height: 100}, {Width: 80, Height: 24}} {
		tm.Send(size)
	}
	tm.Type("2")
	waitForText(t, p, "Can you still read mail")
	tm.Type("q")
	if m := finalModel(t, tm); m.width != 80 || m.height != 24 {
		t.Fatalf("final size %d×%d", m.width, m.height)
	}
}

// A key made in a real program: the call and the spinner run as the
// program runs them, concurrently, and the secret is revealed on screen.
func TestProgramCreatesAKey(t *testing.T) {
	o, sb := sandboxOptions(t)
	p := newProbeWith(o)
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(80, 24))
	waitForOutput(t, tm, "press / to filter")
	tm.Type("5111")
	waitForText(t, p, "6. erin")
	tm.Type("3")
	waitForText(t, p, "Create a new access key for bob?")
	tm.Type("y")
	waitForText(t, p, "✓ Done")
	tm.Type("v")
	waitForText(t, p, "v hides it")
	tm.Type("1")
	waitForText(t, p, "Put the new key into every program")
	tm.Type("q")

	m := finalModel(t, tm)
	if m.action.secret != nil {
		t.Fatal("the secret must be gone once its screen is left")
	}
	keys, err := sb.ListAccessKeys(context.Background(), "bob")
	if err != nil || len(keys) != 2 {
		t.Fatalf("bob should have his old key and the new one: %v %v", keys, err)
	}
}
