package sandbox

import (
	"regexp"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

var (
	keyIDShape  = regexp.MustCompile(`^AKIA[A-Z0-9]{16}$`)
	secretShape = regexp.MustCompile(`^[A-Za-z0-9+/]{40}$`)
)

func TestAccessKeyLifecycle(t *testing.T) {
	s := newTestSandbox(t)
	key, receipt, err := s.CreateAccessKey(ctx, "carol")
	if err != nil {
		t.Fatal(err)
	}
	wantReceipt(t, receipt)
	if !keyIDShape.MatchString(key.ID) || !secretShape.MatchString(key.Secret.Reveal()) || key.User != "carol" {
		t.Fatalf("new key = %+v (secret %d chars)", key, key.Secret.Len())
	}
	keys, err := s.ListAccessKeys(ctx, "carol")
	if err != nil || len(keys) != 1 || keys[0].ID != key.ID || !keys[0].Active || keys[0].LastUsed != nil {
		t.Fatalf("ListAccessKeys = %+v, %v", keys, err)
	}

	if _, err := s.SetAccessKeyStatus(ctx, "carol", key.ID, false); err != nil {
		t.Fatal(err)
	}
	if keys, _ := s.ListAccessKeys(ctx, "carol"); keys[0].Active || keys[0].Status() != "Inactive" {
		t.Errorf("after deactivating: %+v", keys[0])
	}
	if _, err := s.SetAccessKeyStatus(ctx, "carol", key.ID, true); err != nil {
		t.Fatal(err)
	}
	if keys, _ := s.ListAccessKeys(ctx, "carol"); !keys[0].Active {
		t.Errorf("after reactivating: %+v", keys[0])
	}

	if _, err := s.DeleteAccessKey(ctx, "carol", key.ID); err != nil {
		t.Fatal(err)
	}
	if keys, _ := s.ListAccessKeys(ctx, "carol"); len(keys) != 0 {
		t.Errorf("after deleting: %+v", keys)
	}
	_, err = s.DeleteAccessKey(ctx, "carol", key.ID)
	wantKind(t, err, backend.ErrNotFound, key.ID)
	_, err = s.SetAccessKeyStatus(ctx, "carol", key.ID, true)
	wantKind(t, err, backend.ErrNotFound)
}

func TestAccessKeyLimitAndMistakes(t *testing.T) {
	s := newTestSandbox(t)
	_, _, err := s.CreateAccessKey(ctx, "alice")
	e := wantKind(t, err, backend.ErrLimitExceeded, "two access keys", "delete")
	if e.Op != "CreateAccessKey" || e.Target != "alice" {
		t.Errorf("error = %+v", e)
	}
	if keys, _ := s.ListAccessKeys(ctx, "alice"); len(keys) != 2 {
		t.Errorf("alice has %d keys after a refused create", len(keys))
	}

	_, _, err = s.CreateAccessKey(ctx, "nobody")
	wantKind(t, err, backend.ErrNotFound, "nobody")
	_, err = s.ListAccessKeys(ctx, "nobody")
	wantKind(t, err, backend.ErrNotFound)

	bobKeys, _ := s.ListAccessKeys(ctx, "bob")
	_, err = s.DeleteAccessKey(ctx, "alice", bobKeys[0].ID) // bob's key, not alice's
	wantKind(t, err, backend.ErrNotFound)
	if keys, _ := s.ListAccessKeys(ctx, "bob"); len(keys) != 1 {
		t.Error("bob's key was deleted through alice")
	}
	_, err = s.DeleteAccessKey(ctx, "bob", "not a key")
	wantKind(t, err, backend.ErrInvalidInput, "not an access key id")
}

func TestErinMayNotManageHerKeys(t *testing.T) {
	s := newTestSandbox(t)
	asCaller(t, s, "erin")
	_, _, err := s.CreateAccessKey(ctx, "erin")
	e := wantKind(t, err, backend.ErrAccessDenied,
		"You are not allowed to do this: the IAM permission iam:CreateAccessKey is missing.")
	if e.Permission != "iam:CreateAccessKey" {
		t.Errorf("Permission = %q", e.Permission)
	}
	_, err = s.ListAccessKeys(ctx, "erin")
	wantKind(t, err, backend.ErrAccessDenied, "iam:ListAccessKeys")
	_, err = s.DeleteAccessKey(ctx, "erin", "AKIAAAAAAAAAAAAAAAAA")
	wantKind(t, err, backend.ErrAccessDenied, "iam:DeleteAccessKey")
	_, err = s.SetAccessKeyStatus(ctx, "erin", "AKIAAAAAAAAAAAAAAAAA", false)
	wantKind(t, err, backend.ErrAccessDenied, "iam:UpdateAccessKey")

	// Other users manage their own keys, and only their own.
	asCaller(t, s, "bob")
	if _, err := s.ListAccessKeys(ctx, "bob"); err != nil {
		t.Errorf("bob may not list his own keys: %v", err)
	}
	_, _, err = s.CreateAccessKey(ctx, "alice")
	wantKind(t, err, backend.ErrAccessDenied, "iam:CreateAccessKey")
}
