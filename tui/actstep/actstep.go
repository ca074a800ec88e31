// Package actstep is what both front-ends share about carrying out an action
// node: which inputs earlier steps already answered, how a result or a
// failure moves the journey on, and which choices read-only mode hides. The
// full-screen program and plain mode differ only in how they ask and show.
package actstep

import (
	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/flows"
)

// Spec returns the action of the session's current node, if it is an action
// node with a known action.
func Spec(s flows.Session) (*actions.Spec, bool) {
	n := s.Current().Node
	if n.Kind() != flows.Action {
		return nil, false
	}
	return actions.Lookup(n.Action)
}

// Prefill returns the values earlier steps already settled (the user of a
// rotation, the key it retires), keyed by input name.
func Prefill(spec *actions.Spec, s flows.Session) map[string]string {
	values := map[string]string{}
	for _, in := range spec.Inputs {
		if in.Var != "" && !in.Secret() {
			if v := s.Var(in.Var); v != "" {
				values[in.Name] = v
			}
		}
	}
	return values
}

// Pending lists the inputs still to ask for, in order.
func Pending(spec *actions.Spec, values map[string]string, secrets map[string]backend.Secret) []actions.Input {
	var out []actions.Input
	for _, in := range spec.Inputs {
		if in.Secret() {
			if secrets[in.Name].IsZero() {
				out = append(out, in)
			}
		} else if values[in.Name] == "" {
			out = append(out, in)
		}
	}
	return out
}

// Remember keeps the inputs the person chose (never secrets) for the steps
// that follow, whatever the outcome: when creating a key for alice fails at
// the two-key limit, the next step lists alice's keys without asking again.
// Front-ends call it just before running the action.
func Remember(s flows.Session, spec *actions.Spec, values map[string]string) flows.Session {
	for _, in := range spec.Inputs {
		if in.Var != "" && !in.Secret() && values[in.Name] != "" {
			s = s.WithVar(in.Var, values[in.Name])
		}
	}
	return s
}

// Succeeded records a result: its variables for later steps and its note
// for the transcript. The note never holds a secret.
func Succeeded(s flows.Session, spec *actions.Spec, res actions.Result) flows.Session {
	for k, v := range res.Vars {
		s = s.WithVar(k, v)
	}
	note := res.Note
	if note == "" {
		note = spec.ID + ": done"
	}
	return s.Note(flows.EventAction, note)
}

// Failed records a failure and, when the tree has a branch for its kind,
// follows it. It returns the new session, whether it moved, and what to tell
// the person (backend.Explain: what happened and what to do next).
func Failed(s flows.Session, spec *actions.Spec, err error) (flows.Session, bool, string) {
	msg := backend.Explain(err)
	if actions.IsDryRun(err) {
		return s.Note(flows.EventAction, spec.ID+": "+msg), false, msg
	}
	kind := actions.FailureKind(err)
	s = s.Note(flows.EventAction, spec.ID+" failed: "+kind)
	next, moved := s.Fail(kind)
	return next, moved, msg
}

// DryRun reports whether b only records changes (--dry-run), so screens can
// say that nothing will change. It is read off the backend itself, so it can
// never disagree with what the backend does.
func DryRun(b backend.Backend) bool {
	_, ok := b.(*backend.DryRun)
	return ok
}

// Hidden reports whether read-only mode hides this node: an action that
// would change the account.
func Hidden(n *flows.Node, readOnly bool) bool {
	if !readOnly || n.Kind() != flows.Action {
		return false
	}
	spec, ok := actions.Lookup(n.Action)
	return !ok || spec.Changes
}

// VisibleChoices returns the indexes (from 0) of the current node's choices
// to offer: all of them, except, in read-only mode, those leading to an
// action that would change the account.
func VisibleChoices(s flows.Session, readOnly bool) []int {
	choices := s.Current().Node.Choices
	out := make([]int, 0, len(choices))
	for i := range choices {
		if n, ok := s.Leads(i); ok && Hidden(n, readOnly) {
			continue
		}
		out = append(out, i)
	}
	return out
}
