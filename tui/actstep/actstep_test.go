package actstep

import (
	"context"
	"errors"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
	"github.com/signin-doctor/signin-doctor/flows"
)

// atCreateKey walks to the create-key action of the key tree.
func atCreateKey(t *testing.T) flows.Session {
	t.Helper()
	set, err := flows.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := set.Begin("lost-access-keys")
	for _, label := range []string{"An IAM user's keys", "Yes", "Make a new key with signin-doctor"} {
		if s, err = s.ChooseLabel(label); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestVisibleChoicesHideChangingActionsWhenReadOnly(t *testing.T) {
	s := atCreateKey(t)
	s, _ = s.Back() // the guide node whose first choice leads to create-key
	if got := VisibleChoices(s, false); len(got) != 3 {
		t.Fatalf("all choices: %v", got)
	}
	got := VisibleChoices(s, true)
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Fatalf("read-only choices = %v, want [1 2] (create-key hidden)", got)
	}
}

func TestPrefillRememberAndFailure(t *testing.T) {
	s := atCreateKey(t)
	spec, ok := Spec(s)
	if !ok || spec.ID != "create-access-key" {
		t.Fatalf("Spec = %v %v", spec, ok)
	}
	if got := Prefill(spec, s); len(got) != 0 {
		t.Fatalf("nothing chosen yet, but prefilled %v", got)
	}
	if got := Pending(spec, nil, nil); len(got) != 1 || got[0].Name != "user" {
		t.Fatalf("pending = %v", got)
	}
	s = Remember(s, spec, map[string]string{"user": "alice"})
	sb, err := sandbox.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	_, runErr := spec.Run(context.Background(), sb, actions.Request{Values: Prefill(spec, s)})
	next, moved, msg := Failed(s, spec, runErr)
	if !moved || next.Current().Node.ID != "two-keys" || msg == "" {
		t.Fatalf("limit failure: moved %v to %s, message %q", moved, next.Current().Node.ID, msg)
	}
	if next.Var("user") != "alice" {
		t.Fatal("the chosen user was lost on the failure branch")
	}
	last := next.Events()[len(next.Events())-1]
	if last.Kind != flows.EventAnswer || last.Answer != "failed: limit-exceeded" {
		t.Fatalf("last event = %+v", last)
	}
}

func TestDryRunDoesNotMove(t *testing.T) {
	s := atCreateKey(t)
	spec, _ := Spec(s)
	err := &backend.Error{Kind: backend.ErrDryRun, Detail: "iam:CreateAccessKey UserName=bob"}
	next, moved, msg := Failed(s, spec, err)
	if moved || next.Current().Node.ID != "create-key" || msg != "dry run: would call iam:CreateAccessKey UserName=bob. Nothing was changed." {
		t.Fatalf("dry run: moved %v, at %s, %q", moved, next.Current().Node.ID, msg)
	}
	if _, moved, _ := Failed(s, spec, errors.New("network down")); moved {
		t.Fatal("an unclassified failure followed a branch; create-key has none for it")
	}
}

func TestSucceededNeverNotesASecret(t *testing.T) {
	s := atCreateKey(t)
	spec, _ := Spec(s)
	res := actions.Result{Note: "created key", Vars: map[string]string{"new-key": "AKIA1"},
		Secret: &actions.Shown{Value: backend.NewSecret("very-secret")}}
	next := Succeeded(s, spec, res)
	if next.Var("new-key") != "AKIA1" {
		t.Fatal("vars not kept")
	}
	for _, e := range next.Events() {
		if e.Detail == "very-secret" || e.Answer == "very-secret" {
			t.Fatal("secret in the event log")
		}
	}
}
