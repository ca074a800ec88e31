package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// A newcomer who forgot the root password: filter, open the only match,
// answer with number keys, read the guide, reach the outcome, then undo,
// restart and leave.
func TestJourneyRootPasswordToOutcome(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.at(screenHome)
	d.contains("What's stopping you from signing in?", "backend: sandbox", "esc back", "r restart", "h home", "q quit")

	d.keys("/", "root password")
	d.contains("/ root password", "1 of 11", "I forgot my root user password")
	d.keys("enter") // exactly one match: enter opens it
	d.at(screenQuestion)
	d.node("forgot-root-password#mailbox")
	d.contains("Can you still read mail", "1. Yes", "4. What does a reset need?", "Home › I forgot my root user password")

	d.keys("1")
	d.at(screenGuide)
	d.node("forgot-root-password#reset-steps")
	d.contains("Reset a forgotten root user password", "How did the reset go?", "1. I reset it and I can sign in", "› Yes")
	d.lacks("rendering…")

	d.keys("1")
	d.at(screenOutcome)
	d.contains("✓ Resolved", "You're back in.", "› Resolved")
	if _, ended := d.m.session.Ended(); !ended {
		t.Fatal("journey should have ended")
	}

	d.keys("esc") // undo the last choice
	d.at(screenGuide)
	d.node("forgot-root-password#reset-steps")

	d.keys("r")
	d.at(screenQuestion)
	d.node("forgot-root-password#mailbox")

	d.keys("esc") // back at the first question leaves for home
	d.at(screenHome)
	d.contains("/ to edit, esc to clear") // the filter is still there
	d.keys("esc")
	d.lacks("root password")

	d.keys("q")
	if !d.quit || d.m.state != stateQuitting {
		t.Fatalf("q should quit, state %s", d.m.state)
	}
}

// Arrows and enter pick the same choices as number keys.
func TestArrowsAndEnterPick(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("enter") // the first entry, triage
	d.node("triage#problem")
	d.keys("down", "j", "k", "down", "enter")
	d.node("lost-access-keys#whose")
	d.contains("Home › What's going wrong? › I lost my access keys")
	d.keys("G", "enter") // the last choice
	d.node("lost-access-keys#rotate")
}

func TestNumberKeysOnHomeOpenEntries(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2")
	d.node("forgot-root-password#mailbox")
	d.keys("h")
	d.at(screenHome)
	d.keys("9") // beyond the choices of no screen: home has 11 entries
	if d.m.screen != screenQuestion && d.m.screen != screenGuide {
		t.Fatalf("9 should open the ninth entry, on %s", d.m.screen)
	}
	d.keys("h", "r")
	d.at(screenHome)
	d.contains("Nothing to restart yet")
	d.keys("j") // the status lasts until the next key
	d.lacks("Nothing to restart yet")
}

func TestFilterTakesEveryPrintableKey(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("/", "q", "h", "r", "b", "1", "?")
	if d.quit || d.m.screen != screenHome || d.m.state != stateReady {
		t.Fatalf("typing in the filter must not act: quit=%v screen=%s state=%s", d.quit, d.m.screen, d.m.state)
	}
	d.contains(`/ qhrb1?`, `Nothing matches "qhrb1?"`, "esc clear filter", "ctrl+c quit")
	d.keys("backspace", "backspace", "ctrl+w")
	d.contains("11") // cleared to nothing: every entry again
	d.keys("esc")
	if d.m.home.filtering() {
		t.Fatal("esc should leave the filter")
	}

	// Several matches: enter hands the keys back to the list.
	d.keys("/", "password", "enter")
	if d.m.home.filtering() || d.m.home.list.query() != "password" {
		t.Fatalf("enter with many matches should keep the filter and leave the input")
	}
	d.keys("j", "enter")
	if !d.m.inJourney {
		t.Fatal("enter on the list should open the highlighted entry")
	}
	d.keys("h", "/", "x", "ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c quits even while typing")
	}
}

func TestFilterMatchesTags(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("/", "mfa")
	d.contains("I lost my MFA device")
	d.send(tea.PasteMsg{Content: " device\n"})
	if got := d.m.home.list.query(); got != "mfa device" {
		t.Fatalf("paste should add to the filter without the newline, got %q", got)
	}
}

func TestHelpOverlay(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("?")
	if d.m.state != stateHelp {
		t.Fatalf("state %s, want help", d.m.state)
	}
	d.contains("Keys", "enter", "1-9", "esc", "back", "restart", "g/home", "? or esc closes this help")
	d.keys("j", "enter") // ignored under the overlay
	d.at(screenHome)
	d.keys("?")
	if d.m.state != stateReady {
		t.Fatal("? should close help")
	}
	d.keys("?", "esc")
	if d.m.state != stateReady {
		t.Fatal("esc should close help")
	}
	// Every binding the help bar lists is in the full help.
	help := d.keys("?").screen()
	for _, b := range d.m.c.keys.Global() {
		if !strings.Contains(help, b.Help().Key) {
			t.Errorf("help lacks %s", b.Help().Key)
		}
	}
}

