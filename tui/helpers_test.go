package tui

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/signin-doctor/signin-doctor/backend/sandbox"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
)

// The embedded trees and guides, loaded once for every test.
var (
	loadOnce   sync.Once
	testTrees  *flows.Set
	testGuides *content.Library
	loadErr    error
)

func testOptions(t testing.TB) Options {
	t.Helper()
	loadOnce.Do(func() {
		testTrees, loadErr = flows.Embedded()
		if loadErr == nil {
			testGuides, loadErr = content.Embedded()
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return Options{Trees: testTrees, Guides: testGuides, Backend: "sandbox"}
}

// driver runs a Model the way a program would, but synchronously: every
// Cmd an Update returns is run at once and its message fed back, so a test
// sees guides rendered and transcripts saved before its next step.
type driver struct {
	t     testing.TB
	m     *Model
	quit  bool
	async bool // when set, Cmds are dropped instead of run (fuzzing)
}

func newDriver(t testing.TB, o Options, width, height int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(o)}
	d.run(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// send feeds messages to Update and runs what comes back.
func (d *driver) send(msgs ...tea.Msg) *driver {
	for _, msg := range msgs {
		_, cmd := d.m.Update(msg)
		d.run(cmd)
	}
	return d
}

// keys presses keys by name: "enter", "esc", "down", "ctrl+c", or any
// printable text, one key per rune ("root password" is 13 presses).
func (d *driver) keys(names ...string) *driver {
	for _, n := range names {
		for _, msg := range keyMsgs(n) {
			d.send(msg)
		}
	}
	return d
}

// run executes a Cmd and everything that follows from it.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil || d.async {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		// tea.Sequence's message is an unexported []Cmd, run in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		if strings.HasPrefix(reflect.TypeOf(msg).String(), "tea.") && reflect.TypeOf(msg).Name() != "" && !exported(reflect.TypeOf(msg).Name()) {
			// Requests to the terminal (background colour and the like):
			// nobody answers them in a test.
			return
		}
		d.send(msg)
	}
}

func exported(name string) bool { return name != "" && strings.ToUpper(name[:1]) == name[:1] }

// screen is the window as plain text, colours stripped and lines trimmed.
func (d *driver) screen() string { return plain(d.m.View().Content) }

func plain(s string) string {
	lines := strings.Split(ansi.Strip(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func (d *driver) contains(want ...string) {
	d.t.Helper()
	s := d.screen()
	for _, w := range want {
		if !strings.Contains(s, w) {
			d.t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

func (d *driver) lacks(unwanted ...string) {
	d.t.Helper()
	s := d.screen()
	for _, w := range unwanted {
		if strings.Contains(s, w) {
			d.t.Fatalf("screen shows %q but should not:\n%s", w, s)
		}
	}
}

func (d *driver) at(want screen) {
	d.t.Helper()
	if d.m.screen != want {
		d.t.Fatalf("on screen %s, want %s:\n%s", d.m.screen, want, d.screen())
	}
}

func (d *driver) node(want string) {
	d.t.Helper()
	if !d.m.started {
		d.t.Fatalf("no journey, want node %s", want)
	}
	cur := d.m.session.Current()
	if got := cur.Tree.ID + "#" + cur.Node.ID; got != want {
		d.t.Fatalf("at node %s, want %s:\n%s", got, want, d.screen())
	}
}

// keyMsgs turns a key name or text into key presses.
func keyMsgs(name string) []tea.Msg {
	special := map[string]tea.Key{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"left":      {Code: tea.KeyLeft},
		"right":     {Code: tea.KeyRight},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"space":     {Code: tea.KeySpace, Text: " "},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"backspace": {Code: tea.KeyBackspace},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
		"ctrl+d":    {Code: 'd', Mod: tea.ModCtrl},
		"ctrl+w":    {Code: 'w', Mod: tea.ModCtrl},
	}
	if k, ok := special[name]; ok {
		return []tea.Msg{tea.KeyPressMsg(k)}
	}
	var out []tea.Msg
	for _, r := range name {
		out = append(out, tea.KeyPressMsg(tea.Key{Text: string(r), Code: r}))
	}
	return out
}

// sandboxOptions are the test options with a fresh sandbox account as the
// backend, in a folder of its own.
func sandboxOptions(t testing.TB) (Options, *sandbox.Sandbox) {
	t.Helper()
	sb, err := sandbox.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	o := testOptions(t)
	o.Actions = sb
	return o, sb
}
