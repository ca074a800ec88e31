package backend

import (
	"context"
	"strings"
	"sync"
)

// DryRun wraps a Backend for --dry-run: reads pass through, and every change
// is recorded as the API call it would make and answered with an error of
// kind ErrDryRun, whose Explain text says "dry run: would call …". Nothing is
// changed.
//
// To keep dry runs out of the audit log, put DryRun outside Audited:
// NewDryRun(NewAudited(b, path, caller)).
type DryRun struct {
	inner Backend

	mu      sync.Mutex
	planned []PlannedCall
}

var _ Backend = (*DryRun)(nil)

// NewDryRun wraps b.
func NewDryRun(b Backend) *DryRun { return &DryRun{inner: b} }

// Planned returns the calls recorded so far, oldest first.
func (d *DryRun) Planned() []PlannedCall {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]PlannedCall(nil), d.planned...)
}

// plan records call and returns the ErrDryRun error that stands for it. The
// error's Op is the call's API name, as it would be for a real failure.
func (d *DryRun) plan(target string, call PlannedCall) error {
	d.mu.Lock()
	d.planned = append(d.planned, call)
	d.mu.Unlock()
	return &Error{Kind: ErrDryRun, Op: strings.TrimPrefix(call.Action, "iam:"), Target: target, Detail: call.String()}
}

// Name is the wrapped backend's name.
func (d *DryRun) Name() string { return d.inner.Name() }

// WhoAmI passes through.
func (d *DryRun) WhoAmI(ctx context.Context) (Identity, error) { return d.inner.WhoAmI(ctx) }

// PasswordPolicy passes through.
func (d *DryRun) PasswordPolicy(ctx context.Context) (PasswordPolicy, error) {
	return d.inner.PasswordPolicy(ctx)
}

// ListUsers passes through.
func (d *DryRun) ListUsers(ctx context.Context) ([]User, error) { return d.inner.ListUsers(ctx) }

// GetUser passes through.
func (d *DryRun) GetUser(ctx context.Context, user string) (User, error) {
	return d.inner.GetUser(ctx, user)
}

// ListAccessKeys passes through.
func (d *DryRun) ListAccessKeys(ctx context.Context, user string) ([]AccessKey, error) {
	return d.inner.ListAccessKeys(ctx, user)
}

// ListMFADevices passes through.
func (d *DryRun) ListMFADevices(ctx context.Context, user string) ([]MFADevice, error) {
	return d.inner.ListMFADevices(ctx, user)
}

// ResetUserPassword reads the user, to tell whether the real call would create
// or update the login profile, and records that call. A user that cannot be
// read gets the read's error, since the real call would fail the same way.
func (d *DryRun) ResetUserPassword(ctx context.Context, user string) (PasswordReset, Receipt, error) {
	u, err := d.inner.GetUser(ctx, user)
	if err != nil {
		return PasswordReset{}, Receipt{}, err
	}
	// When the password state is unknown, UpdateLoginProfile is the better
	// guess: most users who ask for a reset had a password.
	return PasswordReset{}, Receipt{}, d.plan(user, resetPasswordCall(user, u.ConsolePassword != PasswordNone))
}

// ChangeOwnPassword records the call.
func (d *DryRun) ChangeOwnPassword(ctx context.Context, oldPassword, newPassword Secret) (Receipt, error) {
	return Receipt{}, d.plan("", changePasswordCall())
}

// CreateAccessKey records the call.
func (d *DryRun) CreateAccessKey(ctx context.Context, user string) (NewAccessKey, Receipt, error) {
	return NewAccessKey{}, Receipt{}, d.plan(user, createAccessKeyCall(user))
}

// SetAccessKeyStatus records the call.
func (d *DryRun) SetAccessKeyStatus(ctx context.Context, user, keyID string, active bool) (Receipt, error) {
	return Receipt{}, d.plan(user+"/"+keyID, setAccessKeyStatusCall(user, keyID, active))
}

// DeleteAccessKey records the call.
func (d *DryRun) DeleteAccessKey(ctx context.Context, user, keyID string) (Receipt, error) {
	return Receipt{}, d.plan(user+"/"+keyID, deleteAccessKeyCall(user, keyID))
}

// DeactivateMFADevice records the call.
func (d *DryRun) DeactivateMFADevice(ctx context.Context, user, serial string) (Receipt, error) {
	return Receipt{}, d.plan(user+"/"+serial, deactivateMFADeviceCall(user, serial))
}

// ResetRootPassword records the reset on the sandbox. On real AWS it passes
// through: there is no API to call, the aws backend changes nothing, and its
// answer (the console address and steps) is what the person needs.
func (d *DryRun) ResetRootPassword(ctx context.Context, email string) (RootReset, Receipt, error) {
	if d.inner.Name() == NameAWS {
		return d.inner.ResetRootPassword(ctx, email)
	}
	return RootReset{}, Receipt{}, d.plan(email, resetRootPasswordCall(email))
}

// CompleteRootReset records the call on the sandbox and passes through on
// AWS, where it changes nothing and says where to go instead.
func (d *DryRun) CompleteRootReset(ctx context.Context, code string, newPassword Secret) (Receipt, error) {
	if d.inner.Name() == NameAWS {
		return d.inner.CompleteRootReset(ctx, code, newPassword)
	}
	return Receipt{}, d.plan("root", completeRootResetCall())
}