func TestBrowseAndRead(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("b")
	d.at(screenBrowse)
	d.contains("Every guide", "24", "Home › Guides")
	d.keys("/", "captcha")
	d.contains("Trouble with the CAPTCHA")
	d.keys("enter", "enter") // leave the input, open the highlighted guide
	d.at(screenRead)
	d.contains("Trouble with the CAPTCHA", "Home › Guides › Trouble with the CAPTCHA")
	d.keys("esc")
	d.at(screenBrowse)
	d.contains("filter: captcha")
	d.keys("esc") // clears the filter first
	d.at(screenBrowse)
	d.lacks("filter: captcha")
	d.keys("esc")
	d.at(screenHome)
}

// Browsing from the middle of a journey comes back to the same step.
func TestBrowseFromJourneyReturns(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2", "1")
	d.node("forgot-root-password#reset-steps")
	d.keys("G") // scroll the guide to its end
	offset := d.m.guide.pane.vp.YOffset()
	d.keys("b", "3")
	d.at(screenRead)
	d.keys("esc", "esc")
	d.at(screenGuide)
	d.node("forgot-root-password#reset-steps")
	if d.m.guide.pane.vp.YOffset() != offset {
		t.Fatal("the guide should keep its place")
	}
	d.keys("b", "r") // restart works from the guides too
	d.at(screenQuestion)
	d.node("forgot-root-password#mailbox")
}

func TestGuideFocusAndScroll(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2", "1")
	g := d.m.guide
	if g.focus != focusGuide {
		t.Fatal("a guide opens with the page in focus")
	}
	d.keys("j", "down")
	if g.pane.vp.YOffset() != 2 {
		t.Fatalf("j and down scroll the page, offset %d", g.pane.vp.YOffset())
	}
	d.keys("space")
	if g.pane.vp.YOffset() <= 2 {
		t.Fatal("space pages down")
	}
	d.keys("g")
	if g.pane.vp.YOffset() != 0 {
		t.Fatal("g goes to the top")
	}
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if g.pane.vp.YOffset() == 0 {
		t.Fatal("the wheel scrolls the page")
	}
	d.keys("G", "down")
	if g.focus != focusChoices {
		t.Fatal("down at the end of the page moves on to the choices")
	}
	d.contains("› 1. I reset it and I can sign in", "tab: back to the guide")
	d.keys("up")
	if g.focus != focusGuide {
		t.Fatal("up from the first choice goes back to the page")
	}
	d.keys("tab", "down", "down", "enter")
	d.node("forgot-root-password#captcha")
}

func TestNumberBeyondChoicesIsIgnored(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2", "9")
	d.node("forgot-root-password#mailbox")
	d.at(screenQuestion)
}

func TestEscalateShowsHandOffGuide(t *testing.T) {
	d := newDriver(t, testOptions(t), 120, 40)
	d.keys("2", "1", "2", "3")
	d.at(screenOutcome)
	d.contains("↗ Escalate", "Read this next:", "Ask AWS Support for help signing in")
	d.keys("enter")
	d.at(screenHome)
}

func TestTooSmall(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {20, 5}, {39, 24}, {80, 9}} {
		d := newDriver(t, testOptions(t), size[0], size[1])
		got := d.screen()
		if strings.Count(got, "\n") != 0 {
			t.Errorf("%v: want one line, got %q", size, got)
		}
		if w := len([]rune(got)); w > size[0] {
			t.Errorf("%v: line of %d cells is wider than the window", size, w)
		}
		d.keys("j", "enter", "1")
		if d.m.inJourney {
			t.Errorf("%v: keys must not act on a screen nobody can see", size)
		}
		d.keys("q")
		if !d.quit {
			t.Errorf("%v: q should still quit", size)
		}
	}
	d := newDriver(t, testOptions(t), 80, 24)
	d.send(tea.WindowSizeMsg{Width: 30, Height: 24})
	d.contains("need 40×10, now 30×24")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.contains("What's stopping you")
}

func TestBreadcrumbsKeepTheEnd(t *testing.T) {
	d := newDriver(t, testOptions(t), 40, 24)
	d.keys("1", "1", "1", "1")
	header := strings.Split(d.screen(), "\n")[0]
	if !strings.Contains(header, "…") || !strings.Contains(header, "sandbox") {
		t.Fatalf("a long trail is cut from the left and the backend stays: %q", header)
	}
	if len([]rune(header)) > 40 {
		t.Fatalf("header wider than the window: %q", header)
	}
}

