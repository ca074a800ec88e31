package awsiam

import (
	"context"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ConsoleURL is where the root user signs in, and where a forgotten root
// password is reset.
const ConsoleURL = "https://console.aws.amazon.com/"

// rootResetSteps are the console steps, in our words, from the IAM User
// Guide's page on resetting lost passwords and access keys.
var rootResetSteps = []string{
	"Open " + ConsoleURL + " and begin signing in as the root user with the account's email address, then choose Next. If you are signed in as an IAM user, sign out first.",
	"Choose \"Forgot your password?\".",
	"Enter the account's email address, type the CAPTCHA characters, and choose Continue.",
	"Open the mail from an address ending in @amazon.com or @aws.amazon.com and follow its directions to choose a new password. If it is not there, look in the spam folder.",
	"If you can no longer read that mailbox, see the guide for lost access to the account's email.",
}

// ResetRootPassword cannot be done: AWS has no API for it. The error carries
// the console address and the steps, for the person to follow.
func (b *Backend) ResetRootPassword(ctx context.Context, email string) (backend.RootReset, backend.Receipt, error) {
	return backend.RootReset{}, backend.Receipt{}, &backend.Error{
		Kind:       backend.ErrNotPossibleByAPI,
		Op:         backend.ActionResetRootPassword,
		Target:     email,
		ConsoleURL: ConsoleURL,
		Steps:      append([]string(nil), rootResetSteps...),
		Detail:     "AWS has no API to reset the root user's password; it is reset from the sign-in page, through a mail to the account's address",
	}
}

// CompleteRootReset cannot be done either: the link in AWS's reset mail
// is followed in a web browser.
func (b *Backend) CompleteRootReset(ctx context.Context, code string, newPassword backend.Secret) (backend.Receipt, error) {
	return backend.Receipt{}, &backend.Error{
		Kind:       backend.ErrNotPossibleByAPI,
		Op:         "CompleteRootReset",
		ConsoleURL: ConsoleURL,
		Steps:      []string{"Open the reset mail from AWS and follow its link in a web browser to choose the new password."},
		Detail:     "on AWS, the link in the reset mail sets the new root password, in a web browser",
	}
}
