package backend_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestErrorKindsWorkWithErrorsIs(t *testing.T) {
	kinds := []*backend.Kind{
		backend.ErrAccessDenied, backend.ErrNotFound, backend.ErrLimitExceeded,
		backend.ErrPolicyViolation, backend.ErrThrottled, backend.ErrTimeout,
		backend.ErrNotPossibleByAPI, backend.ErrConflict, backend.ErrInvalidInput,
		backend.ErrCredentials, backend.ErrUnreachable, backend.ErrCorruptState,
		backend.ErrDryRun, backend.ErrAuditFailed,
	}
	for _, k := range kinds {
		err := fmt.Errorf("reset password for bob: %w", &backend.Error{Kind: k, Op: "UpdateLoginProfile", Target: "bob"})
		if !errors.Is(err, k) {
			t.Errorf("errors.Is(%v, %s) = false", err, k.Name())
		}
		if got := backend.KindOf(err); got != k {
			t.Errorf("KindOf(%v) = %v", err, got)
		}
		for _, other := range kinds {
			if other != k && errors.Is(err, other) {
				t.Errorf("%s error also matches %s", k.Name(), other.Name())
			}
		}
	}
	if backend.KindOf(errors.New("plain")) != nil || backend.KindOf(nil) != nil {
		t.Error("KindOf gives a kind to an unclassified error")
	}
}

func TestErrorUnwrapsToCause(t *testing.T) {
	err := &backend.Error{Kind: backend.ErrTimeout, Op: "ListUsers", Err: context.DeadlineExceeded, RequestID: "req-1"}
	wrapped := fmt.Errorf("list users: %w", err)
	if !errors.Is(wrapped, context.DeadlineExceeded) {
		t.Error("the cause is not reachable through Unwrap")
	}
	if e := backend.AsError(wrapped); e == nil || e.RequestID != "req-1" {
		t.Errorf("AsError = %#v", e)
	}
	want := "ListUsers: timed out: context deadline exceeded"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	denied := &backend.Error{Kind: backend.ErrAccessDenied, Op: "CreateAccessKey", Target: "bob", Permission: "iam:CreateAccessKey"}
	if got := denied.Error(); got != "CreateAccessKey bob: access denied (iam:CreateAccessKey)" {
		t.Errorf("Error() = %q", got)
	}
}

func TestExplainTellsWhatToDo(t *testing.T) {
	sdkDump := errors.New("operation error IAM: CreateAccessKey, https response error StatusCode: 403, RequestID: 1234, api error AccessDenied: User: arn:aws:iam::1:user/x is not authorized")
	cases := []struct {
		err  error
		want []string
	}{
		{&backend.Error{Kind: backend.ErrAccessDenied, Permission: "iam:CreateAccessKey", Err: sdkDump},
			[]string{"You are not allowed to do this: the IAM permission iam:CreateAccessKey is missing.", "Ask your administrator"}},
		{&backend.Error{Kind: backend.ErrAccessDenied, Err: sdkDump}, []string{"not allowed", "administrator"}},
		{&backend.Error{Kind: backend.ErrNotFound, Target: "bobb", Err: sdkDump}, []string{"“bobb”", "Check the spelling"}},
		{&backend.Error{Kind: backend.ErrLimitExceeded, Op: "CreateAccessKey"}, []string{"two access keys", "delete"}},
		{&backend.Error{Kind: backend.ErrPolicyViolation, Detail: "the password needs at least 12 characters"}, []string{"at least 12 characters", "Choose another password"}},
		{&backend.Error{Kind: backend.ErrThrottled}, []string{"Wait a minute"}},
		{&backend.Error{Kind: backend.ErrTimeout, Err: sdkDump}, []string{"did not answer in time", "check before repeating"}},
		{&backend.Error{Kind: backend.ErrNotPossibleByAPI, ConsoleURL: "https://console.aws.amazon.com/"}, []string{"https://console.aws.amazon.com/", "steps"}},
		{&backend.Error{Kind: backend.ErrConflict, Detail: "user bob already has a password"}, []string{"User bob already has a password.", "change it"}},
		{&backend.Error{Kind: backend.ErrInvalidInput, Detail: "that code does not match"}, []string{"that code does not match", "Correct it"}},
		{&backend.Error{Kind: backend.ErrCredentials, Err: sdkDump}, []string{"credentials", "--profile"}},
		{&backend.Error{Kind: backend.ErrUnreachable}, []string{"could not be reached", "network"}},
		{&backend.Error{Kind: backend.ErrCorruptState, Target: "/home/x/sandbox.json"}, []string{"/home/x/sandbox.json", "signin-doctor sandbox reset"}},
		{&backend.Error{Kind: backend.ErrDryRun, Detail: "iam:CreateAccessKey UserName=bob"}, []string{"dry run: would call iam:CreateAccessKey UserName=bob"}},
		{&backend.Error{Kind: backend.ErrAuditFailed, Detail: "disk full"}, []string{"audit log", "disk full"}},
		{&backend.Error{Detail: "ServiceFailure: try later", RequestID: "abc-123"}, []string{"ServiceFailure: try later", "abc-123"}},
		{fmt.Errorf("step: %w", context.Canceled), []string{"cancelled", "check before trying again"}},
	}
	for _, c := range cases {
		got := backend.Explain(c.err)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("Explain(%v) = %q, want it to contain %q", c.err, got, w)
			}
		}
		if strings.Contains(got, "StatusCode") || strings.Contains(got, "operation error") {
			t.Errorf("Explain(%v) = %q dumps the SDK error", c.err, got)
		}
	}
	if backend.Explain(nil) != "" {
		t.Error("Explain(nil) is not empty")
	}
}
