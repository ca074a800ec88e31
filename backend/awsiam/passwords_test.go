package awsiam

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestResetUserPassword(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	_, err := a.iam.UpdateAccountPasswordPolicy(ctx, &iam.UpdateAccountPasswordPolicyInput{
		MinimumPasswordLength: aws.Int32(24), RequireSymbols: true, RequireNumbers: true,
		RequireUppercaseCharacters: true, RequireLowercaseCharacters: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	policy, err := a.backend.PasswordPolicy(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// A user without a console password gets one.
	user := a.createUser(t, "reset", false)
	reset, receipt, err := a.backend.ResetUserPassword(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if !reset.Created || !reset.ResetRequired || reset.User != user {
		t.Errorf("reset = %+v", reset)
	}
	if broken := policy.Violations(reset.Password.Reveal()); len(broken) > 0 {
		t.Errorf("generated password breaks %v", broken)
	}
	if _, err := a.iam.GetLoginProfile(ctx, &iam.GetLoginProfileInput{UserName: aws.String(user)}); err != nil {
		t.Fatalf("no login profile after reset: %v", err)
	}

	// A second reset updates it. (Moto ignores PasswordResetRequired on
	// CreateLoginProfile but keeps it on UpdateLoginProfile, so the flag is
	// checked here.)
	again, receipt, err := a.backend.ResetUserPassword(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if again.Created || !again.ResetRequired || again.Password.Reveal() == reset.Password.Reveal() {
		t.Errorf("second reset = %+v (same password: %v)", again, again.Password.Reveal() == reset.Password.Reveal())
	}
	profile, err := a.iam.GetLoginProfile(ctx, &iam.GetLoginProfileInput{UserName: aws.String(user)})
	if err != nil || !profile.LoginProfile.PasswordResetRequired {
		t.Fatalf("login profile after reset: reset required = %v, %v", profile != nil && profile.LoginProfile.PasswordResetRequired, err)
	}

	_, _, err = a.backend.ResetUserPassword(ctx, "nobody-"+user)
	wantKind(t, err, backend.ErrNotFound, "Check the spelling")
}

func TestChangeOwnPasswordBreakingThePolicy(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	_, err := a.iam.UpdateAccountPasswordPolicy(ctx, &iam.UpdateAccountPasswordPolicyInput{
		MinimumPasswordLength: aws.Int32(16), RequireSymbols: true, AllowUsersToChangePassword: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.backend.ChangeOwnPassword(ctx, backend.NewSecret("Initial-Passw0rd!"), backend.NewSecret("short"))
	e := wantKind(t, err, backend.ErrPolicyViolation, "at least 16 characters", "a symbol", "Choose another password")
	if e.Op != "ChangePassword" {
		t.Errorf("Op = %q", e.Op)
	}
}
