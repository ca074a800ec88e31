package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The first screen from cold: build the model, take the window size, draw.
func BenchmarkFirstScreen(b *testing.B) {
	o := testOptions(b)
	for b.Loop() {
		m := New(o)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// benchKeys measures one key press, Update and View, on a screen reached by
// setup at 120×40, with its guide already rendered. The keys alternate so
// the screen keeps changing without drifting.
func benchKeys(b *testing.B, setup []string, keys ...string) {
	benchKeysWith(b, testOptions(b), setup, keys...)
}

func benchKeysWith(b *testing.B, o Options, setup []string, keys ...string) {
	d := newDriver(b, o, 120, 40)
	d.keys(setup...)
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsgs(k)[0]
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.m.Update(msgs[i%len(msgs)])
		_ = d.m.View()
		i++
	}
}

func BenchmarkKeyHome(b *testing.B) { benchKeys(b, nil, "j", "k") }

func BenchmarkKeyHomeFilter(b *testing.B) {
	benchKeys(b, []string{"/", "pass"}, "w", "backspace")
}

func BenchmarkKeyQuestion(b *testing.B) { benchKeys(b, []string{"1"}, "j", "k") }

func BenchmarkKeyGuide(b *testing.B) { benchKeys(b, []string{"2", "1"}, "j", "k") }

func BenchmarkKeyBrowseFilter(b *testing.B) {
	benchKeys(b, []string{"b", "/", "pass"}, "w", "backspace")
}

// The result of a new key, its secret masked, moving through the choices.
func BenchmarkKeyActionResult(b *testing.B) {
	o, _ := sandboxOptions(b)
	benchKeysWith(b, o, []string{"5", "1", "1", "1", "3", "y"}, "j", "k")
}
