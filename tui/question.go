package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// questionScreen asks a node's question and offers its choices, picked with
// the arrows and enter or straight away with a number key.
type questionScreen struct {
	c       *common
	node    *flows.Node
	choices choiceList

	width, height int
	prompt        memo[promptKey, []string]
}

// promptKey is what a node's prompt lines are drawn from.
type promptKey struct {
	node  *flows.Node
	width int
	gen   int
}

func newQuestionScreen(c *common) *questionScreen { return &questionScreen{c: c} }

// show puts a node on the screen with the first choice highlighted,
// offering the choices at the indexes in visible.
func (s *questionScreen) show(n *flows.Node, visible []int) {
	s.node = n
	s.choices = newChoiceList(n, visible)
}

func (s *questionScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return nil
}

func (s *questionScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.choices.move(-1)
		case tea.MouseWheelDown:
			s.choices.move(1)
		}
	case tea.KeyPressMsg:
		if pos, ok := s.choices.handleKey(msg, k); ok {
			return chooseMsg{index: s.choices.choice(pos)}, nil
		}
	}
	return nil, nil
}

func (s *questionScreen) shortHelp() []key.Binding {
	k := s.c.keys
	move := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "move"))
	return []key.Binding{move, k.Pick, k.Number}
}

// View is the question, its tip, and the choices, scrolled so that the
// highlighted choice is always on screen.
func (s *questionScreen) View() string {
	if s.node == nil {
		return ""
	}
	head := s.prompt.get(promptKey{s.node, s.width, s.c.gen}, func() []string {
		return promptLines(s.c.styles, s.node, s.width)
	})
	lines, from, to := s.choices.render(s.c, s.width, true)
	all := append(head[:len(head):len(head)], lines...)
	top := layout.Scroll(0, len(head)+from, len(head)+to, len(all), s.height)
	return strings.Join(all[top:], "\n")
}

// promptLines is a node's question (or lead-in) and its tip, wrapped, with
// a blank line after.
func promptLines(st Styles, n *flows.Node, width int) []string {
	var lines []string
	for _, l := range layout.Wrap(n.Ask, width) {
		lines = append(lines, st.Title.Render(l))
	}
	for _, l := range layout.Wrap(n.Say, width) {
		lines = append(lines, st.Tip.Render(l))
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	return lines
}
