package awsiam

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/signin-doctor/signin-doctor/backend"
)

// These tests talk to moto's server (https://github.com/getmoto/moto), which
// scripts/with-moto installs and starts on loopback:
//
//	scripts/with-moto go test ./backend/...
//
// Each test works in an AWS account of its own: moto keeps a separate IAM
// per account id, chosen with the x-moto-account-id header, so account-wide
// settings (password policy, alias) never leak between tests.

const (
	motoEndpointEnv     = "SIGNIN_DOCTOR_MOTO_ENDPOINT"
	motoAuthEndpointEnv = "SIGNIN_DOCTOR_MOTO_AUTH_ENDPOINT"
	testRegion          = "us-east-1"
)

var ctx = context.Background()

// dummyCredentials are accepted by a moto server that checks no permissions.
var dummyCredentials = credentials.NewStaticCredentialsProvider("testing", "testing", "")

// endpoint returns the moto server's address from env, skipping the test when
// it is not set, except in CI, where a missing moto is a failure.
func endpoint(t *testing.T, env string) string {
	t.Helper()
	ep := os.Getenv(env)
	if ep == "" {
		msg := env + " is not set: these tests need moto's server. Run `make test`, or `scripts/with-moto go test ./backend/...`, which installs and starts it."
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return ep
}

// account is one moto account: the backend under test and a raw IAM client
// for setting the scene.
type account struct {
	id       string
	endpoint string
	backend  *Backend
	iam      *iam.Client
}

// newAccount makes a fresh moto account on the server at env.
func newAccount(t *testing.T, env string) *account {
	t.Helper()
	ep := endpoint(t, env)
	n, err := rand.Int(rand.Reader, big.NewInt(899_999_999_999))
	if err != nil {
		t.Fatal(err)
	}
	a := &account{id: fmt.Sprintf("%012d", n.Int64()+100_000_000_000), endpoint: ep}
	a.backend = a.backendAs(t, dummyCredentials)
	a.iam = iam.New(iam.Options{
		Region:       testRegion,
		BaseEndpoint: aws.String(ep),
		Credentials:  dummyCredentials,
		APIOptions:   []func(*middleware.Stack) error{a.pickAccount},
	})
	return a
}

// backendAs is the backend under test, acting with the given credentials.
func (a *account) backendAs(t *testing.T, creds aws.CredentialsProvider) *Backend {
	t.Helper()
	b, err := New(ctx, Options{
		Region:      testRegion,
		EndpointURL: a.endpoint,
		Timeout:     20 * time.Second,
		Credentials: creds,
		APIOptions:  []func(*middleware.Stack) error{a.pickAccount},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pickAccount adds moto's x-moto-account-id header to every request.
func (a *account) pickAccount(stack *middleware.Stack) error {
	return stack.Build.Add(middleware.BuildMiddlewareFunc("MotoAccount",
		func(ctx context.Context, in middleware.BuildInput, next middleware.BuildHandler) (middleware.BuildOutput, middleware.Metadata, error) {
			if req, ok := in.Request.(*smithyhttp.Request); ok {
				req.Header.Set("x-moto-account-id", a.id)
			}
			return next.HandleBuild(ctx, in)
		}), middleware.After)
}

// uniqueName is a user name no other test (or earlier run against the same
// server) uses.
func uniqueName(prefix string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return prefix + "-" + hex.EncodeToString(b[:])
}

// createUser makes a user for the test, optionally with a console password.
func (a *account) createUser(t *testing.T, prefix string, withPassword bool) string {
	t.Helper()
	name := uniqueName(prefix)
	if _, err := a.iam.CreateUser(ctx, &iam.CreateUserInput{UserName: aws.String(name)}); err != nil {
		t.Fatal(err)
	}
	if withPassword {
		_, err := a.iam.CreateLoginProfile(ctx, &iam.CreateLoginProfileInput{UserName: aws.String(name), Password: aws.String("Initial-Passw0rd!")})
		if err != nil {
			t.Fatal(err)
		}
	}
	return name
}

// wantKind checks an error's kind, that it names a request id when AWS gave
// one, and that Explain tells the person something useful.
func wantKind(t *testing.T, err error, kind *backend.Kind, explain ...string) *backend.Error {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want kind %s", err, kind.Name())
	}
	e := backend.AsError(err)
	if e == nil {
		t.Fatalf("err %v is not a *backend.Error", err)
	}
	text := backend.Explain(err)
	for _, phrase := range explain {
		if !strings.Contains(text, phrase) {
			t.Errorf("Explain = %q, want it to contain %q", text, phrase)
		}
	}
	for _, raw := range []string{"operation error", "StatusCode", "https response error"} {
		if strings.Contains(text, raw) {
			t.Errorf("Explain = %q dumps the SDK error", text)
		}
	}
	return e
}

func wantRequestID(t *testing.T, id string) {
	t.Helper()
	if len(id) < 10 {
		t.Errorf("request id %q: moto's request id was not captured", id)
	}
}
