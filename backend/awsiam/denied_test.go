package awsiam

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

// setupCalls is how many requests the auth-checking moto server lets through
// unchecked before it authorizes every request as IAM would (moto's
// INITIAL_NO_AUTH_ACTION_COUNT, see its docs/docs/iam.rst). The test makes
// exactly these three: create a user, give it a narrow policy, and create
// its access key.
const setupCalls = 3

// TestAccessDeniedNamesThePermission calls as a user whose policy allows
// reading their own keys but nothing else, and expects moto's real
// AccessDenied, turned into a message naming the missing permission.
func TestAccessDeniedNamesThePermission(t *testing.T) {
	a := newAccount(t, motoAuthEndpointEnv)
	resetAuthCount(t, a.endpoint, setupCalls)

	user := uniqueName("limited")
	policy, _ := json.Marshal(map[string]any{
		"Version": "2012-10-17",
		"Statement": []map[string]any{{
			"Effect":   "Allow",
			"Action":   []string{"iam:ListAccessKeys", "iam:GetAccessKeyLastUsed"},
			"Resource": "*",
		}},
	})
	if _, err := a.iam.CreateUser(ctx, &iam.CreateUserInput{UserName: aws.String(user)}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.iam.PutUserPolicy(ctx, &iam.PutUserPolicyInput{UserName: aws.String(user), PolicyName: aws.String("read-own-keys"), PolicyDocument: aws.String(string(policy))}); err != nil {
		t.Fatal(err)
	}
	key, err := a.iam.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String(user)})
	if err != nil {
		t.Fatal(err)
	}
	limited := a.backendAs(t, credentials.NewStaticCredentialsProvider(*key.AccessKey.AccessKeyId, *key.AccessKey.SecretAccessKey, ""))

	// Allowed: the server really does check, and lets this through.
	keys, err := limited.ListAccessKeys(ctx, user)
	if err != nil || len(keys) != 1 {
		t.Fatalf("ListAccessKeys as the limited user = %+v, %v", keys, err)
	}
	// Reading the alias is denied, but WhoAmI still answers.
	id, err := limited.WhoAmI(ctx)
	if err != nil || id.UserName != user || id.SignInURL != "https://"+a.id+".signin.aws.amazon.com/console" {
		t.Errorf("WhoAmI as the limited user = %+v, %v", id, err)
	}

	_, _, err = limited.CreateAccessKey(ctx, user)
	e := wantKind(t, err, backend.ErrAccessDenied,
		"You are not allowed to do this: the IAM permission iam:CreateAccessKey is missing.",
		"Ask your administrator")
	if e.Permission != "iam:CreateAccessKey" || e.Op != "CreateAccessKey" || e.Target != user {
		t.Errorf("error = %+v", e)
	}
	wantRequestID(t, e.RequestID)

	_, err = limited.DeleteAccessKey(ctx, user, aws.ToString(key.AccessKey.AccessKeyId))
	wantKind(t, err, backend.ErrAccessDenied, "iam:DeleteAccessKey")

	// The policy cannot be read, so the change goes to IAM, which refuses it.
	_, err = limited.ChangeOwnPassword(ctx, backend.NewSecret("Old-Passw0rd!"), backend.NewSecret("New-Passw0rd-123!"))
	e = wantKind(t, err, backend.ErrAccessDenied, "iam:ChangePassword")
	if e.Permission != "iam:ChangePassword" {
		t.Errorf("Permission = %q", e.Permission)
	}

	_, _, err = limited.ResetUserPassword(ctx, user)
	wantKind(t, err, backend.ErrAccessDenied, "iam:GetLoginProfile")

	users, err := limited.ListUsers(ctx)
	wantKind(t, err, backend.ErrAccessDenied, "iam:ListUsers")
	if users != nil {
		t.Errorf("users = %+v", users)
	}

	// Credentials IAM does not know at all.
	stranger := a.backendAs(t, credentials.NewStaticCredentialsProvider("AKIAAAAAAAAAAAAAAAAA", "not-a-real-secret-key-at-all-000000000000", ""))
	_, err = stranger.ListAccessKeys(ctx, user)
	wantKind(t, err, backend.ErrCredentials, "credentials", "--profile")
}

// resetAuthCount restarts moto's count of unchecked requests, so the test
// can run again against the same server.
func resetAuthCount(t *testing.T, endpoint string, n int) {
	t.Helper()
	resp, err := http.Post(endpoint+"/moto-api/reset-auth", "text/plain", bytes.NewBufferString(itoa(n)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("moto reset-auth: %s", resp.Status)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
