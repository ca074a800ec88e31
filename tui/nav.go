package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
)

// navigate acts on a navigation message from a screen.
func (m *Model) navigate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case openTreeMsg:
		return m.begin(msg.treeID)
	case chooseMsg:
		return m.choose(msg.index)
	case openGuideMsg:
		m.screen = screenRead
		return m.read.open(msg.guide)
	case goHomeMsg:
		return m.goHome()
	case statusMsg:
		m.status = msg.text
	}
	return nil
}

// begin starts a journey through a tree. The journey it replaces stays in
// the transcript.
func (m *Model) begin(treeID string) tea.Cmd {
	if m.c.trees == nil {
		return nil
	}
	s, err := m.c.trees.Begin(treeID)
	if err != nil {
		m.status = err.Error()
		return nil
	}
	if m.started {
		m.pastEvents = append(m.pastEvents, m.session.Events()...)
	}
	m.session, m.started, m.inJourney = s, true, true
	m.done = nil
	return m.moved()
}

// choose takes a choice at the current node.
func (m *Model) choose(i int) tea.Cmd {
	if !m.inJourney {
		return nil
	}
	s, err := m.session.Choose(i)
	if err != nil {
		m.status = err.Error()
		return nil
	}
	m.session = s
	if _, ended := s.Ended(); !ended {
		// A new visit: whatever was done at this position before is not.
		m.forget(m.step())
	}
	return m.moved()
}

// back undoes one step: in the browse screens it goes back where you came
// from; on the action screen it first steps back inside the action (a
// field, a confirmation, a call); in a journey it undoes the last choice,
// and at the first question it leaves for the home list.
func (m *Model) back() tea.Cmd {
	switch m.screen {
	case screenAction:
		if handled, nav, cmd := m.action.stepBack(); handled {
			return tea.Batch(cmd, m.navigate(nav))
		}
	case screenHome:
		m.status = "This is the first screen: pick a problem, or press q to quit."
		return nil
	case screenRead:
		m.screen = screenBrowse
		return nil
	case screenBrowse:
		m.screen = m.browseFrom
		return nil
	}
	s, ok := m.session.Back()
	if !ok {
		return m.goHome()
	}
	m.session = s
	m.forget(m.step() + 1)
	return m.moved()
}

// restart takes the journey back to the first node of the tree it began in.
func (m *Model) restart() tea.Cmd {
	if !m.inJourney {
		m.status = "Nothing to restart yet: pick a problem first."
		return nil
	}
	m.session = m.session.Restart()
	m.done = nil
	return m.moved()
}

// goHome shows the list of problems. The journey is left, not lost: its
// events stay for the transcript.
func (m *Model) goHome() tea.Cmd {
	m.action.leave()
	m.screen = screenHome
	m.inJourney = false
	return m.setBanner("")
}

// openBrowse shows the list of every guide, remembering where to come back.
func (m *Model) openBrowse() tea.Cmd {
	switch m.screen {
	case screenBrowse:
	case screenRead:
		m.screen = screenBrowse
	default:
		// A secret is shown on its screen only: browsing leaves it behind.
		m.action.dropSecret()
		m.browseFrom = m.screen
		m.screen = screenBrowse
	}
	return nil
}

// moved shows the session's new step and saves the transcript. A banner
// about the step left behind goes with it.
func (m *Model) moved() tea.Cmd {
	return tea.Batch(m.setBanner(""), m.showStep(), m.saveTranscript())
}

// showStep puts the screen for the session's current step on show. The
// action screen is left first, whatever comes next: its secret and
// anything under way go with it.
func (m *Model) showStep() tea.Cmd {
	m.action.leave()
	if e, ended := m.session.Ended(); ended {
		m.screen = screenOutcome
		return m.outcome.show(e)
	}
	n := m.session.Current().Node
	visible := m.visible()
	switch n.Kind() {
	case flows.GuideNode:
		m.screen = screenGuide
		return m.guide.show(n, visible)
	case flows.Action:
		return m.showAction(n, visible)
	default:
		m.screen = screenQuestion
		m.question.show(n, visible)
		return nil
	}
}

// crumbs is the trail shown in the header: the tree, then each answer given.
func (m *Model) crumbs() []string {
	switch m.screen {
	case screenHome:
		return []string{"Home"}
	case screenBrowse:
		return []string{"Home", "Guides"}
	case screenRead:
		c := []string{"Home", "Guides"}
		if g := m.read.pane.guide; g != nil {
			c = append(c, shortCrumb(g.Title))
		}
		return c
	}
	path := m.session.Path()
	if len(path) == 0 {
		return []string{"Home"}
	}
	c := []string{"Home", shortCrumb(path[0].Tree.Title)}
	for _, step := range path {
		if step.Answer != "" {
			c = append(c, shortCrumb(step.Answer))
		}
	}
	if e, ended := m.session.Ended(); ended {
		if e.Outcome == flows.Resolved {
			c = append(c, "Resolved")
		} else {
			c = append(c, "Escalate")
		}
	}
	return c
}
