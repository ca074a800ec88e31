package backend

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// AuditRecord is one line of the audit log.
type AuditRecord struct {
	Time      string            `json:"time"`    // RFC 3339, UTC
	Backend   string            `json:"backend"` // "sandbox" or "aws"
	Caller    string            `json:"caller"`  // who ran signin-doctor
	Action    string            `json:"action"`  // e.g. "iam:CreateAccessKey"
	Target    string            `json:"target"`  // e.g. "bob" or "bob/AKIA…"
	Params    map[string]string `json:"params,omitempty"`
	Result    string            `json:"result"` // "ok", or the error kind's name
	RequestID string            `json:"request_id"`
}

// Audited wraps a Backend so that every change is appended to an audit log:
// one JSON line per call, whether it worked or not. Reads are not logged.
//
// The log file is created with mode 0600 (and set back to 0600 if someone
// widened it), opened with O_APPEND so that several processes can share it,
// and fsynced before the call returns. It never holds a secret: generated
// passwords and secret access keys are Secret values and parameters that
// carry one are left out.
//
// The file is opened before the change is made, so an unwritable log stops
// the change (ErrAuditFailed, nothing changed). If the line cannot be written
// after a successful change, the call's results are returned together with an
// error of kind ErrAuditFailed: a new secret is shown only once, and losing it
// would be worse than a missing log line.
type Audited struct {
	inner  Backend
	path   string
	caller string
	now    func() time.Time

	mu sync.Mutex // keeps this process's lines whole and in order
}

var _ Backend = (*Audited)(nil)

// NewAudited logs b's changes to the file at path, naming caller (the person
// or account running signin-doctor) in each line.
func NewAudited(b Backend, path, caller string) *Audited {
	return &Audited{inner: b, path: path, caller: caller, now: time.Now}
}

// Name is the wrapped backend's name.
func (a *Audited) Name() string { return a.inner.Name() }

// WhoAmI passes through.
func (a *Audited) WhoAmI(ctx context.Context) (Identity, error) { return a.inner.WhoAmI(ctx) }

// PasswordPolicy passes through.
func (a *Audited) PasswordPolicy(ctx context.Context) (PasswordPolicy, error) {
	return a.inner.PasswordPolicy(ctx)
}

// ListUsers passes through.
func (a *Audited) ListUsers(ctx context.Context) ([]User, error) { return a.inner.ListUsers(ctx) }

// GetUser passes through.
func (a *Audited) GetUser(ctx context.Context, user string) (User, error) {
	return a.inner.GetUser(ctx, user)
}

// ListAccessKeys passes through.
func (a *Audited) ListAccessKeys(ctx context.Context, user string) ([]AccessKey, error) {
	return a.inner.ListAccessKeys(ctx, user)
}

// ListMFADevices passes through.
func (a *Audited) ListMFADevices(ctx context.Context, user string) ([]MFADevice, error) {
	return a.inner.ListMFADevices(ctx, user)
}

// ResetUserPassword is logged as iam:CreateLoginProfile or
// iam:UpdateLoginProfile, whichever was made; on failure, as the call that
// failed.
func (a *Audited) ResetUserPassword(ctx context.Context, user string) (PasswordReset, Receipt, error) {
	var reset PasswordReset
	describe := func(err error) PlannedCall {
		if err == nil {
			return resetPasswordCall(user, !reset.Created)
		}
		if e := AsError(err); e != nil && e.Op != "" {
			return PlannedCall{Action: "iam:" + e.Op, Params: []Param{{"UserName", user}}}
		}
		return PlannedCall{Action: "iam:UpdateLoginProfile", Params: []Param{{"UserName", user}}}
	}
	receipt, err := a.record(user, describe, func() (Receipt, error) {
		var r Receipt
		var err error
		reset, r, err = a.inner.ResetUserPassword(ctx, user)
		return r, err
	})
	return reset, receipt, err
}

// ChangeOwnPassword is logged as iam:ChangePassword with target "self".
func (a *Audited) ChangeOwnPassword(ctx context.Context, oldPassword, newPassword Secret) (Receipt, error) {
	return a.record("self", fixed(changePasswordCall()), func() (Receipt, error) {
		return a.inner.ChangeOwnPassword(ctx, oldPassword, newPassword)
	})
}

// CreateAccessKey is logged as iam:CreateAccessKey; the secret is not.
func (a *Audited) CreateAccessKey(ctx context.Context, user string) (NewAccessKey, Receipt, error) {
	var key NewAccessKey
	receipt, err := a.record(user, fixed(createAccessKeyCall(user)), func() (Receipt, error) {
		var r Receipt
		var err error
		key, r, err = a.inner.CreateAccessKey(ctx, user)
		return r, err
	})
	return key, receipt, err
}

