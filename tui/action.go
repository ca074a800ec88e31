package tui

import (
	"context"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/actstep"
)

// actionPhase is how far the action screen has got with one action.
type actionPhase int

const (
	// phaseInputs asks for what the action needs, one input at a time.
	phaseInputs actionPhase = iota
	// phaseConfirm says what will change and waits for a yes, or for the
	// name typed out when the step cannot be undone.
	phaseConfirm
	// phaseRunning waits for the backend behind a spinner; esc cancels.
	phaseRunning
	// phaseResult shows what was done (in a dry run, what would have
	// been) and the node's choices.
	phaseResult
	// phaseFailed says why it did not work, offers to try again, and
	// shows the node's choices.
	phaseFailed
	// phaseCancelled says nothing was run, like phaseFailed.
	phaseCancelled
	// phaseSkipped does not run the action at all (no backend, read-only
	// mode): a note, then the node's choices.
	phaseSkipped
)

// String names the phase, for tests and debugging.
func (p actionPhase) String() string {
	switch p {
	case phaseInputs:
		return "inputs"
	case phaseConfirm:
		return "confirm"
	case phaseRunning:
		return "running"
	case phaseResult:
		return "result"
	case phaseFailed:
		return "failed"
	case phaseCancelled:
		return "cancelled"
	case phaseSkipped:
		return "skipped"
	}
	return "unknown"
}

// actionScreen carries out an action node: it asks for the inputs earlier
// steps did not settle, has a change confirmed, runs the backend call in a
// tea.Cmd behind a spinner, and shows the result (a new secret masked until
// revealed) with the node's choices. It never touches the session: the
// root turns its results into engine moves.
type actionScreen struct {
	c       *common
	node    *flows.Node
	spec    *actions.Spec
	phase   actionPhase
	choices choiceList

	// prefilled are the values earlier steps settled (shown, not asked);
	// values holds them and those given here. secrets are typed passwords,
	// kept apart so that they never reach a map that is shown or logged.
	prefilled map[string]string
	values    map[string]string
	secrets   map[string]backend.Secret
	// asked are the inputs this screen asks for, in order; field is the
	// one being asked now.
	asked []actions.Input
	field int

	text    textField // a typed input, or a user name when a list failed
	picker  picker
	confirm textField // the name typed to confirm

	// seq numbers every load, run and save, so that an answer to one the
	// screen has moved on from is recognised and dropped.
	seq        int
	runID      int
	runCancel  context.CancelFunc
	loadCancel context.CancelFunc
	spin       spinner.Model

	result    actions.Result // what was done; its secret is taken out
	dryRun    bool           // result is a dry run's account of the call
	earlier   bool           // result is from an earlier visit, not run again
	hadSecret bool           // result came with a secret, since dropped
	message   string         // why it failed, was cancelled or is skipped

	secret     *actions.Shown // the new secret, until the screen is left
	revealed   bool
	secretUsed bool // revealed, copied or saved at least once
	saving     bool
	savePath   textField
	saveID     int
	leaveArmed bool // one more leaving key leaves an unseen secret behind

	width, height int
	top           int // first line on screen when the content is too tall
	rev           int // counts changes to what the head shows
	head          memo[actionDrawKey, []string]
}

// picker is the list an input is picked from, loaded off the event loop.
type picker struct {
	id      int
	loading bool
	options []actions.Option
	list    choiceList
	// failed says why the options could not be listed; the person then
	// types the value instead (a self-service user may not list users).
	failed string
}

func newActionScreen(c *common) *actionScreen {
	return &actionScreen{c: c, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

// reset forgets everything about the action shown before and puts this
// node on the screen.
func (s *actionScreen) reset(n *flows.Node, spec *actions.Spec, visible []int) {
	s.leave()
	s.node, s.spec = n, spec
	s.choices = newChoiceList(n, visible)
	s.prefilled, s.values, s.secrets = map[string]string{}, map[string]string{}, map[string]backend.Secret{}
	s.asked, s.field = nil, 0
	s.result, s.dryRun, s.earlier, s.hadSecret, s.message = actions.Result{}, false, false, false, ""
	s.secretUsed = false
	s.top = 0
}

// start begins an action: ask what is missing, then confirm or run.
func (s *actionScreen) start(n *flows.Node, spec *actions.Spec, visible []int, prefilled map[string]string) tea.Cmd {
	s.reset(n, spec, visible)
	for k, v := range prefilled {
		s.prefilled[k], s.values[k] = v, v
	}
	s.asked = actstep.Pending(spec, s.values, nil)
	return s.next()
}

// skip shows a node whose action is not run here, with a note saying why.
func (s *actionScreen) skip(n *flows.Node, spec *actions.Spec, visible []int, note string) {
	s.reset(n, spec, visible)
	s.phase, s.message = phaseSkipped, note
}

// showEarlier shows an action already done on this visit of the step, as
// it was, so that coming back to it runs nothing again.
func (s *actionScreen) showEarlier(n *flows.Node, spec *actions.Spec, visible []int, rec actionRecord) {
	s.reset(n, spec, visible)
	s.phase = phaseResult
	s.result, s.dryRun, s.hadSecret, s.earlier = rec.result, rec.dryRun, rec.hadSecret, true
}

// record is what to keep of the result once the screen is left: never the
// secret.
func (s *actionScreen) record() actionRecord {
	r := s.result
	r.Secret = nil
	return actionRecord{node: s.node, result: r, dryRun: s.dryRun, hadSecret: s.hadSecret || s.secret != nil}
}

// leave stops whatever is under way and forgets the secret and anything
// typed: the screen is going out of sight.
func (s *actionScreen) leave() {
	s.rev++
	s.cancelRun()
	s.cancelLoad()
	s.dropSecret()
	clear(s.secrets)
	s.text.Reset()
	s.confirm.Reset()
	s.picker = picker{}
	s.node, s.spec = nil, nil
	s.phase = phaseInputs
}

// stop ends whatever is under way and drops the secret, leaving the screen
// drawn as it is: the program is quitting.
func (s *actionScreen) stop() {
	s.cancelRun()
	s.cancelLoad()
	s.dropSecret()
}

func (s *actionScreen) cancelRun() {
	if s.runCancel != nil {
		s.runCancel()
		s.runCancel = nil
	}
}

func (s *actionScreen) cancelLoad() {
	if s.loadCancel != nil {
		s.loadCancel()
		s.loadCancel = nil
	}
}

func (s *actionScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	if s.phase != phaseResult {
		s.follow()
	}
	return nil
}

// typing reports whether a text field has the keyboard: then printable
// keys are text (q and the number keys too) and only esc and ctrl+c act.
func (s *actionScreen) typing() bool {
	if s.node == nil {
		return false
	}
	switch s.phase {
	case phaseInputs:
		return s.typedInput()
	case phaseConfirm:
		return s.confirmName() != ""
	case phaseResult:
		return s.saving
	}
	return false
}

// busy reports whether a backend call is under way: only esc (cancel),
// quit and help act until it ends.
func (s *actionScreen) busy() bool { return s.node != nil && s.phase == phaseRunning }

// expects reports whether a finished call is the one the screen waits for.
func (s *actionScreen) expects(id int) bool {
	return s.node != nil && s.phase == phaseRunning && id == s.runID
}
