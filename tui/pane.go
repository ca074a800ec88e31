package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// maxPageWidth caps the width a guide is wrapped to: lines much longer
// than this are hard to follow, however wide the window.
const maxPageWidth = 100

// renderKey names one rendering of a page: which guide, how wide, in which
// glamour style.
type renderKey struct {
	id    string
	width int
	style string
}

// renderJob is one glamour render, run off the event loop as a tea.Cmd.
type renderJob struct {
	renderer *content.Renderer
	guide    *content.Guide
	key      renderKey
}

// run renders the page. The renderer caches it, so asking again for the same
// (guide, width) costs a map lookup.
func (j renderJob) run() tea.Msg {
	text, err := j.renderer.Render(j.guide, j.key.width)
	return guideRenderedMsg{key: j.key, text: text, err: err}
}

// guidePane shows one guide in a scrollable viewport. It never renders in
// Update or View: it takes a page from the renderer's cache when there is
// one and otherwise asks for a render and says "rendering…" until it comes.
type guidePane struct {
	c     *common
	guide *content.Guide
	vp    viewport.Model

	shown    renderKey // what the viewport holds now
	inFlight renderKey // the render under way, if any
	err      error
	// lines is the page cut to the pane's width once, when it arrives, so
	// drawing it is slicing: the viewport keeps the scroll position, but
	// its own View would re-measure every line on every key press.
	lines []string
}

func newGuidePane(c *common) guidePane {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	// Keys are matched against the program's KeyMap instead, so that help
	// lists exactly what scrolls.
	vp.KeyMap = viewport.KeyMap{}
	return guidePane{c: c, vp: vp}
}

// show puts a guide in the pane, scrolled to its top.
func (p *guidePane) show(g *content.Guide) tea.Cmd {
	p.guide = g
	p.shown = renderKey{}
	p.err = nil
	p.lines = nil
	p.vp.SetContent("")
	p.vp.GotoTop()
	return p.refresh()
}

// setSize gives the pane its box; a new width needs a new render.
func (p *guidePane) setSize(width, height int) tea.Cmd {
	if width != p.vp.Width() {
		// Lines cut for another width are wrong until the page is redrawn.
		p.shown, p.lines = renderKey{}, nil
	}
	p.vp.SetWidth(max(width, 0))
	p.vp.SetHeight(max(height, 0))
	return p.refresh()
}

// want is the rendering the pane needs now.
func (p *guidePane) want() renderKey {
	if p.guide == nil {
		return renderKey{}
	}
	width := min(max(p.vp.Width(), content.MinWidth), maxPageWidth)
	return renderKey{id: p.guide.ID, width: width, style: p.c.styles.Glamour}
}

// pending reports whether the pane is waiting for its page.
func (p *guidePane) pending() bool {
	return p.guide != nil && p.err == nil && p.shown != p.want()
}

// refresh fills the pane from the cache, or starts a render when the page
// is not there. At most one render is in flight per pane: when it lands for
// a width the pane no longer has, receive asks again for the latest, so a
// burst of resizes costs two renders, not one per step.
func (p *guidePane) refresh() tea.Cmd {
	want := p.want()
	if p.guide == nil || p.vp.Width() <= 0 || want == p.shown {
		return nil
	}
	r := p.c.renderer()
	if text, ok := r.Cached(p.guide, want.width); ok {
		p.setPage(want, text)
		return nil
	}
	if p.inFlight != (renderKey{}) {
		return nil
	}
	p.inFlight = want
	return renderJob{renderer: r, guide: p.guide, key: want}.run
}

// receive takes a finished render; it may start the next one.
func (p *guidePane) receive(msg guideRenderedMsg) tea.Cmd {
	if msg.key != p.inFlight {
		return nil
	}
	p.inFlight = renderKey{}
	if msg.key == p.want() {
		if msg.err != nil {
			p.err = msg.err
			return nil
		}
		p.setPage(msg.key, msg.text)
		return nil
	}
	return p.refresh()
}

func (p *guidePane) setPage(key renderKey, text string) {
	p.shown = key
	p.err = nil
	p.vp.SetContent(text)
	p.lines = strings.Split(text, "\n")
	for i, l := range p.lines {
		p.lines[i] = layout.Truncate(l, p.vp.Width())
	}
}

// update scrolls the pane for scrolling keys and the mouse wheel; it
// reports whether it used the message.
func (p *guidePane) update(msg tea.Msg) bool {
	k := p.c.keys
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		p.vp, _ = p.vp.Update(msg)
		return true
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Up):
			p.vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			p.vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp):
			p.vp.PageUp()
		case key.Matches(msg, k.PageDown):
			p.vp.PageDown()
		case key.Matches(msg, k.Top):
			p.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			p.vp.GotoBottom()
		default:
			return false
		}
		return true
	}
	return false
}

// scrollInfo says where in the page the reader is, for the rule under it.
func (p *guidePane) scrollInfo() string {
	switch {
	case p.guide == nil || p.pending() || p.err != nil:
		return ""
	case p.vp.TotalLineCount() <= p.vp.Height():
		return "all shown"
	case p.vp.AtTop():
		return "top · more below"
	case p.vp.AtBottom():
		return "end"
	}
	return strconv.Itoa(int(p.vp.ScrollPercent()*100)) + "%"
}

// View is the page as far as it fits, or why it is not there yet.
func (p *guidePane) View() string {
	st := p.c.styles
	var s string
	switch {
	case p.guide == nil:
	case p.err != nil:
		s = st.Status.Render("Could not show this guide: " + p.err.Error())
	case p.pending():
		s = st.Muted.Render("rendering…")
	default:
		top := min(p.vp.YOffset(), len(p.lines))
		shown := p.lines[top:min(top+p.vp.Height(), len(p.lines))]
		return strings.Join(shown, "\n") + strings.Repeat("\n", max(p.vp.Height()-len(shown), 0))
	}
	return layout.Fit(s, p.vp.Width(), p.vp.Height())
}
