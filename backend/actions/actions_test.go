package actions

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

func newSandbox(t *testing.T) *sandbox.Sandbox {
	t.Helper()
	sb, err := sandbox.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return sb
}

func mustRun(t *testing.T, id string, b backend.Backend, values map[string]string, secrets map[string]backend.Secret) Result {
	t.Helper()
	spec, ok := Lookup(id)
	if !ok {
		t.Fatalf("no action %s", id)
	}
	res, err := spec.Run(context.Background(), b, Request{Values: values, Secrets: secrets})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return res
}

func TestRegistry(t *testing.T) {
	ids := IDs()
	if len(ids) < 13 {
		t.Fatalf("only %d actions registered: %v", len(ids), ids)
	}
	for _, id := range ids {
		s, _ := Lookup(id)
		if s.Title == "" || s.Summary == "" || s.run == nil {
			t.Errorf("%s is incomplete", id)
		}
		if s.Changes && s.Confirm == nil {
			t.Errorf("%s changes the account but has no confirmation text", id)
		}
		if s.ConfirmByName && !hasInput(s, "user") {
			t.Errorf("%s confirms by user name but asks for no user", id)
		}
	}
	for _, destructive := range []string{"delete-access-key", "deactivate-mfa-device", "reset-user-password"} {
		if s, _ := Lookup(destructive); !s.ConfirmByName {
			t.Errorf("%s must be confirmed by typing the user name", destructive)
		}
	}
}

func hasInput(s *Spec, name string) bool {
	for _, in := range s.Inputs {
		if in.Name == name {
			return true
		}
	}
	return false
}

func TestCreateAccessKeyRemembersTheOldKey(t *testing.T) {
	sb := newSandbox(t)
	old, _ := sb.ListAccessKeys(context.Background(), "bob")
	res := mustRun(t, "create-access-key", sb, map[string]string{"user": "bob"}, nil)
	if res.Secret == nil || res.Secret.Value.Len() != 40 {
		t.Fatalf("no 40-character secret in the result: %+v", res.Secret)
	}
	if res.Vars["old-key"] != old[0].ID || res.Vars["new-key"] == "" || res.Vars["user"] != "bob" {
		t.Errorf("vars = %v, want old-key %s", res.Vars, old[0].ID)
	}
	for _, l := range append(res.Lines, res.Note) {
		if strings.Contains(l, res.Secret.Value.Reveal()) {
			t.Fatalf("the secret leaked into %q", l)
		}
	}
	text := res.Secret.FileText(res.Secret.Value.Reveal())
	if !strings.Contains(text, "aws_access_key_id = "+res.Vars["new-key"]) {
		t.Errorf("saved file text is not a credentials profile:\n%s", text)
	}
}

func TestResetPasswordMeetsThePolicy(t *testing.T) {
	sb := newSandbox(t)
	res := mustRun(t, "reset-user-password", sb, map[string]string{"user": "dave"}, nil)
	policy, _ := sb.PasswordPolicy(context.Background())
	if err := policy.Check(res.Secret.Value.Reveal()); err != nil {
		t.Fatalf("generated password breaks the policy: %v", err)
	}
	if !strings.Contains(strings.Join(res.Lines, "\n"), "https://demo-corp.signin.aws.amazon.com/console") {
		t.Errorf("result does not say where to sign in:\n%s", strings.Join(res.Lines, "\n"))
	}
	u, _ := sb.GetUser(context.Background(), "dave")
	if !u.HasConsolePassword() || !u.PasswordResetRequired {
		t.Errorf("dave after reset: %+v", u)
	}
}

func TestEmptyInputsAreRefused(t *testing.T) {
	spec, _ := Lookup("change-own-password")
	_, err := spec.Run(context.Background(), newSandbox(t), Request{Secrets: map[string]backend.Secret{"old-password": backend.NewSecret("x")}})
	if err == nil || !strings.Contains(err.Error(), "your new password is empty") {
		t.Fatalf("err = %v", err)
	}
}

func TestCheckLastUseWarnsAboutRecentUse(t *testing.T) {
	sb := newSandbox(t)
	keys, _ := sb.ListAccessKeys(context.Background(), "alice")
	var recent, stale string
	for _, k := range keys {
		if usedRecently(k) {
			recent = k.ID
		} else {
			stale = k.ID
		}
	}
	if res := mustRun(t, "check-key-last-use", sb, map[string]string{"user": "alice", "key": recent}, nil); res.Warning == "" {
		t.Error("no warning for a key used yesterday")
	}
	if res := mustRun(t, "check-key-last-use", sb, map[string]string{"user": "alice", "key": stale}, nil); res.Warning != "" {
		t.Errorf("warning for a key unused for months: %s", res.Warning)
	}
}

func TestUserPickerFallsBackToTheCaller(t *testing.T) {
	sb := newSandbox(t)
	if err := sb.SetCaller(context.Background(), "erin"); err != nil {
		t.Fatal(err)
	}
	opts, err := Options(context.Background(), sb, Input{Kind: PickUser}, nil)
	if err != nil || len(opts) != 1 || opts[0].Value != "erin" {
		t.Fatalf("options for erin = %v, %v; want just erin herself", opts, err)
	}
}

func TestFailureKinds(t *testing.T) {
	sb := newSandbox(t)
	_, err := createAccessKey.Run(context.Background(), sb, Request{Values: map[string]string{"user": "alice"}})
	if FailureKind(err) != "limit-exceeded" {
		t.Errorf("alice's third key: kind %q (%v)", FailureKind(err), err)
	}
	_, err = listAccessKeys.Run(context.Background(), sb, Request{Values: map[string]string{"user": "nobody"}})
	if FailureKind(err) != "not-found" {
		t.Errorf("unknown user: kind %q", FailureKind(err))
	}
	if FailureKind(errors.New("boom")) != "other" {
		t.Error("an unknown error should be 'other'")
	}
	_, err = createAccessKey.Run(context.Background(), backend.NewDryRun(sb), Request{Values: map[string]string{"user": "bob"}})
	if !IsDryRun(err) {
		t.Errorf("dry run error = %v", err)
	}
}

func TestSaveSecret(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key.txt")
	s := &Shown{Label: "Secret", Value: backend.NewSecret("s3cr3t")}
	if err := SaveSecret(path, s); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	if data, _ := os.ReadFile(path); string(data) != "s3cr3t\n" {
		t.Errorf("file holds %q", data)
	}
	err := SaveSecret(path, &Shown{Value: backend.NewSecret("other")})
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("overwrite: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "s3cr3t\n" {
		t.Error("an existing file was overwritten")
	}
	if err := SaveSecret(" ", s); err == nil {
		t.Error("an empty path was accepted")
	}
}
