package backend_test

import (
	"context"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

// newSandbox is a real sandbox backend in a temporary folder: the decorators
// are tested around a real implementation, not a stand-in.
func newSandbox(t *testing.T) *sandbox.Sandbox {
	t.Helper()
	s, err := sandbox.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func changes(t *testing.T, s *sandbox.Sandbox) int64 {
	t.Helper()
	snap, err := s.Show(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snap.Changes
}
