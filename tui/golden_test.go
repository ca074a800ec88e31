package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The main screens as a person sees them, colours stripped. Regenerate with
// go test ./tui -update, and read the diff before committing it.
func TestGolden(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"home", nil},
		{"home-filter", []string{"/", "password"}},
		{"question", []string{"2"}},
		{"guide", []string{"2", "1"}},
		{"guide-choices", []string{"2", "1", "tab", "down"}},
		{"outcome-resolved", []string{"2", "1", "1"}},
		{"outcome-escalate", []string{"2", "1", "2", "3"}},
		{"browse", []string{"b"}},
		{"read", []string{"b", "/", "captcha", "enter", "enter"}},
		{"help", []string{"?"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], s.name), func(t *testing.T) {
				d := newDriver(t, testOptions(t), size[0], size[1])
				d.keys(s.keys...)
				golden.RequireEqual(t, []byte(d.screen()))
			})
		}
	}
	for _, size := range [][2]int{{20, 5}, {39, 24}, {80, 9}} {
		t.Run(fmt.Sprintf("%dx%d/too-small", size[0], size[1]), func(t *testing.T) {
			d := newDriver(t, testOptions(t), size[0], size[1])
			golden.RequireEqual(t, []byte(d.screen()))
		})
	}
}
