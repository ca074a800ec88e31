package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// focus is which part of the guide screen the arrow keys move.
type focus int

const (
	focusGuide focus = iota
	focusChoices
)

// String names the focus, for tests and debugging.
func (f focus) String() string {
	if f == focusChoices {
		return "choices"
	}
	return "guide"
}

// guideScreen shows a guide node: the page on top in a scrollable pane, the
// node's question and choices below it. The arrows scroll the page and run
// on into the choices at its end (tab jumps between the two); the number
// keys pick a choice whatever has focus, so someone who knows the way is
// never slowed down by the page.
type guideScreen struct {
	c       *common
	node    *flows.Node
	pane    guidePane
	choices choiceList
	focus   focus

	width, height int
	missing       string // a guide id the library does not have
	prompt        memo[promptKey, []string]
}

func newGuideScreen(c *common) *guideScreen {
	return &guideScreen{c: c, pane: newGuidePane(c)}
}

// show puts a node on the screen, its page scrolled to the top, offering
// the choices at the indexes in visible.
func (s *guideScreen) show(n *flows.Node, visible []int) tea.Cmd {
	s.node = n
	s.choices = newChoiceList(n, visible)
	s.focus = focusGuide
	s.missing = ""
	g, ok := s.c.guide(n.Guide)
	if !ok {
		s.missing = n.Guide
	}
	// The page first, so that sizing the pane asks for this guide's render.
	show := s.pane.show(g)
	return tea.Batch(show, s.layout())
}

func (s *guideScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return s.layout()
}

// lower is the question and choices under the page, as drawn now.
func (s *guideScreen) lower() (lines []string, from, to int) {
	if s.node == nil {
		return nil, 0, 0
	}
	head := s.prompt.get(promptKey{s.node, s.width, s.c.gen}, func() []string {
		return promptLines(s.c.styles, s.node, s.width)
	})
	choices, from, to := s.choices.render(s.c, s.width, s.focus == focusChoices)
	// A full slice expression keeps append from writing into the memo.
	return append(head[:len(head):len(head)], choices...), len(head) + from, len(head) + to
}

// lowerHeight is how many lines the question and choices get: all they
// need, unless that would leave the page less than a third of the screen.
func (s *guideScreen) lowerHeight() int {
	lines, _, _ := s.lower()
	return s.lowerHeightOf(len(lines))
}

func (s *guideScreen) lowerHeightOf(lines int) int {
	pageMin := max(3, s.height/3)
	return max(min(lines, s.height-1-pageMin), 0)
}

// layout sizes the page to what the question and choices leave free.
func (s *guideScreen) layout() tea.Cmd {
	return s.pane.setSize(s.width, max(s.height-1-s.lowerHeight(), 0))
}

func (s *guideScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		s.pane.update(msg)
		return nil, nil
	}
	switch {
	case key.Matches(press, k.Number):
		if n, ok := number(press.String()); ok && s.choices.has(n) {
			return chooseMsg{index: s.choices.choice(n)}, nil
		}
	case key.Matches(press, k.Focus):
		s.toggleFocus()
	case key.Matches(press, k.PageUp, k.PageDown):
		s.pane.update(press)
	case s.focus == focusGuide:
		return s.updateGuide(press)
	default:
		return s.updateChoices(press)
	}
	return nil, nil
}

func (s *guideScreen) toggleFocus() {
	if s.focus == focusGuide {
		s.focus = focusChoices
	} else {
		s.focus = focusGuide
	}
}

// updateGuide scrolls the page; down at its end, or enter, moves on to the
// choices, which is where a reader goes next.
func (s *guideScreen) updateGuide(press tea.KeyPressMsg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	switch {
	case key.Matches(press, k.Pick):
		s.focus = focusChoices
	case key.Matches(press, k.Down) && (s.pane.vp.AtBottom() || s.pane.pending()):
		s.focus = focusChoices
	default:
		s.pane.update(press)
	}
	return nil, nil
}

// updateChoices moves through the choices; up from the first goes back to
// the page.
func (s *guideScreen) updateChoices(press tea.KeyPressMsg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	if key.Matches(press, k.Up) && s.choices.cursor == 0 {
		s.focus = focusGuide
		return nil, nil
	}
	if pos, ok := s.choices.handleKey(press, k); ok {
		return chooseMsg{index: s.choices.choice(pos)}, nil
	}
	return nil, nil
}

func (s *guideScreen) shortHelp() []key.Binding {
	k := s.c.keys
	if s.focus == focusGuide {
		scroll := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "scroll"))
		pick := k.Pick
		pick.SetHelp("enter", "to choices")
		return []key.Binding{scroll, k.PageDown, pick, k.Number, k.Focus}
	}
	move := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "move"))
	return []key.Binding{move, k.Pick, k.Number, k.Focus}
}

// View is the page, a rule that says where in the page the reader is and
// where the keys are, then the question and choices.
func (s *guideScreen) View() string {
	if s.node == nil {
		return ""
	}
	st := s.c.styles
	var page string
	if s.missing != "" {
		page = layout.Fit(st.Status.Render("The guide "+s.missing+" is missing from this build."), s.width, s.pane.vp.Height())
	} else {
		page = s.pane.View()
	}
	info := s.pane.scrollInfo()
	if s.focus == focusChoices {
		info = "tab: back to the guide"
	}
	lines, from, to := s.lower()
	height := s.lowerHeightOf(len(lines))
	top := layout.Scroll(0, from, to, len(lines), height)
	lower := lines[top:min(top+height, len(lines))]
	return page + "\n" + s.c.rule(s.width, info) + "\n" + strings.Join(lower, "\n")
}
