// Package backend defines what signin-doctor can do to an AWS account, in
// terms that know nothing of decision trees or screens.
//
// The action registry looks up a flow's action id and calls one method of a
// Backend. Two implementations exist: backend/sandbox, a simulated account
// kept in a local file (the default, safe for practice), and backend/awsiam,
// real IAM through aws-sdk-go-v2. Decorators add behaviour around either one:
// DryRun records the calls a change would make instead of making them, and
// Audited appends every change to an audit log.
//
// Every error a Backend returns can be classified with errors.Is against the
// Err* kinds in this package and turned into a sentence for a person with
// Explain.
package backend

import "context"

// Names of the two implementations, as Backend.Name reports them and as the
// --backend flag spells them.
const (
	NameSandbox = "sandbox"
	NameAWS     = "aws"
)

// Backend is one AWS account as signin-doctor sees it: a few reads that show a
// person where they stand, and the changes that fix sign-in trouble.
//
// Methods that change something return a Receipt carrying the request id, so
// the audit log can point at the exact API call. New secrets (generated
// passwords, secret access keys) come back as Secret values, which never print
// themselves.
type Backend interface {
	// Name is NameSandbox or NameAWS.
	Name() string

	// WhoAmI tells which account and identity the backend acts as, and the
	// address of the account's IAM user sign-in page.
	WhoAmI(ctx context.Context) (Identity, error)
	// PasswordPolicy is the account's password policy, or IAM's default
	// rules (with IsDefault set) when the account has none.
	PasswordPolicy(ctx context.Context) (PasswordPolicy, error)
	// ListUsers lists the account's IAM users, sorted by name.
	ListUsers(ctx context.Context) ([]User, error)
	// GetUser describes one IAM user.
	GetUser(ctx context.Context, user string) (User, error)

	// ResetUserPassword gives an IAM user a new generated console password
	// that meets the password policy, creating the user's login profile when
	// they had none. The user must choose a new password at next sign-in.
	ResetUserPassword(ctx context.Context, user string) (PasswordReset, Receipt, error)
	// ChangeOwnPassword changes the calling IAM user's own console password.
	ChangeOwnPassword(ctx context.Context, oldPassword, newPassword Secret) (Receipt, error)

	// ListAccessKeys lists a user's access keys (at most two) with when,
	// where and for which service each was last used.
	ListAccessKeys(ctx context.Context, user string) ([]AccessKey, error)
	// CreateAccessKey creates an access key. A user who already has two keys
	// gets an error of kind ErrLimitExceeded.
	CreateAccessKey(ctx context.Context, user string) (NewAccessKey, Receipt, error)
	// SetAccessKeyStatus activates or deactivates an access key.
	SetAccessKeyStatus(ctx context.Context, user, keyID string, active bool) (Receipt, error)
	// DeleteAccessKey deletes an access key for good.
	DeleteAccessKey(ctx context.Context, user, keyID string) (Receipt, error)

	// ListMFADevices lists the MFA devices assigned to a user.
	ListMFADevices(ctx context.Context, user string) ([]MFADevice, error)
	// DeactivateMFADevice detaches an MFA device from a user, so that they
	// can sign in with their password alone and register a new device.
	DeactivateMFADevice(ctx context.Context, user, serial string) (Receipt, error)

	// ResetRootPassword starts the root user's password reset for the
	// account's email address. AWS offers no API for this: the aws backend
	// returns an error of kind ErrNotPossibleByAPI with the console address
	// and the steps; the sandbox writes the reset mail to a local outbox.
	ResetRootPassword(ctx context.Context, email string) (RootReset, Receipt, error)
	// CompleteRootReset finishes a root password reset with the code from
	// the reset mail, as the mail's link would. Only the sandbox can: on
	// AWS the link is followed in a browser (ErrNotPossibleByAPI).
	CompleteRootReset(ctx context.Context, code string, newPassword Secret) (Receipt, error)
}
