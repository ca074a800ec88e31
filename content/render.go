package content

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	glamouransi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

	"github.com/signin-doctor/signin-doctor/internal/textwrap"
)

// Glamour style names a Renderer accepts.
const (
	StyleDark  = "dark"
	StyleLight = "light"
	// StylePlain has no colours or escapes: for pipes, NO_COLOR and screen readers.
	StylePlain = "notty"
)

// MinWidth is the narrowest width a guide is wrapped to; narrower requests
// are widened to it, since a page wrapped to a few columns helps nobody.
const MinWidth = 20

// Renderer turns guides into terminal text in one style, keeping each result
// by (guide, width): glamour takes milliseconds a page, and a screen that
// re-renders on every key press would stutter. It is safe for concurrent use.
type Renderer struct {
	style string

	mu      sync.Mutex
	pages   map[renderKey]string
	glamour *glamour.TermRenderer
}

type renderKey struct {
	id    string
	width int
}

// NewRenderer returns a renderer for one of the Style constants.
func NewRenderer(style string) *Renderer {
	return &Renderer{
		style: style,
		pages: make(map[renderKey]string),
	}
}

// Style is the glamour style this renderer uses.
func (r *Renderer) Style() string { return r.style }

// Cached returns the page already rendered at this width, if there is one.
// Screens call it from View, which must never render.
func (r *Renderer) Cached(g *Guide, width int) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.pages[renderKey{g.ID, max(width, MinWidth)}]
	return s, ok
}

// Render returns the guide wrapped to width, rendering it on first request.
func (r *Renderer) Render(g *Guide, width int) (string, error) {
	width = max(width, MinWidth)
	key := renderKey{g.ID, width}
	// One lock over the whole render: glamour's renderer is not safe for
	// concurrent use, and two renders of the same page would be wasted work.
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.pages[key]; ok {
		return s, nil
	}
	if r.glamour == nil {
		// Glamour does not wrap (width 0): wrapPage does, without cutting
		// addresses in two. So one glamour renderer serves every width.
		tr, err := glamour.NewTermRenderer(r.styleOption(), glamour.WithWordWrap(0))
		if err != nil {
			return "", fmt.Errorf("prepare the %s renderer: %w", r.style, err)
		}
		r.glamour = tr
	}
	out, err := r.glamour.Render(g.Markdown())
	if err != nil {
		return "", fmt.Errorf("render guide %s: %w", g.ID, err)
	}
	if r.style == StylePlain {
		// Glamour still emits hyperlink escapes in its no-colour style.
		out = ansi.Strip(out)
	}
	out = strings.Join(textwrap.Lines(trimBlankEdges(out), width, r.style != StylePlain), "\n")
	r.pages[key] = out
	return out, nil
}

// trimBlankEdges drops glamour's blank margin lines above and below a page,
// which waste rows on a small screen, and trailing spaces on each line.
func trimBlankEdges(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

func (r *Renderer) styleOption() glamour.TermRendererOption {
	if r.style == StylePlain {
		return glamour.WithStyles(plainStyle())
	}
	return glamour.WithStandardStyle(r.style)
}

// plainStyle is glamour's no-colour style without the Markdown markers it
// keeps around bold, italic and code: a screen reader would read every
// asterisk aloud.
func plainStyle() glamouransi.StyleConfig {
	s := styles.NoTTYStyleConfig
	s.Strong.BlockPrefix, s.Strong.BlockSuffix = "", ""
	s.Emph.BlockPrefix, s.Emph.BlockSuffix = "", ""
	s.Code.BlockPrefix, s.Code.BlockSuffix = "", ""
	return s
}
