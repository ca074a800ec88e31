package actions

import (
	"errors"

	"github.com/signin-doctor/signin-doctor/backend"
)

// FailureKind names a failure in the vocabulary trees use for on_error
// branches (flows.FailureKinds): "limit-exceeded", "access-denied", … and
// "other" for anything without a name of its own (trees catch it with "any").
func FailureKind(err error) string {
	switch backend.KindOf(err) {
	case backend.ErrAccessDenied:
		return "access-denied"
	case backend.ErrNotFound:
		return "not-found"
	case backend.ErrLimitExceeded:
		return "limit-exceeded"
	case backend.ErrPolicyViolation:
		return "policy-violation"
	case backend.ErrThrottled:
		return "throttled"
	case backend.ErrTimeout:
		return "timeout"
	case backend.ErrNotPossibleByAPI:
		return "not-possible"
	case backend.ErrConflict:
		return "conflict"
	case backend.ErrInvalidInput:
		return "invalid-input"
	}
	return "other"
}

// IsDryRun reports whether err only says what a dry run would have done.
func IsDryRun(err error) bool { return errors.Is(err, backend.ErrDryRun) }
