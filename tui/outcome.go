package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// doneHint says what can be done at the end of a journey with no guide.
const doneHint = "Press enter for the list of problems, esc to take back your last answer, or q to quit."

// outcomeScreen ends a journey: resolved, or handed off (escalate) with the
// hand-off guide to read, and the tree's closing words.
type outcomeScreen struct {
	c          *common
	ending     flows.Ending
	pane       guidePane
	transcript string // where the record of the journey is kept, if anywhere

	width, height int
	missing       string
}

func newOutcomeScreen(c *common, transcriptPath string) *outcomeScreen {
	return &outcomeScreen{c: c, pane: newGuidePane(c), transcript: transcriptPath}
}

// show puts an ending on the screen.
func (s *outcomeScreen) show(e flows.Ending) tea.Cmd {
	s.ending = e
	s.missing = ""
	g, ok := s.c.guide(e.Guide)
	if !ok && e.Guide != "" {
		s.missing = e.Guide
	}
	// The page first, so that sizing the pane asks for this guide's render.
	show := s.pane.show(g)
	return tea.Batch(show, s.layout())
}

func (s *outcomeScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return s.layout()
}

// head is the verdict, the closing words and where the transcript is.
func (s *outcomeScreen) head() []string {
	st := s.c.styles
	var lines []string
	if s.ending.Outcome == flows.Resolved {
		lines = append(lines, st.Resolved.Render("✓ Resolved"))
	} else {
		lines = append(lines, st.Escalate.Render("↗ Escalate: nothing more can be fixed from here"))
	}
	say := s.ending.Say
	if say == "" && s.ending.Outcome == flows.Resolved {
		say = "Glad that worked."
	}
	for _, l := range layout.Wrap(say, s.width) {
		lines = append(lines, st.Item.Render(l))
	}
	if s.transcript != "" {
		for _, l := range layout.Wrap("Transcript: "+s.transcript, s.width) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	switch {
	case s.missing != "":
		lines = append(lines, st.Status.Render("The guide "+s.missing+" is missing from this build."))
	case s.ending.Guide != "":
		lines = append(lines, "", st.Muted.Render("Read this next:"))
	default:
		lines = append(lines, "")
		for _, l := range layout.Wrap(doneHint, s.width) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return lines
}

// layout gives the hand-off guide what the head leaves free.
func (s *outcomeScreen) layout() tea.Cmd {
	return s.pane.setSize(s.width, max(s.height-len(s.head())-1, 0))
}

func (s *outcomeScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok && key.Matches(press, s.c.keys.Pick) {
		return goHomeMsg{}, nil
	}
	s.pane.update(msg)
	return nil, nil
}

func (s *outcomeScreen) shortHelp() []key.Binding {
	k := s.c.keys
	home := k.Pick
	home.SetHelp("enter", "done")
	if s.pane.guide == nil {
		return []key.Binding{home}
	}
	scroll := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "scroll"))
	return []key.Binding{scroll, k.PageDown, home}
}

// View is the verdict and, when there is one, the hand-off guide.
func (s *outcomeScreen) View() string {
	head := strings.Join(s.head(), "\n")
	if s.pane.guide == nil {
		return head
	}
	return head + "\n" + s.pane.View() + "\n" + s.c.rule(s.width, s.pane.scrollInfo())
}
