// Package awsiam is the backend that acts on a real AWS account through IAM
// and STS, with aws-sdk-go-v2 and the standard credential chain (environment,
// shared config and credentials files, SSO, IMDS, …).
package awsiam

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/smithy-go/middleware"

	"github.com/signin-doctor/signin-doctor/backend"
)

// DefaultTimeout bounds each operation when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// defaultRegion is used when neither the options nor the profile name a
// region. IAM is global, so any region works; STS answers in every one.
const defaultRegion = "us-east-1"

// Options choose the account and how to reach it.
type Options struct {
	Profile     string        // a profile from the shared AWS config; "" for the default chain
	Region      string        // "" for the profile's or environment's region, else us-east-1
	EndpointURL string        // a custom endpoint for IAM and STS, such as a local moto server
	Timeout     time.Duration // per operation, retries included; 0 for DefaultTimeout
	// Credentials replaces the credential chain when set, for callers that
	// already hold credentials (and for tests).
	Credentials aws.CredentialsProvider
	// APIOptions are added to every request's middleware stack, for
	// callers that need to adjust requests (tests add a header that picks a
	// moto account). Proxies and custom CAs need nothing here: the SDK reads
	// HTTPS_PROXY and AWS_CA_BUNDLE itself.
	APIOptions []func(*middleware.Stack) error
}

// Backend is real IAM.
type Backend struct {
	iam     *iam.Client
	sts     *sts.Client
	timeout time.Duration
}

var _ backend.Backend = (*Backend)(nil)

// New loads the AWS configuration. It makes no request: missing or expired
// credentials show up on the first call, as an error of kind
// backend.ErrCredentials.
func New(ctx context.Context, opts Options) (*Backend, error) {
	var loaders []func(*config.LoadOptions) error
	if opts.Profile != "" {
		loaders = append(loaders, config.WithSharedConfigProfile(opts.Profile))
	}
	if opts.Region != "" {
		loaders = append(loaders, config.WithRegion(opts.Region))
	}
	if opts.Credentials != nil {
		loaders = append(loaders, config.WithCredentialsProvider(opts.Credentials))
	}
	apiOptions := opts.APIOptions
	if opts.EndpointURL != "" {
		loaders = append(loaders, config.WithBaseEndpoint(opts.EndpointURL))
		apiOptions = append(slices.Clip(apiOptions), unwrapErrorShape)
	}
	if len(apiOptions) > 0 {
		loaders = append(loaders, config.WithAPIOptions(apiOptions))
	}
	cfg, err := config.LoadDefaultConfig(ctx, loaders...)
	if err != nil {
		var missing config.SharedConfigProfileNotExistError
		if errors.As(err, &missing) {
			return nil, &backend.Error{
				Kind:   backend.ErrInvalidInput,
				Op:     "load AWS configuration",
				Target: opts.Profile,
				Detail: fmt.Sprintf("there is no AWS profile named %q in your AWS config files", opts.Profile),
				Err:    err,
			}
		}
		return nil, fmt.Errorf("load AWS configuration: %w", err)
	}
	if cfg.Region == "" {
		cfg.Region = defaultRegion
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Backend{iam: iam.NewFromConfig(cfg), sts: sts.NewFromConfig(cfg), timeout: timeout}, nil
}

// Name is backend.NameAWS.
func (b *Backend) Name() string { return backend.NameAWS }

// bound gives one operation its time limit.
func (b *Backend) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, b.timeout)
}
