package layout

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFit(t *testing.T) {
	got := Fit("abcdef\nxy\n1\n2\n3", 4, 3)
	if want := "abc…\nxy\n1"; got != want {
		t.Fatalf("Fit = %q, want %q", got, want)
	}
	if got := Fit("a", 3, 3); got != "a\n\n" {
		t.Fatalf("Fit pads to the height, got %q", got)
	}
	for _, size := range [][2]int{{0, 0}, {0, 5}, {5, 0}, {-1, -1}} {
		if got := Fit("text", size[0], size[1]); got != "" {
			t.Fatalf("Fit(%v) = %q, want nothing", size, got)
		}
	}
}

func TestFitterAgreesWithFit(t *testing.T) {
	var f Fitter
	in := "\x1b[1mstyled line that is long\x1b[0m\nshort\nwide 漢字漢字漢字漢字\n"
	for _, w := range []int{1, 5, 10, 20, 80, 10} {
		for range 2 { // the second time from memory
			if got, want := f.Fit(in, w, 5), Fit(in, w, 5); got != want {
				t.Fatalf("width %d: Fitter %q, Fit %q", w, got, want)
			}
		}
	}
}

func TestTruncateLeftKeepsTheEnd(t *testing.T) {
	if got := TruncateLeft("abcdefgh", 4); got != "…fgh" {
		t.Fatalf("got %q", got)
	}
	if got := TruncateLeft("abc", 4); got != "abc" {
		t.Fatalf("got %q", got)
	}
	if got := TruncateLeft("abc", 0); got != "" {
		t.Fatalf("got %q", got)
	}
}

func TestWrapAndHang(t *testing.T) {
	if got := Wrap("", 10); got != nil {
		t.Fatalf("empty text wraps to no lines, got %q", got)
	}
	lines := Hang("1. ", "one two three four", 10)
	if want := []string{"1. one two", "   three", "   four"}; strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Fatalf("Hang = %q, want %q", lines, want)
	}
	for _, l := range Wrap("averyveryverylongword and more", 6) {
		if ansi.StringWidth(l) > 6 {
			t.Fatalf("line %q is wider than 6", l)
		}
	}
}

func TestScrollKeepsFocusInView(t *testing.T) {
	cases := []struct {
		top, from, to, total, height, want int
	}{
		{0, 0, 1, 5, 10, 0},    // everything fits
		{0, 12, 13, 20, 10, 3}, // below: scroll just enough
		{8, 2, 3, 20, 10, 2},   // above: scroll up to it
		{5, 7, 8, 20, 10, 5},   // in view: stay put
		{0, 4, 30, 40, 10, 4},  // taller than the window: show its start
		{50, 0, 1, 20, 10, 0},  // a stale top is pulled back
		{0, 0, 1, 20, 0, 0},    // no window at all
	}
	for _, c := range cases {
		if got := Scroll(c.top, c.from, c.to, c.total, c.height); got != c.want {
			t.Errorf("Scroll(%d, %d, %d, %d, %d) = %d, want %d", c.top, c.from, c.to, c.total, c.height, got, c.want)
		}
	}
}

func TestCrumbs(t *testing.T) {
	crumbs := []string{"Home", "I forgot my root password", "Yes", "The email never arrived"}
	sep := 3
	full := 4 + 25 + 3 + 23 + 3*sep
	if kept, elided := Crumbs(crumbs, sep, full); elided || len(kept) != 4 {
		t.Fatalf("all fit: kept %q elided %v", kept, elided)
	}
	kept, elided := Crumbs(crumbs, sep, full-1)
	if !elided || kept[0] != "I forgot my root password" {
		t.Fatalf("one column short drops from the left: kept %q elided %v", kept, elided)
	}
	kept, elided = Crumbs(crumbs, sep, 12)
	if elided || len(kept) != 1 || !strings.HasPrefix(kept[0], "…") || ansi.StringWidth(kept[0]) != 12 {
		t.Fatalf("only the end of the last crumb fits: %q", kept)
	}
	if kept, _ := Crumbs(crumbs, sep, 0); kept != nil {
		t.Fatalf("no room, no crumbs: %q", kept)
	}
	// Whatever the width, the trail and its ellipsis fit.
	for w := 1; w <= full+2; w++ {
		kept, elided := Crumbs(crumbs, sep, w)
		total := sep * (len(kept) - 1)
		for _, k := range kept {
			total += ansi.StringWidth(k)
		}
		if elided {
			total += 1 + sep
		}
		if total > w {
			t.Fatalf("width %d: trail %q (elided %v) is %d wide", w, kept, elided, total)
		}
	}
}

func TestTooSmallSaysSizes(t *testing.T) {
	if got := TooSmall(80, 9, 40, 10); got != "make the window larger (now 80×9, need at least 40×10)" {
		t.Fatalf("got %q", got)
	}
	if got := TooSmall(30, 5, 40, 10); got != "need 40×10, now 30×5" {
		t.Fatalf("got %q", got)
	}
	for w := range 60 {
		if got := TooSmall(w, 3, 40, 10); ansi.StringWidth(got) > w {
			t.Fatalf("width %d: %q is wider", w, got)
		}
	}
}
