// Package layout holds the pure string geometry of the full-screen program:
// fitting text into a box, wrapping, scrolling a window of lines, fitting
// breadcrumbs, and the too-small message. It knows nothing of screens or
// styles, so each rule can be tested on its own and reused by any screen.
package layout

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/signin-doctor/signin-doctor/internal/textwrap"
)

// Ellipsis marks text cut short.
const Ellipsis = "…"

// Fit makes s exactly width cells wide at most and exactly height lines
// tall: longer lines are cut, missing lines are added empty. A screen built
// from Fit boxes can never spill past the window, whatever its content.
func Fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, width)
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// Truncate cuts one line to width cells, ending it with an ellipsis when
// something was cut, so the reader knows there is more.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, Ellipsis)
}

// TruncateLeft keeps the last width cells of one line, starting it with an
// ellipsis when something was cut: the end of a path matters most.
func TruncateLeft(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w <= width {
		return s
	}
	return ansi.TruncateLeft(s, w-width+ansi.StringWidth(Ellipsis), Ellipsis)
}

// Wrap breaks text into lines of at most width cells, at spaces where it
// can (never at a hyphen, so addresses stay whole) and inside a word only
// when it is wider than the line. Empty text gives no lines.
func Wrap(text string, width int) []string {
	if text == "" {
		return nil
	}
	if width <= 0 {
		return []string{""}
	}
	return textwrap.Lines(text, width, true)
}

// Hang wraps text to width with a first-line prefix and a hanging indent of
// the prefix's width for the following lines, as numbered choices need.
func Hang(prefix, text string, width int) []string {
	indent := ansi.StringWidth(prefix)
	lines := Wrap(text, max(width-indent, 1))
	if len(lines) == 0 {
		return []string{prefix}
	}
	pad := strings.Repeat(" ", indent)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

// Scroll returns the first line to show so that lines [from, to) stay in a
// window of height lines, moving the window as little as possible from its
// current top. It keeps a selection on screen as it moves.
func Scroll(top, from, to, total, height int) int {
	if height <= 0 || total <= height {
		return 0
	}
	if to-from > height {
		// The focus is taller than the window: show its start.
		to = from + height
	}
	if from < top {
		top = from
	}
	if to > top+height {
		top = to - height
	}
	return min(max(top, 0), total-height)
}

// Crumbs fits a trail of breadcrumbs into width cells, where sepWidth is the
// width of the separator drawn between two crumbs. It drops crumbs from the
// left, the oldest steps, and reports that it did so the caller can draw an
// ellipsis crumb in their place; when even the last crumb is too wide, that
// crumb is cut from the left. Crumbs of zero width give nothing.
func Crumbs(crumbs []string, sepWidth, width int) (kept []string, elided bool) {
	if width <= 0 || len(crumbs) == 0 {
		return nil, false
	}
	widths := make([]int, len(crumbs))
	full := sepWidth * (len(crumbs) - 1)
	for i, c := range crumbs {
		widths[i] = ansi.StringWidth(c)
		full += widths[i]
	}
	if full <= width {
		return crumbs, false
	}
	// Something is dropped, so room must remain for the ellipsis crumb.
	budget := width - ansi.StringWidth(Ellipsis) - sepWidth
	total, start := 0, len(crumbs)
	for i := len(crumbs) - 1; i >= 0; i-- {
		w := widths[i]
		if i < len(crumbs)-1 {
			w += sepWidth
		}
		if total+w > budget {
			break
		}
		total += w
		start = i
	}
	if start == len(crumbs) {
		// Not even the last crumb fits beside the ellipsis: show the end of it.
		return []string{TruncateLeft(crumbs[len(crumbs)-1], width)}, false
	}
	return crumbs[start:], true
}

// TooSmall is the one line shown instead of a screen that cannot fit: what
// the window is and what it needs. On a narrow window it says it in fewer
// words before it resorts to cutting, so the sizes stay readable.
func TooSmall(width, height, minWidth, minHeight int) string {
	forms := []string{
		fmt.Sprintf("make the window larger (now %d×%d, need at least %d×%d)", width, height, minWidth, minHeight),
		fmt.Sprintf("window too small: %d×%d, need %d×%d", width, height, minWidth, minHeight),
		fmt.Sprintf("need %d×%d, now %d×%d", minWidth, minHeight, width, height),
	}
	for _, f := range forms {
		if ansi.StringWidth(f) <= width {
			return f
		}
	}
	return Truncate(forms[len(forms)-1], width)
}

// Fitter is Fit with a memory of the lines it has already measured at one
// width. Measuring a line of styled text means walking its graphemes, and a
// full screen of guide text costs more to measure than to draw; the same
// lines come back on every key press, so each is measured once.
type Fitter struct {
	width int
	fits  map[string]bool
}

// fitterLimit bounds the memory: past it, the Fitter starts afresh.
const fitterLimit = 4096

// Fit is Fit (the package function) for the lines it has seen before at
// this width, without measuring them again.
func (f *Fitter) Fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	if f.fits == nil || f.width != width || len(f.fits) > fitterLimit {
		f.width, f.fits = width, make(map[string]bool)
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if len(l) <= width {
			continue // no line has more cells than bytes
		}
		fits, seen := f.fits[l]
		if !seen {
			fits = ansi.StringWidth(l) <= width
			f.fits[l] = fits
		}
		if !fits {
			lines[i] = Truncate(l, width)
		}
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
