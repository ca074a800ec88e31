package backend

import (
	"errors"
	"strings"
)

// Kind is the class of an error, the thing a front-end branches on. The
// values are the Err* variables; compare them with errors.Is.
type Kind struct {
	name string
	text string
}

// Error is the kind's short description, e.g. "access denied".
func (k *Kind) Error() string { return k.text }

// Name is the kind's identifier for logs, e.g. "access_denied".
func (k *Kind) Name() string { return k.name }

// The kinds of error a Backend returns.
var (
	// ErrAccessDenied: the caller lacks an IAM permission (Error.Permission
	// names it when known).
	ErrAccessDenied = &Kind{"access_denied", "access denied"}
	// ErrNotFound: no such user, key, device, login profile or email.
	ErrNotFound = &Kind{"not_found", "not found"}
	// ErrLimitExceeded: an IAM quota, such as two access keys per user.
	ErrLimitExceeded = &Kind{"limit_exceeded", "limit exceeded"}
	// ErrPolicyViolation: a password the account's password policy refuses.
	ErrPolicyViolation = &Kind{"policy_violation", "password policy violation"}
	// ErrThrottled: AWS asked us to slow down.
	ErrThrottled = &Kind{"throttled", "throttled"}
	// ErrTimeout: no answer in time.
	ErrTimeout = &Kind{"timeout", "timed out"}
	// ErrNotPossibleByAPI: AWS has no API for this; Error.ConsoleURL and
	// Error.Steps say how to do it by hand.
	ErrNotPossibleByAPI = &Kind{"not_possible_by_api", "not possible through the API"}
	// ErrConflict: the thing to create exists already.
	ErrConflict = &Kind{"conflict", "already exists"}
	// ErrInvalidInput: a value that can never be accepted (a malformed key
	// id, a wrong one-time code, an empty user name).
	ErrInvalidInput = &Kind{"invalid_input", "invalid input"}
	// ErrCredentials: the AWS credentials are missing, wrong or expired.
	ErrCredentials = &Kind{"credentials", "no valid AWS credentials"}
	// ErrUnreachable: the endpoint could not be reached at all.
	ErrUnreachable = &Kind{"unreachable", "AWS could not be reached"}
	// ErrCorruptState: the sandbox's file cannot be read; nothing was changed.
	ErrCorruptState = &Kind{"corrupt_state", "sandbox file is damaged"}
	// ErrDryRun: a change that DryRun recorded instead of making.
	ErrDryRun = &Kind{"dry_run", "dry run"}
	// ErrAuditFailed: the audit log could not be written.
	ErrAuditFailed = &Kind{"audit_failed", "audit log could not be written"}
)

// kinds lists every Kind, for KindOf.
var kinds = []*Kind{
	ErrAccessDenied, ErrNotFound, ErrLimitExceeded, ErrPolicyViolation,
	ErrThrottled, ErrTimeout, ErrNotPossibleByAPI, ErrConflict,
	ErrInvalidInput, ErrCredentials, ErrUnreachable, ErrCorruptState,
	ErrDryRun, ErrAuditFailed,
}

// KindOf returns the kind of err, or nil when err is nil or of no known kind.
func KindOf(err error) *Kind {
	for _, k := range kinds {
		if errors.Is(err, k) {
			return k
		}
	}
	return nil
}

// Error is the error every Backend returns: what was tried, on what, and why
// it failed, with enough detail for Explain to tell a person what to do.
type Error struct {
	Kind       *Kind  // one of the Err* kinds; nil when unclassified
	Op         string // the operation, named as the IAM API names it, e.g. "CreateAccessKey"
	Target     string // what it acted on: a user, "user/key id", an email address
	Permission string // the IAM action that was denied, e.g. "iam:CreateAccessKey"
	ConsoleURL string // where to do it by hand, for ErrNotPossibleByAPI
	Steps      []string
	RequestID  string // the AWS request id, or the sandbox's
	// Detail is a short sentence safe to show a person, such as the rules a
	// password broke or the service's own one-line message.
	Detail string
	Err    error // the underlying error, if any
}

// Error reads like "CreateAccessKey bob: access denied (iam:CreateAccessKey): detail".
func (e *Error) Error() string {
	var b strings.Builder
	if e.Op != "" {
		b.WriteString(e.Op)
		if e.Target != "" {
			b.WriteString(" " + e.Target)
		}
		b.WriteString(": ")
	}
	switch {
	case e.Kind != nil:
		b.WriteString(e.Kind.text)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	default:
		b.WriteString("failed")
	}
	if e.Permission != "" {
		b.WriteString(" (" + e.Permission + ")")
	}
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	if e.Kind != nil && e.Err != nil && e.Detail == "" {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrAccessDenied) and the like work.
func (e *Error) Is(target error) bool {
	k, ok := target.(*Kind)
	return ok && e.Kind != nil && k == e.Kind
}

// AsError returns the *Error in err's chain, or nil.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}
