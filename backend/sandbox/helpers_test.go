package sandbox

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

var ctx = context.Background()

func newTestSandbox(t *testing.T) *Sandbox {
	t.Helper()
	s, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func asCaller(t *testing.T, s *Sandbox, name string) {
	t.Helper()
	if err := s.SetCaller(ctx, name); err != nil {
		t.Fatal(err)
	}
}

// wantKind checks the error's kind and that Explain says something useful
// about it (every phrase in explain must appear).
func wantKind(t *testing.T, err error, kind *backend.Kind, explain ...string) *backend.Error {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want kind %s", err, kind.Name())
	}
	text := backend.Explain(err)
	for _, phrase := range explain {
		if !strings.Contains(text, phrase) {
			t.Errorf("Explain = %q, want it to contain %q", text, phrase)
		}
	}
	e := backend.AsError(err)
	if e == nil || e.RequestID == "" {
		t.Errorf("error %v carries no request id", err)
	}
	return e
}

var requestIDPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func wantReceipt(t *testing.T, r backend.Receipt) {
	t.Helper()
	if !requestIDPattern.MatchString(r.RequestID) {
		t.Errorf("request id %q is not a UUID", r.RequestID)
	}
}
