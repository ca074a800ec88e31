package awsiam

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ResetUserPassword sets a generated password that meets the account's
// policy, with PasswordResetRequired, through UpdateLoginProfile, or
// CreateLoginProfile when the user has no console password yet.
func (b *Backend) ResetUserPassword(ctx context.Context, user string) (backend.PasswordReset, backend.Receipt, error) {
	policy, err := b.PasswordPolicy(ctx)
	if errors.Is(err, backend.ErrAccessDenied) {
		// A generated password is 20 characters of every kind, which
		// meets all but the most unusual policies; let IAM judge.
		policy, err = backend.DefaultPasswordPolicy(), nil
	}
	if err != nil {
		return backend.PasswordReset{}, backend.Receipt{}, err
	}
	password, err := backend.GeneratePassword(policy)
	if err != nil {
		return backend.PasswordReset{}, backend.Receipt{}, err
	}

	ctx, cancel := b.bound(ctx)
	defer cancel()
	reset := backend.PasswordReset{User: user, Password: password, ResetRequired: true}
	_, err = b.iam.GetLoginProfile(ctx, &iam.GetLoginProfileInput{UserName: aws.String(user)})
	hasProfile := err == nil
	if err != nil {
		// NoSuchEntity means no login profile, or no such user, which
		// CreateLoginProfile then reports in its own words.
		if cerr := classify("GetLoginProfile", user, err); !errors.Is(cerr, backend.ErrNotFound) {
			return backend.PasswordReset{}, backend.Receipt{}, cerr
		}
	}
	if !hasProfile {
		out, err := b.iam.CreateLoginProfile(ctx, &iam.CreateLoginProfileInput{
			UserName:              aws.String(user),
			Password:              aws.String(password.Reveal()),
			PasswordResetRequired: true,
		})
		if err == nil {
			reset.Created = true
			return reset, receipt(out.ResultMetadata), nil
		}
		// EntityAlreadyExists: someone created it between our two calls,
		// so update it instead.
		if cerr := classify("CreateLoginProfile", user, err); !errors.Is(cerr, backend.ErrConflict) {
			return backend.PasswordReset{}, backend.Receipt{}, cerr
		}
	}
	out, err := b.iam.UpdateLoginProfile(ctx, &iam.UpdateLoginProfileInput{
		UserName:              aws.String(user),
		Password:              aws.String(password.Reveal()),
		PasswordResetRequired: aws.Bool(true),
	})
	if err != nil {
		return backend.PasswordReset{}, backend.Receipt{}, classify("UpdateLoginProfile", user, err)
	}
	return reset, receipt(out.ResultMetadata), nil
}

// ChangeOwnPassword calls ChangePassword for the caller. It first checks the
// new password against the policy when the caller may read the policy, so a
// person learns which rule they broke rather than a bare refusal.
func (b *Backend) ChangeOwnPassword(ctx context.Context, oldPassword, newPassword backend.Secret) (backend.Receipt, error) {
	policy, err := b.PasswordPolicy(ctx)
	switch {
	case err == nil:
		if err := policy.Check(newPassword.Reveal()); err != nil {
			e := backend.AsError(err)
			e.Op = "ChangePassword"
			return backend.Receipt{}, e
		}
	case !errors.Is(err, backend.ErrAccessDenied):
		return backend.Receipt{}, err
	}

	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.ChangePassword(ctx, &iam.ChangePasswordInput{
		OldPassword: aws.String(oldPassword.Reveal()),
		NewPassword: aws.String(newPassword.Reveal()),
	})
	if err != nil {
		return backend.Receipt{}, classify("ChangePassword", "", err)
	}
	return receipt(out.ResultMetadata), nil
}