func TestRenderingIsNeverWaitedFor(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.async = true // hold every Cmd back, as a slow machine would
	d.keys("2", "1")
	d.at(screenGuide)
	d.contains("rendering…", "How did the reset go?")
	d.keys("2") // the choices work before the page arrives
	d.node("forgot-root-password#no-email")
}

func TestResizeRendersOnceForTheNewWidth(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2", "1")
	if got := d.m.guide.pane.shown.width; got != 78 {
		t.Fatalf("rendered for width %d, want 78", got)
	}
	d.async = true
	var held []tea.Cmd
	for _, w := range []int{60, 70, 90} {
		_, cmd := d.m.Update(tea.WindowSizeMsg{Width: w, Height: 40})
		held = append(held, cmd)
	}
	d.contains("rendering…")
	d.async = false
	for _, c := range held {
		d.run(c)
	}
	if got := d.m.guide.pane.shown.width; got != 88 {
		t.Fatalf("after the burst the page is for width %d, want 88", got)
	}
	d.lacks("rendering…")
}

func TestBackgroundColourSwitchesStyles(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("2", "1")
	if d.m.guide.pane.shown.style != "dark" {
		t.Fatal("dark until the terminal answers")
	}
	d.send(tea.BackgroundColorMsg{Color: colorWhite{}})
	if d.m.c.dark || d.m.c.styles.Glamour != "light" || d.m.guide.pane.shown.style != "light" {
		t.Fatalf("a light background should switch to light styles and re-render, got %+v", d.m.guide.pane.shown)
	}
	d.contains("Reset a forgotten root user password")
}

type colorWhite struct{}

func (colorWhite) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

func TestNoColor(t *testing.T) {
	o := testOptions(t)
	o.NoColor = true
	d := newDriver(t, o, 80, 24)
	d.send(tea.BackgroundColorMsg{Color: colorWhite{}})
	d.keys("2", "1")
	out := d.m.View().Content
	if strings.Contains(out, "\x1b[38") || strings.Contains(out, "\x1b[48") {
		t.Fatal("NO_COLOR: no colour escapes")
	}
	if d.m.guide.pane.shown.style != "notty" {
		t.Fatalf("NO_COLOR: plain guides, got %s", d.m.guide.pane.shown.style)
	}
}

func TestViewSetsProgramModes(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	v := d.m.View()
	if !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion || v.WindowTitle != "signin-doctor" {
		t.Fatalf("view modes: alt %v mouse %v title %q", v.AltScreen, v.MouseMode, v.WindowTitle)
	}
}

func TestTranscriptSavedAfterEachMove(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journey.md")
	o := testOptions(t)
	o.Transcript = transcript.New(path, "sandbox")
	d := newDriver(t, o, 80, 24)
	d.keys("2", "1")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "answer: Yes") {
		t.Fatalf("transcript lacks the answer:\n%s", data)
	}
	// A second journey adds to the record instead of replacing it.
	d.keys("h", "3", "q")
	data, _ = os.ReadFile(path)
	for _, want := range []string{"started forgot-root-password", "started forgot-iam-password"} {
		if !strings.Contains(string(data), want) {
			t.Fatalf("transcript lacks %q:\n%s", want, data)
		}
	}
}

func TestTranscriptFailureIsAStatusLine(t *testing.T) {
	o := testOptions(t)
	o.Transcript = transcript.New(filepath.Join(t.TempDir(), "missing", "dir", "t.md"), "sandbox")
	d := newDriver(t, o, 80, 24)
	d.keys("2")
	d.contains("Transcript not saved")
	d.at(screenQuestion)
}

// An action node naming an action this build does not have offers its
// lead-in and choices, with a note, and runs nothing.
func TestActionNodeOfAnUnknownAction(t *testing.T) {
	fsys := fstest.MapFS{"act.yaml": {Data: []byte(`id: act
title: Try an action
summary: A tree with an action node.
entry: true
start: who
nodes:
  - id: who
    action: whoami
    ask: Find out who you are signed in as.
    choices:
      - label: Done
        outcome: resolved
`)}}
	set, err := flows.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	o, _ := sandboxOptions(t)
	o.Trees = set
	d := newDriver(t, o, 80, 24)
	d.keys("1")
	d.phase(phaseSkipped)
	d.contains("Find out who you are signed in as.", "This build has no action called whoami", "1. Done")
	d.keys("1")
	d.at(screenOutcome)
}

func TestNilDataDoesNotCrash(t *testing.T) {
	d := newDriver(t, Options{}, 80, 24)
	d.keys("enter", "1", "b", "enter", "/", "x", "esc", "esc", "r", "?", "?")
	d.contains("backend: none", "What's stopping you")
}
