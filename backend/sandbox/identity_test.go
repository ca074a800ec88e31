package sandbox

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestSeededDemoAccount(t *testing.T) {
	s := newTestSandbox(t)
	users, err := s.ListUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range users {
		names = append(names, u.Name)
	}
	if want := []string{"admin", "alice", "bob", "carol", "dave", "erin"}; !slices.Equal(names, want) {
		t.Fatalf("users = %v, want %v", names, want)
	}
	for _, u := range users {
		wantPassword := backend.PasswordSet
		if u.Name == "dave" {
			wantPassword = backend.PasswordNone
		}
		if u.ConsolePassword != wantPassword || u.ARN != "arn:aws:iam::111122223333:user/"+u.Name || len(u.ID) != 21 {
			t.Errorf("user %+v", u)
		}
	}

	alice, _ := s.ListAccessKeys(ctx, "alice")
	if len(alice) != 2 || !alice[0].Active || !alice[1].Active {
		t.Fatalf("alice's keys = %+v, want two active", alice)
	}
	if unused := s.now().Sub(alice[0].LastUsed.Time).Hours() / 24; unused < 90 {
		t.Errorf("alice's old key was used %.0f days ago, want months", unused)
	}
	bob, _ := s.ListAccessKeys(ctx, "bob")
	if len(bob) != 1 || bob[0].LastUsed != nil || s.now().Sub(bob[0].Created).Hours() < 365*24 {
		t.Errorf("bob's keys = %+v, want one old unused key", bob)
	}
	carol, _ := s.ListMFADevices(ctx, "carol")
	if len(carol) != 1 || !carol[0].Virtual() {
		t.Errorf("carol's devices = %+v, want one virtual device", carol)
	}
}

func TestWhoAmIFollowsTheCaller(t *testing.T) {
	s := newTestSandbox(t)
	id, err := s.WhoAmI(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := backend.Identity{
		AccountID:    DemoAccountID,
		AccountAlias: DemoAccountAlias,
		ARN:          "arn:aws:iam::111122223333:user/admin",
		UserName:     "admin",
		SignInURL:    "https://demo-corp.signin.aws.amazon.com/console",
	}
	if id != want {
		t.Errorf("WhoAmI = %+v, want %+v", id, want)
	}
	asCaller(t, s, "erin")
	if id, _ := s.WhoAmI(ctx); id.UserName != "erin" || s.Caller() != "erin" {
		t.Errorf("after SetCaller(erin): %+v", id)
	}
	wantKind(t, s.SetCaller(ctx, "mallory"), backend.ErrNotFound, "mallory")
	if s.Caller() != "erin" {
		t.Errorf("a failed SetCaller changed the caller to %q", s.Caller())
	}
}

func TestPasswordPolicy(t *testing.T) {
	s := newTestSandbox(t)
	p, err := s.PasswordPolicy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.IsDefault || p.MinimumLength != 12 || !p.RequireSymbols || !p.RequireNumbers || !p.AllowUsersToChangePassword {
		t.Errorf("policy = %+v", p)
	}
}

func TestGetUserAndPermissions(t *testing.T) {
	s := newTestSandbox(t)
	dave, err := s.GetUser(ctx, "dave")
	if err != nil || dave.HasConsolePassword() {
		t.Fatalf("GetUser(dave) = %+v, %v", dave, err)
	}
	_, err = s.GetUser(ctx, "nobody")
	wantKind(t, err, backend.ErrNotFound, "nobody")

	asCaller(t, s, "bob")
	if _, err := s.GetUser(ctx, "bob"); err != nil {
		t.Errorf("bob may not read himself: %v", err)
	}
	_, err = s.GetUser(ctx, "alice")
	e := wantKind(t, err, backend.ErrAccessDenied, "iam:GetUser", "administrator")
	if e.Permission != "iam:GetUser" {
		t.Errorf("Permission = %q", e.Permission)
	}
	_, err = s.ListUsers(ctx)
	wantKind(t, err, backend.ErrAccessDenied, "iam:ListUsers")
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/var/state")
	if dir, err := DefaultDir(); err != nil || dir != "/var/state/signin-doctor" {
		t.Errorf("DefaultDir = %q, %v", dir, err)
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, xdg := range []string{"", "relative/state"} {
		t.Setenv("XDG_STATE_HOME", xdg)
		if dir, err := DefaultDir(); err != nil || dir != filepath.Join(home, ".local", "state", "signin-doctor") {
			t.Errorf("XDG_STATE_HOME=%q: DefaultDir = %q, %v", xdg, dir, err)
		}
	}
}

func TestFilesArePrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "state")
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.ResetRootPassword(ctx, DemoRootEmail); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, s.Path(): 0o600, s.OutboxDir(): 0o700} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", path, info.Mode().Perm(), want)
		}
	}
	mails, _ := s.Outbox()
	if info, err := os.Stat(mails[0].Path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mail mode: %v %v", info, err)
	}
}
