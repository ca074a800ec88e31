package transcript

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signin-doctor/signin-doctor/flows"
)

func TestSaveWritesEveryEventKind(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.md")
	w := New(path, "sandbox · as erin")
	w.now = func() time.Time { return time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC) }
	events := []flows.Event{
		{Kind: flows.EventStart, Tree: "lost-access-keys", Version: "abc123"},
		{Kind: flows.EventAnswer, Tree: "lost-access-keys", Node: "whose", Prompt: "Whose  keys?\n", Answer: "An IAM user's keys"},
		{Kind: flows.EventAction, Tree: "lost-access-keys", Node: "create-key", Detail: "created access key AKIA… for bob"},
		{Kind: flows.EventBack, Tree: "lost-access-keys", Node: "whose"},
		{Kind: flows.EventRestart, Tree: "lost-access-keys"},
		{Kind: flows.EventOutcome, Tree: "contact-support", Node: "hand-off", Outcome: flows.Escalate, Detail: "contact-aws-support"},
	}
	if err := w.Save(events); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{
		"- backend: sandbox · as erin",
		"09:30:00  started lost-access-keys (version abc123)",
		"lost-access-keys#whose: Whose keys?\n        answer: An IAM user's keys",
		"action at lost-access-keys#create-key: created access key AKIA… for bob",
		"went back to lost-access-keys#whose",
		"restarted lost-access-keys",
		"outcome: escalate at contact-support#hand-off (hand-off guide: contact-aws-support)",
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("transcript lacks %q:\n%s", want, data)
		}
	}
}

func TestSaveFailureIsReported(t *testing.T) {
	w := New(filepath.Join(t.TempDir(), "missing", "t.md"), "sandbox")
	if err := w.Save(nil); err == nil || !strings.Contains(err.Error(), "save transcript") {
		t.Fatalf("err = %v", err)
	}
}
