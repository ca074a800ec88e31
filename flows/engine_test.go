package flows

import (
	"errors"
	"testing"
)

func mustSet(t *testing.T) *Set {
	t.Helper()
	set, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestJourneyToRootPasswordSteps(t *testing.T) {
	set := mustSet(t)
	s, err := set.Begin("triage")
	if err != nil {
		t.Fatal(err)
	}
	if s, err = s.ChooseLabel("i forgot my password"); err != nil {
		t.Fatal(err)
	}
	if s, err = s.ChooseLabel("The account's email address (root user)"); err != nil {
		t.Fatal(err)
	}
	if got := s.Current(); got.Tree.ID != "forgot-root-password" || got.Node.ID != "mailbox" {
		t.Fatalf("at %s#%s, want forgot-root-password#mailbox", got.Tree.ID, got.Node.ID)
	}
	if s, err = s.Choose(0); err != nil {
		t.Fatal(err)
	}
	cur := s.Current()
	if cur.Node.Guide != "reset-root-password" {
		t.Fatalf("guide = %q, want reset-root-password", cur.Node.Guide)
	}
	if len(s.Path()) != 4 {
		t.Errorf("path has %d steps, want 4", len(s.Path()))
	}
	answers := []string{}
	for _, st := range s.Path() {
		answers = append(answers, st.Answer)
	}
	want := []string{"I forgot my password", "The account's email address (root user)", "Yes", ""}
	for i := range want {
		if answers[i] != want[i] {
			t.Errorf("answer %d = %q, want %q", i, answers[i], want[i])
		}
	}
}

func TestSessionsAreValues(t *testing.T) {
	set := mustSet(t)
	s0, _ := set.Begin("forgot-root-password")
	s1, _ := s0.Choose(0)
	s2, _ := s1.Choose(1) // the email never arrived
	if s0.Current().Node.ID != "mailbox" || s1.Current().Node.ID != "reset-steps" || s2.Current().Node.ID != "no-email" {
		t.Fatalf("an older session changed: %s %s %s", s0.Current().Node.ID, s1.Current().Node.ID, s2.Current().Node.ID)
	}
	// Branching from an older session must not disturb the newer one.
	alt, _ := s1.Choose(2)
	if s2.Current().Node.ID != "no-email" || alt.Current().Node.ID != "captcha" {
		t.Fatalf("branching changed a sibling: %s, %s", s2.Current().Node.ID, alt.Current().Node.ID)
	}
	if s2.Path()[1].Answer != "The email never arrived" || alt.Path()[1].Answer != "The CAPTCHA keeps failing" {
		t.Fatalf("answers shared between sessions: %q %q", s2.Path()[1].Answer, alt.Path()[1].Answer)
	}
}

func TestBackAndRestart(t *testing.T) {
	set := mustSet(t)
	s, _ := set.Begin("forgot-root-password")
	if _, ok := s.Back(); ok {
		t.Fatal("back at the first node should report false")
	}
	s, _ = s.Choose(0)
	s, _ = s.Choose(0) // resolved by a choice
	if end, ok := s.Ended(); !ok || end.Outcome != Resolved {
		t.Fatalf("Ended = %v %v, want resolved", end, ok)
	}
	if _, err := s.Choose(0); !errors.Is(err, ErrEnded) {
		t.Fatalf("choose after the end = %v, want ErrEnded", err)
	}
	s, ok := s.Back()
	if !ok || s.Current().Node.ID != "reset-steps" || s.Current().Answer != "" {
		t.Fatalf("back from a choice ending: at %s answer %q", s.Current().Node.ID, s.Current().Answer)
	}
	if _, ended := s.Ended(); ended {
		t.Fatal("still ended after back")
	}
	s = s.Restart()
	if s.Current().Node.ID != "mailbox" || len(s.Path()) != 1 {
		t.Fatalf("restart: at %s with %d steps", s.Current().Node.ID, len(s.Path()))
	}
	kinds := []EventKind{}
	for _, e := range s.Events() {
		kinds = append(kinds, e.Kind)
	}
	want := []EventKind{EventStart, EventAnswer, EventAnswer, EventOutcome, EventBack, EventRestart}
	if len(kinds) != len(want) {
		t.Fatalf("events = %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("events = %v, want %v", kinds, want)
		}
	}
	for _, e := range s.Events() {
		if e.Version == "" {
			t.Fatalf("event %v has no tree version", e)
		}
	}
}

func TestBackFromEndNode(t *testing.T) {
	set := mustSet(t)
	s, _ := set.Begin("contact-support")
	s, _ = s.ChooseLabel("Yes, nothing worked")
	end, ok := s.Ended()
	if !ok || end.Outcome != Escalate || end.Guide != "contact-aws-support" {
		t.Fatalf("ending = %+v %v", end, ok)
	}
	s, ok = s.Back()
	if !ok || s.Current().Node.ID != "before" {
		t.Fatalf("back from an end node: at %s", s.Current().Node.ID)
	}
}

func TestChooseErrors(t *testing.T) {
	set := mustSet(t)
	s, _ := set.Begin("triage")
	if _, err := s.Choose(99); err == nil {
		t.Error("choice 99 accepted")
	}
	if _, err := s.ChooseLabel("no such label"); err == nil {
		t.Error("unknown label accepted")
	}
	if _, err := set.Begin("triag"); err == nil || err.Error() != `no tree "triag" (did you mean triage?)` {
		t.Errorf("Begin(triag) = %v", err)
	}
}

func TestVarsAreCopiedOnWrite(t *testing.T) {
	set := mustSet(t)
	s0, _ := set.Begin("triage")
	s1 := s0.WithVar("user", "alice")
	s2 := s1.WithVar("user", "bob")
	if s0.Var("user") != "" || s1.Var("user") != "alice" || s2.Var("user") != "bob" {
		t.Fatalf("vars leaked between sessions: %q %q %q", s0.Var("user"), s1.Var("user"), s2.Var("user"))
	}
}

func TestFailFollowsOnError(t *testing.T) {
	src := []byte(`id: t
title: T
summary: S
entry: true
start: act
nodes:
  - id: act
    action: create-access-key
    on_error:
      limit-exceeded: two-keys
      any: stuck
    choices:
      - label: Done
        outcome: resolved
  - id: two-keys
    ask: Remove one?
    choices:
      - label: Yes
        next: act
  - id: stuck
    outcome: escalate
    guide: contact-aws-support
`)
	tr, problems := parseTree("t.yaml", src)
	if len(problems) > 0 {
		t.Fatal(problems.Err())
	}
	set := &Set{trees: []*Tree{tr}, byID: map[string]*Tree{"t": tr}}
	if p := Validate(set, Catalog{}); len(p) > 0 {
		t.Fatal(p.Err())
	}
	s, _ := set.Begin("t")
	s2, ok := s.Fail("limit-exceeded")
	if !ok || s2.Current().Node.ID != "two-keys" {
		t.Fatalf("Fail(limit-exceeded) went to %s", s2.Current().Node.ID)
	}
	s3, ok := s.Fail("throttled")
	if end, ended := s3.Ended(); !ok || !ended || end.Outcome != Escalate {
		t.Fatalf("Fail(throttled) should take the 'any' branch to an escalation, got %+v", end)
	}
}
