package awsiam

import (
	"regexp"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

var keyIDShape = regexp.MustCompile(`^AKIA[A-Z0-9]{16}$`)

func TestAccessKeys(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	user := a.createUser(t, "keys", false)

	first, receipt, err := a.backend.CreateAccessKey(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if !keyIDShape.MatchString(first.ID) || first.Secret.Len() != 40 || first.User != user || first.Created.IsZero() {
		t.Errorf("new key = %+v (secret %d chars)", first, first.Secret.Len())
	}
	second, _, err := a.backend.CreateAccessKey(ctx, user)
	if err != nil {
		t.Fatal(err)
	}

	_, _, err = a.backend.CreateAccessKey(ctx, user)
	e := wantKind(t, err, backend.ErrLimitExceeded, "two access keys", "delete")
	wantRequestID(t, e.RequestID)

	keys, err := a.backend.ListAccessKeys(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 {
		t.Fatalf("keys = %+v", keys)
	}
	for _, k := range keys {
		if !k.Active || k.LastUsed != nil || k.LastUsedUnknown || k.User != user {
			t.Errorf("fresh key = %+v", k)
		}
	}

	receipt, err = a.backend.SetAccessKeyStatus(ctx, user, first.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if status := keyStatus(t, a, user, first.ID); status != "Inactive" {
		t.Errorf("after deactivating: %s", status)
	}
	if _, err := a.backend.SetAccessKeyStatus(ctx, user, first.ID, true); err != nil {
		t.Fatal(err)
	}
	if status := keyStatus(t, a, user, first.ID); status != "Active" {
		t.Errorf("after reactivating: %s", status)
	}

	receipt, err = a.backend.DeleteAccessKey(ctx, user, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if keys, _ := a.backend.ListAccessKeys(ctx, user); len(keys) != 1 || keys[0].ID != second.ID {
		t.Errorf("after deleting: %+v", keys)
	}
	_, err = a.backend.DeleteAccessKey(ctx, user, first.ID)
	wantKind(t, err, backend.ErrNotFound, "Check the spelling")
	_, err = a.backend.SetAccessKeyStatus(ctx, user, first.ID, true)
	wantKind(t, err, backend.ErrNotFound)
	_, err = a.backend.ListAccessKeys(ctx, "nobody-"+user)
	wantKind(t, err, backend.ErrNotFound)
	_, _, err = a.backend.CreateAccessKey(ctx, "nobody-"+user)
	wantKind(t, err, backend.ErrNotFound)
}

func keyStatus(t *testing.T, a *account, user, id string) string {
	t.Helper()
	keys, err := a.backend.ListAccessKeys(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if k.ID == id {
			return k.Status()
		}
	}
	t.Fatalf("key %s not listed", id)
	return ""
}
