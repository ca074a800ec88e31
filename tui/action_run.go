package tui

import (
	"context"
	"maps"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
)

// runJob carries an action out off the event loop. Its context is
// cancelled by esc on the spinner (or by leaving the screen), which
// abandons the request.
type runJob struct {
	ctx     context.Context
	spec    *actions.Spec
	backend backend.Backend
	request actions.Request
	id      int
}

func (j runJob) run() tea.Msg {
	res, err := j.spec.Run(j.ctx, j.backend, j.request)
	return actionDoneMsg{id: j.id, result: res, err: err}
}

// confirmName is what must be typed to confirm, "" when a yes will do.
func (s *actionScreen) confirmName() string {
	if s.spec == nil {
		return ""
	}
	return s.spec.ConfirmName(s.values)
}

// toConfirm asks for the go-ahead, with an empty name field.
func (s *actionScreen) toConfirm() {
	s.rev++
	s.phase = phaseConfirm
	s.confirm.Reset()
	s.confirm = textField{prompt: "› ", focused: true}
	s.follow()
}

// run starts the backend call. The spinner's first tick goes after the
// call, so that a test driver running Cmds one by one sees the call end
// before the spinner asks for a timer.
func (s *actionScreen) run() tea.Cmd {
	s.rev++
	s.cancelRun()
	s.seq++
	s.runID = s.seq
	s.phase = phaseRunning
	ctx, cancel := context.WithCancel(context.Background())
	s.runCancel = cancel
	req := actions.Request{Values: maps.Clone(s.values), Secrets: maps.Clone(s.secrets)}
	s.follow()
	job := runJob{ctx: ctx, spec: s.spec, backend: s.c.backend, request: req, id: s.runID}
	return tea.Batch(job.run, s.spin.Tick)
}

// tick moves the spinner on while a call is under way.
func (s *actionScreen) tick(msg spinner.TickMsg) tea.Cmd {
	if !s.busy() {
		return nil
	}
	var cmd tea.Cmd
	s.spin, cmd = s.spin.Update(msg)
	s.rev++
	return cmd
}

// succeeded shows a result. The secret is held apart from the result, so
// that dropping it leaves nothing behind.
func (s *actionScreen) succeeded(res actions.Result) {
	s.rev++
	s.cancelRun()
	s.phase = phaseResult
	s.secret, res.Secret = res.Secret, nil
	s.result = res
	s.hadSecret = s.secret != nil
	s.revealed, s.secretUsed, s.saving, s.leaveArmed = false, false, false, false
	s.choices.first()
	s.top = 0
}

// dryRan shows what a dry run would have called, as a result.
func (s *actionScreen) dryRan(text string) {
	s.succeeded(actions.Result{Lines: []string{text}})
	s.dryRun = true
}

// failed shows why the call did not work; the node's choices stay.
func (s *actionScreen) failed(text string) {
	s.rev++
	s.cancelRun()
	s.phase, s.message = phaseFailed, text
	s.top = 0
}

// retry tries a failed or cancelled action again, through its
// confirmation when it changes something.
func (s *actionScreen) retry() tea.Cmd {
	if s.spec.Changes {
		s.toConfirm()
		return nil
	}
	return s.run()
}

// cancelConfirm takes back a confirmation: to the last input asked, or,
// when nothing was asked, to a note that nothing was run.
func (s *actionScreen) cancelConfirm() tea.Cmd {
	if len(s.asked) > 0 {
		return s.backToField(len(s.asked) - 1)
	}
	s.rev++
	s.phase, s.message = phaseCancelled, "Cancelled: nothing was run."
	return nil
}

// cancelRunning abandons the call under way and steps back to where the
// person was before it started. Its answer, if one still comes, is
// dropped (see expects).
func (s *actionScreen) cancelRunning() (status string, cmd tea.Cmd) {
	s.cancelRun()
	status = "cancelled"
	if s.spec.Changes {
		status = "cancelled: the change may already have been made; check before trying again"
		s.toConfirm()
		return status, nil
	}
	if len(s.asked) > 0 {
		return status, s.backToField(len(s.asked) - 1)
	}
	s.rev++
	s.phase, s.message = phaseCancelled, "Cancelled: the step was stopped before it finished."
	return status, nil
}

// stepBack is esc on this screen: it goes back a field, cancels a
// confirmation or a call, or closes the save prompt. It reports false when
// esc should leave the node instead.
func (s *actionScreen) stepBack() (handled bool, nav tea.Msg, cmd tea.Cmd) {
	if s.node == nil {
		return false, nil, nil
	}
	switch s.phase {
	case phaseInputs:
		if s.field == 0 {
			return false, nil, nil
		}
		return true, nil, s.backToField(s.field - 1)
	case phaseConfirm:
		return true, statusMsg{text: "cancelled: nothing was changed"}, s.cancelConfirm()
	case phaseRunning:
		status, cmd := s.cancelRunning()
		return true, statusMsg{text: status}, cmd
	case phaseResult:
		if s.saving {
			s.closeSave()
			return true, nil, nil
		}
	case phaseFailed, phaseCancelled:
		if len(s.asked) > 0 {
			return true, nil, s.backToField(len(s.asked) - 1)
		}
	}
	return false, nil, nil
}

// updateConfirm answers a key on the confirmation: the typed name and
// enter, or y / n.
func (s *actionScreen) updateConfirm(msg tea.Msg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	name := s.confirmName()
	if name == "" {
		press, ok := msg.(tea.KeyPressMsg)
		switch {
		case !ok:
		case key.Matches(press, k.Confirm, k.Pick):
			return nil, s.run()
		case key.Matches(press, k.Cancel):
			return statusMsg{text: "cancelled: nothing was changed"}, s.cancelConfirm()
		}
		return nil, nil
	}
	if press, ok := msg.(tea.KeyPressMsg); ok && press.Code == tea.KeyEnter {
		if strings.TrimSpace(s.confirm.Value()) != name {
			s.rev++
			s.confirm.Reset()
			return statusMsg{text: "That is not " + name + ": type " + name + " exactly to go ahead, or esc to cancel."}, nil
		}
		s.confirm.Reset()
		return nil, s.run()
	}
	if s.confirm.update(msg) {
		s.rev++
	}
	return nil, nil
}

// updateStopped answers a key after a failure or a cancellation: number
// keys pick a choice, t or enter try again.
func (s *actionScreen) updateStopped(msg tea.Msg) (tea.Msg, tea.Cmd) {
	k := s.c.keys
	press, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
	case key.Matches(press, k.Retry, k.Pick):
		return nil, s.retry()
	case key.Matches(press, k.Number):
		if n, ok := number(press.String()); ok && s.choices.has(n) {
			return chooseMsg{index: s.choices.choice(n)}, nil
		}
	}
	return nil, nil
}
