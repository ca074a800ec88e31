// Package actions is the registry that turns an action id named in a
// decision tree into a Backend call. Each Spec says what it needs from the
// person (inputs), whether it changes anything (and so must be confirmed, or
// is hidden in read-only mode), and how to run it. Front-ends show the specs;
// they never call a Backend directly.
package actions

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
)

// InputKind says how a front-end asks for an input.
type InputKind int

// The kinds of input.
const (
	// PickUser offers the account's IAM users.
	PickUser InputKind = iota
	// PickAccessKey offers the chosen user's access keys.
	PickAccessKey
	// PickMFADevice offers the chosen user's MFA devices.
	PickMFADevice
	// Text is free text, echoed as typed.
	Text
	// SecretText is a password: masked while typed, never logged.
	SecretText
)

// Input is one thing an action needs to know.
type Input struct {
	// Name is the key of the value in Request.Values (or Request.Secrets).
	Name string
	// Prompt is the question a front-end asks.
	Prompt string
	Kind   InputKind
	// Var names the session variable that fills the input in when an earlier
	// step set it (the user of a rotation, the old key), so the person is
	// not asked the same thing at every step of a procedure.
	Var string
}

// Secret reports whether the input is typed in secret.
func (in Input) Secret() bool { return in.Kind == SecretText }

// Option is one entry of a picker: the value to use and what to show.
type Option struct {
	Value string
	Label string
}

// Request is what the person gave: plain values and, apart, the secrets.
type Request struct {
	Values  map[string]string
	Secrets map[string]backend.Secret
}

// Shown is a new secret, to be shown once: masked until revealed, copyable,
// never logged.
type Shown struct {
	// Label names the secret ("Secret access key", "Temporary password").
	Label string
	// With names what the secret belongs to, shown beside it and saved with
	// it ("Access key ID AKIA…", "User alice").
	With  string
	Value backend.Secret
	// FileText builds the text written by SaveSecret.
	FileText func(secret string) string
}

// Result is what an action did, in words a person can read. None of its
// strings ever holds a secret: secrets travel only in Secret.
type Result struct {
	// Lines are the facts: what changed, what was found.
	Lines []string
	// Warning is something to act on before going further (a key used
	// recently, a device still active).
	Warning string
	// Secret is a new secret, if the action made one.
	Secret *Shown
	// Vars are carried to later steps of the tree (see Input.Var).
	Vars map[string]string
	// Note is one line for the transcript.
	Note string
}

// Spec describes one action.
type Spec struct {
	ID      string
	Title   string
	Summary string
	Inputs  []Input
	// Changes is set for actions that change the account: they are
	// confirmed before they run and hidden by --read-only.
	Changes bool
	// ConfirmByName asks the person to type the user name before a step
	// that cannot be simply undone.
	ConfirmByName bool
	// Confirm describes, for the confirmation prompt, what will happen.
	Confirm func(v map[string]string) string

	run func(ctx context.Context, b backend.Backend, r Request) (Result, error)
}

// Run carries the action out. The context bounds the call: cancelling it (esc
// on the spinner) abandons the request.
func (s *Spec) Run(ctx context.Context, b backend.Backend, r Request) (Result, error) {
	for _, in := range s.Inputs {
		if in.Secret() {
			if r.Secrets[in.Name].IsZero() {
				return Result{}, fmt.Errorf("%s: %s is empty", s.Title, strings.ToLower(in.Prompt))
			}
		} else if strings.TrimSpace(r.Values[in.Name]) == "" {
			return Result{}, fmt.Errorf("%s: %s is empty", s.Title, strings.ToLower(in.Prompt))
		}
	}
	return s.run(ctx, b, r)
}

// ConfirmName is what the person must type to confirm, or "" when a plain
// yes will do.
func (s *Spec) ConfirmName(v map[string]string) string {
	if !s.ConfirmByName {
		return ""
	}
	return v["user"]
}

var registry = map[string]*Spec{}

func register(specs ...*Spec) {
	for _, s := range specs {
		if _, dup := registry[s.ID]; dup {
			panic("actions: duplicate id " + s.ID)
		}
		registry[s.ID] = s
	}
}

// Lookup returns the action with this id.
func Lookup(id string) (*Spec, bool) {
	s, ok := registry[id]
	return s, ok
}

// IDs lists every action id, sorted, for the tree validator.
func IDs() []string {
	ids := make([]string, 0, len(registry))
	for id := range registry {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
