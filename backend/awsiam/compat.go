package awsiam

import (
	"bytes"
	"context"
	"io"
	"regexp"

	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// IAM wraps an error as <ErrorResponse><Error>…</Error></ErrorResponse>.
// Some IAM-compatible endpoints, moto among them for its authorization
// errors (getmoto/moto issue 7641), put an <Errors> element around the
// <Error>. The SDK cannot read that shape and reports "UnknownError", which
// would hide an access-denied behind a meaningless message. When a custom
// endpoint is configured, error bodies of that shape are rewritten to IAM's
// before the SDK reads them. Real AWS never sends it, so nothing changes
// there.
var (
	wrappedErrorStart = regexp.MustCompile(`<Errors>\s*<Error>`)
	wrappedErrorEnd   = regexp.MustCompile(`</Error>\s*</Errors>`)
)

// maxErrorBody bounds how much of an error response is read for rewriting.
const maxErrorBody = 1 << 20

// unwrapErrorShape adds the rewriting step to a client's middleware stack.
func unwrapErrorShape(stack *middleware.Stack) error {
	// Added after the SDK's own deserializer, so it sees the raw response
	// on its way back, before the SDK parses it.
	return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("SigninDoctorUnwrapErrors",
		func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
			out, md, err := next.HandleDeserialize(ctx, in)
			if err != nil {
				return out, md, err
			}
			resp, ok := out.RawResponse.(*smithyhttp.Response)
			if !ok || resp.StatusCode < 300 || resp.Body == nil {
				return out, md, err
			}
			body, readErr := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
			_ = resp.Body.Close()
			if readErr == nil && bytes.Contains(body, []byte("<ErrorResponse")) {
				body = wrappedErrorStart.ReplaceAll(body, []byte("<Error>"))
				body = wrappedErrorEnd.ReplaceAll(body, []byte("</Error>"))
			}
			resp.Body = io.NopCloser(bytes.NewReader(body))
			return out, md, err
		}), middleware.After)
}
