package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// Update routes one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		return m, m.setBackground(msg.IsDark())
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseWheelMsg, tea.PasteMsg:
		if m.state == stateReady && !m.tooSmall() {
			_, cmd := m.active().update(msg)
			return m, cmd
		}
	case guideRenderedMsg:
		return m, tea.Batch(m.guide.pane.receive(msg), m.outcome.pane.receive(msg), m.read.pane.receive(msg))
	case transcriptSavedMsg:
		return m, m.saved(msg)
	case spinner.TickMsg:
		return m, m.action.tick(msg)
	case optionsLoadedMsg:
		return m, m.action.optionsLoaded(msg)
	case actionDoneMsg:
		return m, m.actionDone(msg)
	case secretSavedMsg:
		return m, m.secretSaved(msg)
	case openTreeMsg, chooseMsg, openGuideMsg, goHomeMsg, statusMsg:
		return m, m.navigate(msg)
	}
	return m, nil
}

// resize lays every screen out again. Screens out of sight are sized too,
// so that going back to one never shows it at a stale width.
func (m *Model) resize(width, height int) tea.Cmd {
	m.width, m.height = max(width, 0), max(height, 0)
	if m.state == stateSizing {
		m.state = stateReady
	}
	m.layoutBanner()
	w, h := m.bodySize()
	var cmds []tea.Cmd
	for _, c := range []child{m.home, m.question, m.guide, m.action, m.outcome, m.browse, m.read} {
		cmds = append(cmds, c.setSize(w, h))
	}
	return tea.Batch(cmds...)
}

// setBackground switches styles when the terminal says what its background
// is, and re-renders the guides on show in the matching glamour style.
func (m *Model) setBackground(dark bool) tea.Cmd {
	if !m.c.setDark(dark) {
		return nil
	}
	return tea.Batch(m.guide.pane.refresh(), m.outcome.pane.refresh(), m.read.pane.refresh())
}

// handleKey gives a key to the overlay, the filter, the global bindings or
// the screen, in that order.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	m.status = ""
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	switch {
	case m.state == stateSizing || m.state == stateQuitting:
		return nil
	case m.state == stateHelp:
		switch {
		case key.Matches(msg, k.Help, k.Back):
			m.state = stateReady
		case key.Matches(msg, k.Quit):
			return m.quit()
		}
		return nil
	case m.tooSmall():
		if key.Matches(msg, k.Quit) {
			return m.quit()
		}
		return nil
	}
	f, hasFilter := m.active().(filterable)
	if hasFilter && f.filtering() {
		// Typing: every printable key is text, q included.
		if key.Matches(msg, k.ClearFilter) {
			f.clearFilter()
			return nil
		}
		return m.forward(msg)
	}
	if t, ok := m.active().(typist); ok && t.typing() {
		// Typing: esc steps back, everything else is text.
		if key.Matches(msg, k.Back) {
			return m.back()
		}
		return m.forward(msg)
	}
	if m.screen == screenAction {
		if cmd, done := m.actionKey(msg); done {
			return cmd
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.state = stateHelp
	case key.Matches(msg, k.Back):
		if hasFilter && f.clearFilter() {
			return nil
		}
		return m.back()
	case key.Matches(msg, k.Home):
		return m.goHome()
	case key.Matches(msg, k.Restart):
		return m.restart()
	case key.Matches(msg, k.Browse):
		return m.openBrowse()
	default:
		return m.forward(msg)
	}
	return nil
}

// actionKey applies the action screen's limits on the global keys: while a
// call is under way only esc (cancel), quit and help act, and a key that
// would leave a secret nobody has seen is stopped once. It reports whether
// it dealt with the key.
func (m *Model) actionKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.keys
	if m.action.busy() {
		switch {
		case key.Matches(msg, k.Back):
			return m.back(), true
		case key.Matches(msg, k.Quit):
			return m.quit(), true
		case key.Matches(msg, k.Help):
			m.state = stateHelp
		default:
			m.status = "Waiting for the answer: press esc to cancel."
		}
		return nil, true
	}
	if warn := m.action.guardLeave(msg); warn != "" {
		m.status = warn
		return nil, true
	}
	return nil, false
}

// forward gives a key to the screen and acts on its answer.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	nav, cmd := m.active().update(msg)
	if nav == nil {
		return cmd
	}
	return tea.Batch(cmd, m.navigate(nav))
}

// quit gives the terminal back, saving the transcript one last time so the
// record is complete even if a save was still under way.
func (m *Model) quit() tea.Cmd {
	m.state = stateQuitting
	m.action.stop()
	if m.transcript != nil && m.started {
		return tea.Sequence(saveJob{writer: m.transcript, events: m.events()}.run, tea.Quit)
	}
	return tea.Quit
}
