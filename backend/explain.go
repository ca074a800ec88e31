package backend

import (
	"context"
	"errors"
	"strings"
)

// Explain turns an error from a Backend into one or two sentences for a
// person who is already having a bad day: what happened, and what to do
// next. It never returns a raw SDK message.
func Explain(err error) string {
	if err == nil {
		return ""
	}
	e := AsError(err)
	if e == nil {
		// Not one of ours (a file system error, say): its first line is
		// the most useful detail there is.
		e = &Error{Err: err, Detail: firstLine(err.Error())}
	}
	target := e.Target
	switch KindOf(err) {
	case ErrAccessDenied:
		if e.Permission != "" {
			return "You are not allowed to do this: the IAM permission " + e.Permission +
				" is missing. Ask your administrator to grant it, or to do this step for you."
		}
		return "You are not allowed to do this. Ask your administrator for the permission, or to do this step for you."
	case ErrNotFound:
		if e.Op == ActionResetRootPassword {
			return sentence(e.Detail) + " Check the address; old mail from AWS shows which address the account was opened with."
		}
		if e.Detail != "" {
			return sentence(e.Detail) + " Check the spelling (names are case-sensitive) and that you are working in the right AWS account."
		}
		if target != "" {
			return "Nothing called " + quote(target) + " was found. Check the spelling (names are case-sensitive) and that you are working in the right AWS account."
		}
		return "What you asked for was not found. Check the spelling and that you are working in the right AWS account."
	case ErrLimitExceeded:
		if e.Op == "CreateAccessKey" {
			return "This user already has two access keys, the most IAM allows. Deactivate and then delete the key that is no longer used, then create the new one."
		}
		return "An AWS limit was reached" + detailSuffix(e) + ". Remove something that is no longer needed, then try again."
	case ErrPolicyViolation:
		return "The account's password policy does not accept this password" + detailSuffix(e) + ". Choose another password that follows every rule, then try again."
	case ErrThrottled:
		return "AWS is limiting how quickly requests can be made right now. Wait a minute, then try again."
	case ErrTimeout:
		return "AWS did not answer in time. Check your network connection (and any VPN or proxy), then try again; the step may or may not have been done, so check before repeating it."
	case ErrNotPossibleByAPI:
		where := "the AWS console"
		if e.ConsoleURL != "" {
			where = e.ConsoleURL
		}
		return "AWS offers no way to do this from a program, so signin-doctor cannot do it for you. Do it yourself at " + where + " by following the steps shown."
	case ErrConflict:
		if e.Detail != "" {
			return sentence(e.Detail) + " Look at what is there now and change it instead of creating it again."
		}
		return "That already exists. Look at what is there now and change it instead of creating it again."
	case ErrInvalidInput:
		return "That value was not accepted" + detailSuffix(e) + ". Correct it and try again."
	case ErrCredentials:
		return "signin-doctor has no working AWS credentials: they are missing, wrong or expired. Sign in again (for example with `aws sso login` or `aws configure`), or pick another profile with --profile."
	case ErrUnreachable:
		return "AWS could not be reached. Check your network connection, proxy and any --endpoint-url setting, then try again."
	case ErrCorruptState:
		where := "The sandbox file"
		if target != "" {
			where = "The sandbox file " + target
		}
		return where + " is damaged, so nothing was changed. Repair it by hand, or run `signin-doctor sandbox reset` to start again from the demo account (this discards your practice changes)."
	case ErrDryRun:
		return "dry run: would call " + e.Detail + ". Nothing was changed."
	case ErrAuditFailed:
		return "The audit log could not be written" + detailSuffix(e) + ". Fix the log file (disk space, permissions) and tell whoever reviews the audit log what was done."
	}
	if errors.Is(err, context.Canceled) {
		return "The step was cancelled before it finished. It may or may not have been done, so check before trying again."
	}
	msg := "Something unexpected went wrong" + detailSuffix(e) + "."
	if e.RequestID != "" {
		msg += " If it keeps happening, give your administrator the request id " + e.RequestID + "."
	} else {
		msg += " Try again; if it keeps happening, ask your administrator for help."
	}
	return msg
}

// detailSuffix is ": detail" when the error carries a detail, so sentences
// read naturally either way.
func detailSuffix(e *Error) string {
	d := strings.TrimRight(e.Detail, ". ")
	if d == "" {
		return ""
	}
	return ": " + d
}

// sentence capitalises the first letter and ends with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// firstLine cuts a message to its first line and at most 200 bytes.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func quote(s string) string { return "“" + s + "”" }
