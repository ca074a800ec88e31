package awsiam

import (
	"errors"
	"net/http"
	"testing"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/signin-doctor/signin-doctor/backend"
)

// sdkError builds the error chain the SDK returns for an API error:
// OperationError → ResponseError (with the request id) → the API error.
func sdkError(op, code, message string) error {
	return &smithy.OperationError{
		ServiceID:     "IAM",
		OperationName: op,
		Err: &awshttp.ResponseError{
			ResponseError: &smithyhttp.ResponseError{
				Response: &smithyhttp.Response{Response: &http.Response{StatusCode: 400}},
				Err:      &smithy.GenericAPIError{Code: code, Message: message},
			},
			RequestID: "req-" + code,
		},
	}
}

// Moto cannot produce every error AWS can (it never enforces the password
// policy, nor throttles), so the mapping of those codes is checked on the
// SDK's own error types.
func TestClassifyMapsErrorCodes(t *testing.T) {
	cases := []struct {
		code string
		kind *backend.Kind
	}{
		{"AccessDenied", backend.ErrAccessDenied},
		{"AccessDeniedException", backend.ErrAccessDenied},
		{"UnauthorizedOperation", backend.ErrAccessDenied},
		{"NoSuchEntity", backend.ErrNotFound},
		{"LimitExceeded", backend.ErrLimitExceeded},
		{"PasswordPolicyViolation", backend.ErrPolicyViolation},
		{"Throttling", backend.ErrThrottled},
		{"ThrottlingException", backend.ErrThrottled},
		{"RequestLimitExceeded", backend.ErrThrottled},
		{"EntityAlreadyExists", backend.ErrConflict},
		{"ValidationError", backend.ErrInvalidInput},
		{"InvalidClientTokenId", backend.ErrCredentials},
		{"ExpiredToken", backend.ErrCredentials},
	}
	for _, c := range cases {
		err := classify("CreateLoginProfile", "bob", sdkError("CreateLoginProfile", c.code, "the service's message"))
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: got %v, want %s", c.code, backend.KindOf(err), c.kind.Name())
			continue
		}
		e := backend.AsError(err)
		if e.RequestID != "req-"+c.code || e.Op != "CreateLoginProfile" || e.Target != "bob" || e.Detail != "the service's message" {
			t.Errorf("%s: error = %+v", c.code, e)
		}
	}

	err := classify("ChangePassword", "", sdkError("ChangePassword", "PasswordPolicyViolation", "Password should have at least one symbol"))
	if got := backend.Explain(err); got != "The account's password policy does not accept this password: Password should have at least one symbol. Choose another password that follows every rule, then try again." {
		t.Errorf("Explain = %q", got)
	}
	err = classify("ListUsers", "", sdkError("ListUsers", "Throttling", "Rate exceeded"))
	wantKind(t, err, backend.ErrThrottled, "Wait a minute")

	// An access denied message without the action still names a permission.
	err = classify("UpdateAccessKey", "bob", sdkError("UpdateAccessKey", "AccessDenied", "Access denied"))
	if e := backend.AsError(err); e.Permission != "iam:UpdateAccessKey" {
		t.Errorf("Permission = %q", e.Permission)
	}

	// An unknown code keeps AWS's words, not the SDK's chain.
	err = classify("GetUser", "bob", sdkError("GetUser", "ServiceFailure", "Internal error"))
	if backend.KindOf(err) != nil {
		t.Errorf("ServiceFailure classified as %v", backend.KindOf(err))
	}
	if got := backend.Explain(err); got != "Something unexpected went wrong: ServiceFailure: Internal error. If it keeps happening, give your administrator the request id req-ServiceFailure." {
		t.Errorf("Explain = %q", got)
	}
}
