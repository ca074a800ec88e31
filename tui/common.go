package tui

import (
	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/actstep"
)

// common is what every screen shares: the data, the styles, the keys and
// the guide renderers. Screens hold a pointer to it, so a change of
// background reaches all of them at once.
type common struct {
	trees  *flows.Set
	guides *content.Library
	keys   KeyMap
	styles Styles

	// backend carries out actions; nil when none is configured. readOnly
	// hides changing actions; dryRun (read off backend) says it only
	// records changes.
	backend  backend.Backend
	readOnly bool
	dryRun   bool

	dark    bool
	noColor bool
	// gen counts style changes, so drawings cached with old styles are
	// known to be stale.
	gen int

	// rules keeps drawn rules by width and words: there are few of them
	// and each is redrawn on every frame.
	rules map[ruleKey]string

	// renderers keeps one renderer (and so one page cache) per glamour
	// style, so turning the background light and back costs no re-render.
	renderers map[string]*content.Renderer
}

func newCommon(o Options) *common {
	c := &common{
		trees:     o.Trees,
		guides:    o.Guides,
		keys:      DefaultKeyMap(),
		dark:      true,
		noColor:   o.NoColor,
		renderers: map[string]*content.Renderer{},
		backend:   o.Actions,
		readOnly:  o.ReadOnly,
		dryRun:    actstep.DryRun(o.Actions),
	}
	c.styles = NewStyles(c.dark, c.noColor)
	return c
}

// setDark switches the styles to the terminal's background. It reports
// whether anything changed.
func (c *common) setDark(dark bool) bool {
	if dark == c.dark {
		return false
	}
	c.dark = dark
	c.styles = NewStyles(dark, c.noColor)
	c.gen++
	return true
}

// renderer is the renderer for the current glamour style.
func (c *common) renderer() *content.Renderer {
	style := c.styles.Glamour
	r, ok := c.renderers[style]
	if !ok {
		r = content.NewRenderer(style)
		c.renderers[style] = r
	}
	return r
}

// badges are the words the header shows beside the backend, so nobody
// forgets that changes are only pretended, or hidden.
func (c *common) badges() []string {
	var b []string
	if c.dryRun {
		b = append(b, "dry run")
	}
	if c.readOnly {
		b = append(b, "read-only")
	}
	return b
}

// entries is the trees listed on the home screen; none when none are loaded.
func (c *common) entries() []*flows.Tree {
	if c.trees == nil {
		return nil
	}
	return c.trees.Entries()
}

// guide looks a guide up by id.
func (c *common) guide(id string) (*content.Guide, bool) {
	if c.guides == nil || id == "" {
		return nil, false
	}
	return c.guides.Guide(id)
}

type ruleKey struct {
	width int
	info  string
	gen   int
}

// rule is a horizontal line across the width with a few words in it,
// drawn once for each width and words.
func (c *common) rule(width int, info string) string {
	key := ruleKey{width, info, c.gen}
	if r, ok := c.rules[key]; ok {
		return r
	}
	if len(c.rules) > 256 || c.rules == nil {
		c.rules = map[ruleKey]string{}
	}
	r := rule(c.styles, width, info)
	c.rules[key] = r
	return r
}
