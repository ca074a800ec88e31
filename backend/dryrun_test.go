package backend_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

func TestDryRunPassesReadsThrough(t *testing.T) {
	ctx := context.Background()
	sb := newSandbox(t)
	dry := backend.NewDryRun(sb)

	if dry.Name() != backend.NameSandbox {
		t.Errorf("Name() = %q", dry.Name())
	}
	wantUsers, err := sb.ListUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gotUsers, err := dry.ListUsers(ctx)
	if err != nil || !reflect.DeepEqual(gotUsers, wantUsers) {
		t.Errorf("ListUsers through DryRun = %v, %v", gotUsers, err)
	}
	keys, err := dry.ListAccessKeys(ctx, "alice")
	if err != nil || len(keys) != 2 {
		t.Errorf("ListAccessKeys = %v, %v", keys, err)
	}
	devices, err := dry.ListMFADevices(ctx, "carol")
	if err != nil || len(devices) != 1 {
		t.Errorf("ListMFADevices = %v, %v", devices, err)
	}
	if id, err := dry.WhoAmI(ctx); err != nil || id.UserName != "admin" {
		t.Errorf("WhoAmI = %v, %v", id, err)
	}
	if p, err := dry.PasswordPolicy(ctx); err != nil || p.MinimumLength != 12 {
		t.Errorf("PasswordPolicy = %v, %v", p, err)
	}
	if len(dry.Planned()) != 0 {
		t.Errorf("reads were planned: %v", dry.Planned())
	}
}

func TestDryRunPlansChangesWithoutMakingThem(t *testing.T) {
	ctx := context.Background()
	sb := newSandbox(t)
	dry := backend.NewDryRun(sb)
	keys, err := sb.ListAccessKeys(ctx, "bob")
	if err != nil {
		t.Fatal(err)
	}
	bobKey := keys[0].ID
	before := changes(t, sb)

	calls := []struct {
		run  func() error
		want string
	}{
		{func() error { _, _, err := dry.CreateAccessKey(ctx, "bob"); return err },
			"iam:CreateAccessKey UserName=bob"},
		{func() error { _, err := dry.SetAccessKeyStatus(ctx, "bob", bobKey, false); return err },
			"iam:UpdateAccessKey UserName=bob AccessKeyId=" + bobKey + " Status=Inactive"},
		{func() error { _, err := dry.DeleteAccessKey(ctx, "bob", bobKey); return err },
			"iam:DeleteAccessKey UserName=bob AccessKeyId=" + bobKey},
		{func() error { _, _, err := dry.ResetUserPassword(ctx, "bob"); return err },
			"iam:UpdateLoginProfile UserName=bob Password=" + backend.Redacted + " (generated to meet the password policy) PasswordResetRequired=true"},
		{func() error { _, _, err := dry.ResetUserPassword(ctx, "dave"); return err },
			"iam:CreateLoginProfile UserName=dave Password=" + backend.Redacted + " (generated to meet the password policy) PasswordResetRequired=true"},
		{func() error {
			_, err := dry.ChangeOwnPassword(ctx, backend.NewSecret(sandbox.DemoUserPassword), backend.NewSecret("New-Passw0rd-123!"))
			return err
		}, "iam:ChangePassword OldPassword=" + backend.Redacted + " NewPassword=" + backend.Redacted},
		{func() error {
			_, err := dry.DeactivateMFADevice(ctx, "carol", "arn:aws:iam::111122223333:mfa/carol-phone")
			return err
		}, "iam:DeactivateMFADevice UserName=carol SerialNumber=arn:aws:iam::111122223333:mfa/carol-phone"},
		{func() error { _, _, err := dry.ResetRootPassword(ctx, sandbox.DemoRootEmail); return err },
			"ResetRootPassword Email=" + sandbox.DemoRootEmail},
	}
	var want []string
	for _, c := range calls {
		err := c.run()
		if !errors.Is(err, backend.ErrDryRun) {
			t.Fatalf("%s: err = %v, want ErrDryRun", c.want, err)
		}
		if got := backend.Explain(err); got != "dry run: would call "+c.want+". Nothing was changed." {
			t.Errorf("Explain = %q", got)
		}
		want = append(want, c.want)
	}
	var got []string
	for _, p := range dry.Planned() {
		got = append(got, p.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("Planned() =\n%q\nwant\n%q", got, want)
	}
	if after := changes(t, sb); after != before {
		t.Errorf("dry run changed the sandbox: %d changes, was %d", after, before)
	}
	if mails, _ := sb.Outbox(); len(mails) != 0 {
		t.Errorf("dry run sent %d mails", len(mails))
	}
}

func TestDryRunResetOfUnknownUserFailsLikeTheRealCall(t *testing.T) {
	dry := backend.NewDryRun(newSandbox(t))
	_, _, err := dry.ResetUserPassword(context.Background(), "nobody")
	if !errors.Is(err, backend.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if len(dry.Planned()) != 0 {
		t.Errorf("planned %v for a user that does not exist", dry.Planned())
	}
}
