package tui

import (
	"fmt"
	"regexp"
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

// accessKeyID matches the access key ids the sandbox makes at random.
var accessKeyID = regexp.MustCompile(`AKIA[0-9A-Z]{16}`)

// The action screens in their main states, against a fresh sandbox. Key
// ids are random, so they are masked (at their own width, so the layout
// is the one a person sees).
func TestGoldenActions(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		// I lost my access keys › An IAM user's keys › Yes › Make a new key.
		{"action-picker", []string{"5", "1", "1", "1"}},
		{"action-confirm", []string{"5", "1", "1", "1", "3"}},
		{"action-result-secret", []string{"5", "1", "1", "1", "3", "y"}},
		// … then switch programs, check the old key, switch it off, and
		// delete it: confirmed by typing the user's name.
		{"action-confirm-name", []string{"5", "1", "1", "1", "3", "y", "v", "1", "1", "1", "y", "1", "bo"}},
		{"action-failed-moved", []string{"5", "1", "1", "1", "2", "y"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], s.name), func(t *testing.T) {
				o, _ := sandboxOptions(t)
				d := newDriver(t, o, size[0], size[1])
				d.keys(s.keys...)
				screen := accessKeyID.ReplaceAllString(d.screen(), "AKIAXXXXXXXXXXXXXXXX")
				golden.RequireEqual(t, []byte(screen))
			})
		}
	}
}
