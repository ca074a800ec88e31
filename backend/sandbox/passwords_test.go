package sandbox

import (
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestResetUserPasswordUpdatesOrCreates(t *testing.T) {
	s := newTestSandbox(t)
	policy, _ := s.PasswordPolicy(ctx)

	for _, c := range []struct {
		user    string
		created bool
	}{{"bob", false}, {"dave", true}} {
		reset, receipt, err := s.ResetUserPassword(ctx, c.user)
		if err != nil {
			t.Fatal(err)
		}
		wantReceipt(t, receipt)
		if reset.User != c.user || reset.Created != c.created || !reset.ResetRequired {
			t.Errorf("reset = %+v", reset)
		}
		if broken := policy.Violations(reset.Password.Reveal()); len(broken) > 0 {
			t.Errorf("generated password breaks %v", broken)
		}
		u, _ := s.GetUser(ctx, c.user)
		if !u.HasConsolePassword() || !u.PasswordResetRequired {
			t.Errorf("after reset: %+v", u)
		}

		// The user signs in with the generated password and must change it.
		asCaller(t, s, c.user)
		if _, err := s.ChangeOwnPassword(ctx, reset.Password, backend.NewSecret("My-Own-Passw0rd!")); err != nil {
			t.Fatalf("%s cannot change the generated password: %v", c.user, err)
		}
		if u, _ := s.GetUser(ctx, c.user); u.PasswordResetRequired {
			t.Error("reset still required after the user changed the password")
		}
		asCaller(t, s, DefaultCaller)
	}

	_, _, err := s.ResetUserPassword(ctx, "nobody")
	wantKind(t, err, backend.ErrNotFound, "nobody")

	asCaller(t, s, "bob")
	_, _, err = s.ResetUserPassword(ctx, "alice")
	e := wantKind(t, err, backend.ErrAccessDenied, "iam:UpdateLoginProfile", "administrator")
	if e.Op != "UpdateLoginProfile" || e.Target != "alice" {
		t.Errorf("error = %+v", e)
	}
}

func TestChangeOwnPassword(t *testing.T) {
	s := newTestSandbox(t)
	asCaller(t, s, "carol")
	old := backend.NewSecret(DemoUserPassword)

	_, err := s.ChangeOwnPassword(ctx, backend.NewSecret("not-my-password"), backend.NewSecret("Good-Passw0rd-1!"))
	wantKind(t, err, backend.ErrInvalidInput, "current password is not right")

	_, err = s.ChangeOwnPassword(ctx, old, backend.NewSecret("short1!A"))
	wantKind(t, err, backend.ErrPolicyViolation, "at least 12 characters", "Choose another password")

	_, err = s.ChangeOwnPassword(ctx, old, backend.NewSecret("alllowercase-and-long-1"))
	wantKind(t, err, backend.ErrPolicyViolation, "an uppercase letter")

	receipt, err := s.ChangeOwnPassword(ctx, old, backend.NewSecret("Good-Passw0rd-1!"))
	if err != nil {
		t.Fatal(err)
	}
	wantReceipt(t, receipt)
	// The old password no longer works; the new one does.
	_, err = s.ChangeOwnPassword(ctx, old, backend.NewSecret("Another-Passw0rd-2!"))
	wantKind(t, err, backend.ErrInvalidInput)
	if _, err := s.ChangeOwnPassword(ctx, backend.NewSecret("Good-Passw0rd-1!"), backend.NewSecret("Another-Passw0rd-2!")); err != nil {
		t.Fatal(err)
	}

	asCaller(t, s, "dave")
	_, err = s.ChangeOwnPassword(ctx, old, backend.NewSecret("Good-Passw0rd-1!"))
	wantKind(t, err, backend.ErrNotFound, "no console password")
}

func TestChangeOwnPasswordNeedsPolicyPermission(t *testing.T) {
	s := newTestSandbox(t)
	lock, err := acquireLock(ctx, s.dir+"/"+lockFile)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.load()
	if err != nil {
		t.Fatal(err)
	}
	st.PasswordPolicy.AllowUsersToChangePassword = false
	if err := s.save(st); err != nil {
		t.Fatal(err)
	}
	lock.release()

	asCaller(t, s, "bob")
	_, err = s.ChangeOwnPassword(ctx, backend.NewSecret(DemoUserPassword), backend.NewSecret("Good-Passw0rd-1!"))
	wantKind(t, err, backend.ErrAccessDenied, "iam:ChangePassword")
	asCaller(t, s, "admin")
	if _, err := s.ChangeOwnPassword(ctx, backend.NewSecret(DemoUserPassword), backend.NewSecret("Good-Passw0rd-1!")); err != nil {
		t.Errorf("an administrator cannot change their password: %v", err)
	}
}