// SetAccessKeyStatus is logged as iam:UpdateAccessKey with the new status.
func (a *Audited) SetAccessKeyStatus(ctx context.Context, user, keyID string, active bool) (Receipt, error) {
	return a.record(user+"/"+keyID, fixed(setAccessKeyStatusCall(user, keyID, active)), func() (Receipt, error) {
		return a.inner.SetAccessKeyStatus(ctx, user, keyID, active)
	})
}

// DeleteAccessKey is logged as iam:DeleteAccessKey.
func (a *Audited) DeleteAccessKey(ctx context.Context, user, keyID string) (Receipt, error) {
	return a.record(user+"/"+keyID, fixed(deleteAccessKeyCall(user, keyID)), func() (Receipt, error) {
		return a.inner.DeleteAccessKey(ctx, user, keyID)
	})
}

// DeactivateMFADevice is logged as iam:DeactivateMFADevice.
func (a *Audited) DeactivateMFADevice(ctx context.Context, user, serial string) (Receipt, error) {
	return a.record(user+"/"+serial, fixed(deactivateMFADeviceCall(user, serial)), func() (Receipt, error) {
		return a.inner.DeactivateMFADevice(ctx, user, serial)
	})
}

// ResetRootPassword is logged as ResetRootPassword with the email as target,
// including on AWS, where it fails with ErrNotPossibleByAPI: the log then
// shows that the person was sent to the console.
func (a *Audited) ResetRootPassword(ctx context.Context, email string) (RootReset, Receipt, error) {
	var reset RootReset
	receipt, err := a.record(email, fixed(resetRootPasswordCall(email)), func() (Receipt, error) {
		var r Receipt
		var err error
		reset, r, err = a.inner.ResetRootPassword(ctx, email)
		return r, err
	})
	return reset, receipt, err
}

// CompleteRootReset records that the practice reset was finished (never the
// code or the password).
func (a *Audited) CompleteRootReset(ctx context.Context, code string, newPassword Secret) (Receipt, error) {
	return a.record("root", fixed(completeRootResetCall()), func() (Receipt, error) {
		return a.inner.CompleteRootReset(ctx, code, newPassword)
	})
}

func fixed(c PlannedCall) func(error) PlannedCall {
	return func(error) PlannedCall { return c }
}

// record opens the log, makes the call, and appends its line.
func (a *Audited) record(target string, describe func(error) PlannedCall, call func() (Receipt, error)) (Receipt, error) {
	f, err := a.open()
	if err != nil {
		return Receipt{}, &Error{Kind: ErrAuditFailed, Target: a.path, Detail: "nothing was changed", Err: err}
	}
	defer f.Close()

	receipt, callErr := call()

	rec := AuditRecord{
		Time:      a.now().UTC().Format(time.RFC3339),
		Backend:   a.inner.Name(),
		Caller:    a.caller,
		Target:    target,
		Result:    "ok",
		RequestID: receipt.RequestID,
	}
	c := describe(callErr)
	rec.Action = c.Action
	for _, p := range c.Params {
		// Parameters that stand for a secret are shown redacted by the
		// call descriptions; they tell an auditor nothing, so leave them out.
		if strings.HasPrefix(p.Value, Redacted) {
			continue
		}
		if rec.Params == nil {
			rec.Params = map[string]string{}
		}
		rec.Params[p.Name] = p.Value
	}
	if callErr != nil {
		rec.Result = "error"
		if k := KindOf(callErr); k != nil {
			rec.Result = k.Name()
		}
		if e := AsError(callErr); e != nil && rec.RequestID == "" {
			rec.RequestID = e.RequestID
		}
	}

	if err := a.write(f, rec); err != nil {
		auditErr := &Error{Kind: ErrAuditFailed, Op: rec.Action, Target: a.path, Detail: "the change itself was made", Err: err}
		if callErr != nil {
			auditErr.Detail = ""
			return receipt, fmt.Errorf("%w (%w)", callErr, auditErr)
		}
		return receipt, auditErr
	}
	return receipt, callErr
}

// open opens the log for appending, creating it (and its folder) private to
// the user.
func (a *Audited) open() (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(a.path), 0o700); err != nil {
		return nil, fmt.Errorf("create audit log folder: %w", err)
	}
	f, err := os.OpenFile(a.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open audit log: %w", err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("open audit log: %w", err)
	}
	if info.Mode().Perm() != 0o600 {
		if err := f.Chmod(0o600); err != nil {
			f.Close()
			return nil, fmt.Errorf("make audit log private: %w", err)
		}
	}
	return f, nil
}

// write appends one line with a single write, so lines from several
// processes never interleave, and fsyncs it.
func (a *Audited) write(f *os.File, rec AuditRecord) error {
	line, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode audit record: %w", err)
	}
	line = append(line, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := f.Write(line); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync audit log: %w", err)
	}
	return nil
}
