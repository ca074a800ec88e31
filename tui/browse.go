package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/content"
)

// browseScreen lists every guide, for new hires learning the procedures
// and anyone who wants to read ahead. Its filter uses the library's search,
// so it finds words in a guide's text too, best match first.
type browseScreen struct {
	guides []*content.Guide
	list   pickList
}

func newBrowseScreen(c *common) *browseScreen {
	var guides []*content.Guide
	if c.guides != nil {
		guides = c.guides.All()
	}
	items := make([]listItem, len(guides))
	index := make(map[*content.Guide]int, len(guides))
	for i, g := range guides {
		items[i] = listItem{title: g.Title, summary: g.Summary}
		index[g] = i
	}
	filter := func(query string) []int {
		if c.guides == nil {
			return nil
		}
		found := c.guides.Search(query)
		out := make([]int, 0, len(found))
		for _, g := range found {
			out = append(out, index[g])
		}
		return out
	}
	return &browseScreen{guides: guides, list: newPickList(c, "Every guide", items, filter)}
}

func (s *browseScreen) setSize(width, height int) tea.Cmd {
	s.list.setSize(width, height)
	return nil
}

func (s *browseScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	picked, cmd := s.list.update(msg)
	if picked != nil {
		return openGuideMsg{guide: s.guides[picked.item]}, cmd
	}
	return nil, cmd
}

func (s *browseScreen) shortHelp() []key.Binding { return s.list.shortHelp("read") }

// View is the list of guides.
func (s *browseScreen) View() string { return s.list.View() }

// readScreen shows one guide opened from the browse list, the whole body
// given to the page.
type readScreen struct {
	c    *common
	pane guidePane
}

func newReadScreen(c *common) *readScreen {
	return &readScreen{c: c, pane: newGuidePane(c)}
}

func (s *readScreen) open(g *content.Guide) tea.Cmd { return s.pane.show(g) }

func (s *readScreen) setSize(width, height int) tea.Cmd {
	// One line under the page says where in it the reader is.
	return s.pane.setSize(width, max(height-1, 0))
}

func (s *readScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	s.pane.update(msg)
	return nil, nil
}

func (s *readScreen) shortHelp() []key.Binding {
	k := s.c.keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Top, k.Bottom}
}

// View is the page and a rule saying how far down it the reader is.
func (s *readScreen) View() string {
	return s.pane.View() + "\n" + s.c.rule(s.pane.vp.Width(), s.pane.scrollInfo())
}

func (s *browseScreen) filtering() bool   { return s.list.filtering() }
func (s *browseScreen) clearFilter() bool { return s.list.clearFilter() }
