package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/actstep"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// The root's side of actions: which action screen a step gets, and how a
// finished call moves the journey (actstep decides; the root applies it).

// maxBannerLines bounds the banner, so the screen under it keeps room.
const maxBannerLines = 3

// actionRecord is an action carried out at one step of the journey, kept
// so that coming back to that step shows what was done instead of doing
// it again. It never holds a secret.
type actionRecord struct {
	node      *flows.Node
	result    actions.Result
	dryRun    bool
	hadSecret bool
}

// visible is the current node's choices on offer: all of them, less, in
// read-only mode, those leading to changing actions.
func (m *Model) visible() []int { return actstep.VisibleChoices(m.session, m.c.readOnly) }

// step is the position of the current step in the path.
func (m *Model) step() int { return len(m.session.Path()) - 1 }

// showAction puts an action node on the action screen: what was done
// there already, a note when it cannot run here, or the action itself.
func (m *Model) showAction(n *flows.Node, visible []int) tea.Cmd {
	m.screen = screenAction
	spec, known := actions.Lookup(n.Action)
	if rec, ok := m.done[m.step()]; ok && rec.node == n && known {
		m.action.showEarlier(n, spec, visible, rec)
		return nil
	}
	switch {
	case !known:
		m.action.skip(n, nil, visible, "This build has no action called "+n.Action+". Do this step by hand, then pick what happened.")
	case m.c.backend == nil:
		m.action.skip(n, spec, visible, "No backend is configured, so signin-doctor cannot do this step here. Do it in the AWS console, then pick what happened.")
	case m.c.readOnly && spec.Changes:
		m.action.skip(n, spec, visible, "Read-only mode: this step would change the account, so it is not run. Do it by hand if you must, then pick what happened.")
	default:
		return m.action.start(n, spec, visible, actstep.Prefill(spec, m.session))
	}
	return nil
}

// actionDone takes the end of a backend call: a result is kept and shown;
// a failure follows the tree's branch for it when there is one, and is
// shown on the action screen when there is not. A late answer, for a call
// cancelled or left behind, is dropped, secret and all.
func (m *Model) actionDone(msg actionDoneMsg) tea.Cmd {
	if m.state == stateQuitting || m.screen != screenAction || !m.inJourney || !m.action.expects(msg.id) {
		return nil
	}
	spec := m.action.spec
	// Keep the user and key chosen here for the next steps, whatever the
	// outcome: a failure branch (two keys already) works on the same user.
	m.session = actstep.Remember(m.session, spec, m.action.values)
	if msg.err == nil {
		m.session = actstep.Succeeded(m.session, spec, msg.result)
		m.action.succeeded(msg.result)
		m.remember()
		return m.saveTranscript()
	}
	next, moved, text := actstep.Failed(m.session, spec, msg.err)
	m.session = next
	switch {
	case actions.IsDryRun(msg.err):
		m.action.dryRan(text)
		m.remember()
	case moved:
		m.forget(m.step())
		cmd := m.moved()
		return tea.Batch(cmd, m.setBanner(text))
	default:
		m.action.failed(text)
	}
	return m.saveTranscript()
}

// remember keeps the action screen's result for this step.
func (m *Model) remember() {
	if m.done == nil {
		m.done = map[int]actionRecord{}
	}
	m.done[m.step()] = m.action.record()
}

// forget drops what was done at steps from on: they are no longer on the
// path, or a new visit has taken their place.
func (m *Model) forget(from int) {
	for i := range m.done {
		if i >= from {
			delete(m.done, i)
		}
	}
}

// secretSaved says where a secret went, or why it did not.
func (m *Model) secretSaved(msg secretSavedMsg) tea.Cmd {
	m.status = m.action.saved(msg)
	return nil
}

// setBanner shows a message above the screen until the journey moves on:
// why an action failed, on the screen its failure led to. The screens are
// laid out again around it.
func (m *Model) setBanner(text string) tea.Cmd {
	if text == m.banner {
		return nil
	}
	m.banner = text
	if m.state == stateSizing {
		return nil
	}
	return m.resize(m.width, m.height)
}

// layoutBanner wraps the banner to the window.
func (m *Model) layoutBanner() {
	m.bannerLines = nil
	if m.banner == "" {
		return
	}
	lines := layout.Wrap("! "+m.banner, max(m.width-2, 1))
	if len(lines) > maxBannerLines {
		lines = lines[:maxBannerLines]
		lines[maxBannerLines-1] = layout.Truncate(lines[maxBannerLines-1]+" "+layout.Ellipsis, max(m.width-2, 1))
	}
	m.bannerLines = lines
}
