package awsiam

import (
	"context"
	"errors"
	"net"
	"regexp"
	"strings"

	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"

	"github.com/signin-doctor/signin-doctor/backend"
)

// errorKinds maps AWS error codes to the kinds front-ends branch on.
var errorKinds = map[string]*backend.Kind{
	"AccessDenied":                        backend.ErrAccessDenied,
	"AccessDeniedException":               backend.ErrAccessDenied,
	"UnauthorizedOperation":               backend.ErrAccessDenied,
	"NoSuchEntity":                        backend.ErrNotFound,
	"NoSuchEntityException":               backend.ErrNotFound,
	"LimitExceeded":                       backend.ErrLimitExceeded,
	"LimitExceededException":              backend.ErrLimitExceeded,
	"PasswordPolicyViolation":             backend.ErrPolicyViolation,
	"PasswordPolicyViolationException":    backend.ErrPolicyViolation,
	"Throttling":                          backend.ErrThrottled,
	"ThrottlingException":                 backend.ErrThrottled,
	"RequestLimitExceeded":                backend.ErrThrottled,
	"TooManyRequestsException":            backend.ErrThrottled,
	"EntityAlreadyExists":                 backend.ErrConflict,
	"EntityAlreadyExistsException":        backend.ErrConflict,
	"ValidationError":                     backend.ErrInvalidInput,
	"InvalidInput":                        backend.ErrInvalidInput,
	"InvalidClientTokenId":                backend.ErrCredentials,
	"SignatureDoesNotMatch":               backend.ErrCredentials,
	"IncompleteSignature":                 backend.ErrCredentials,
	"ExpiredToken":                        backend.ErrCredentials,
	"ExpiredTokenException":               backend.ErrCredentials,
	"UnrecognizedClientException":         backend.ErrCredentials,
	"InvalidAccessKeyId":                  backend.ErrCredentials,
	"AuthFailure":                         backend.ErrCredentials,
	"RequestExpired":                      backend.ErrCredentials,
	"InvalidClientTokenIdException":       backend.ErrCredentials,
	"MissingAuthenticationToken":          backend.ErrCredentials,
	"MissingAuthenticationTokenException": backend.ErrCredentials,
}

// deniedAction finds the action in AWS's access-denied message: "User: … is
// not authorized to perform: iam:CreateAccessKey on resource: …".
var deniedAction = regexp.MustCompile(`perform: ([a-zA-Z0-9-]+:[A-Za-z0-9]+)`)

// classify turns an SDK error into a *backend.Error with a kind, the request
// id and a short message fit for a person. op is the API operation (e.g.
// "CreateAccessKey"), target what it acted on.
func classify(op, target string, err error) error {
	if err == nil {
		return nil
	}
	e := &backend.Error{Op: op, Target: target, Err: err}
	var respErr *awshttp.ResponseError
	if errors.As(err, &respErr) {
		e.RequestID = respErr.ServiceRequestID()
	}
	service := "iam"
	var opErr *smithy.OperationError
	if errors.As(err, &opErr) {
		service = strings.ToLower(opErr.ServiceID)
		if opErr.OperationName != "" {
			e.Op = opErr.OperationName
		}
	}

	var apiErr smithy.APIError
	var netErr net.Error
	var opNetErr *net.OpError
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &apiErr):
		e.Kind = errorKinds[apiErr.ErrorCode()]
		e.Detail = apiErr.ErrorMessage()
		if e.Kind == nil {
			e.Detail = strings.TrimSpace(apiErr.ErrorCode() + ": " + apiErr.ErrorMessage())
		}
		if e.Kind == backend.ErrAccessDenied {
			e.Permission = service + ":" + e.Op
			if m := deniedAction.FindStringSubmatch(apiErr.ErrorMessage()); m != nil {
				e.Permission = m[1]
			}
		}
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		e.Kind = backend.ErrTimeout
	case errors.Is(err, context.Canceled):
		// Not a failure of AWS's: the person stopped waiting. No kind;
		// Explain recognises context.Canceled.
	case errors.As(err, &dnsErr), errors.As(err, &opNetErr) && opNetErr.Op == "dial":
		e.Kind = backend.ErrUnreachable
		e.Detail = "could not connect"
	case isCredentialsFailure(err):
		e.Kind = backend.ErrCredentials
		e.Detail = "no AWS credentials could be found or refreshed"
	}
	return e
}

// isCredentialsFailure recognises the SDK failing to obtain credentials
// before sending anything. The SDK has no exported type for this, so the
// message is all there is to go on.
func isCredentialsFailure(err error) bool {
	msg := err.Error()
	for _, s := range []string{"get identity", "failed to retrieve credentials", "failed to refresh cached credentials", "no valid credential sources"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// receipt reads the request id from a successful call's metadata.
func receipt(md middleware.Metadata) backend.Receipt {
	id, _ := awsmiddleware.GetRequestIDMetadata(md)
	return backend.Receipt{RequestID: id}
}
