package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iam"
)

// TestAWSBackendFromTheCommandLine runs the program with --backend aws
// against moto's server (started by `make test`), as someone would against
// real IAM: it makes a new access key for a user, end to end.
func TestAWSBackendFromTheCommandLine(t *testing.T) {
	endpoint := os.Getenv("SIGNIN_DOCTOR_MOTO_ENDPOINT")
	if endpoint == "" {
		msg := "SIGNIN_DOCTOR_MOTO_ENDPOINT is not set: run `make test`, which starts moto"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("AWS_ACCESS_KEY_ID", "testing")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "testing")
	t.Setenv("AWS_CONFIG_FILE", os.DevNull)
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
	client := iam.New(iam.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(endpoint),
		Credentials:  credentials.NewStaticCredentialsProvider("testing", "testing", ""),
	})
	user := "cli-user-" + strings.ReplaceAll(t.Name(), "/", "-")
	if _, err := client.CreateUser(context.Background(), &iam.CreateUserInput{UserName: aws.String(user)}); err != nil && !strings.Contains(err.Error(), "EntityAlreadyExists") {
		t.Fatal(err)
	}
	status, out, errOut := runCLI(t, strings.Join([]string{"5", "1", "1", "1", user, "y", "q"}, "\n")+"\n",
		"--plain", "--backend", "aws", "--region", "us-east-1", "--endpoint-url", endpoint)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if !strings.Contains(out, "Access key ID: AKIA") || !strings.Contains(out, "backend: aws · us-east-1 · "+endpoint) {
		t.Fatalf("no key created through the aws backend:\n%s", tail(out, 1500))
	}
	keys, err := client.ListAccessKeys(context.Background(), &iam.ListAccessKeysInput{UserName: aws.String(user)})
	if err != nil || len(keys.AccessKeyMetadata) != 1 {
		t.Fatalf("moto holds %v keys for %s (%v), want 1", keys, user, err)
	}
}

func TestSandboxFlagsAreCheckedAgainstTheBackend(t *testing.T) {
	status, _, errOut := runCLI(t, "", "--profile", "dev")
	if status != 2 || !strings.Contains(errOut, "--profile applies to --backend aws only") {
		t.Fatalf("--profile with the sandbox: %d %s", status, errOut)
	}
	status, _, errOut = runCLI(t, "", "--backend", "aws", "--sandbox-user", "erin")
	if status != 2 || !strings.Contains(errOut, "--sandbox-user applies to the sandbox only") {
		t.Fatalf("--sandbox-user with aws: %d %s", status, errOut)
	}
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	status, _, errOut = runCLI(t, "", "--plain", "--sandbox-user", "mallory")
	if status != 2 || !strings.Contains(errOut, "sandbox show") {
		t.Fatalf("unknown sandbox user: %d %s", status, errOut)
	}
}

func TestSandboxCommands(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	status, out, _ := runCLI(t, "", "sandbox", "show")
	if status != 0 || !strings.Contains(out, "alice — at the two-key limit") {
		t.Fatalf("sandbox show: %d\n%s", status, out)
	}
	runCLI(t, "5\n1\n1\n1\nbob\ny\nq\n", "--plain")
	_, out, _ = runCLI(t, "", "sandbox", "show")
	if strings.Count(out[strings.Index(out, "  bob"):strings.Index(out, "  carol")], "access key AKIA") != 2 {
		t.Fatalf("bob should have two keys after creating one:\n%s", out)
	}
	if status, out, _ = runCLI(t, "", "sandbox", "reset"); status != 0 || !strings.Contains(out, "back to its demo state") {
		t.Fatalf("sandbox reset: %d %s", status, out)
	}
	_, out, _ = runCLI(t, "", "sandbox", "show")
	if strings.Count(out[strings.Index(out, "  bob"):strings.Index(out, "  carol")], "access key AKIA") != 1 {
		t.Fatalf("reset did not restore bob's single key:\n%s", out)
	}
	if _, out, _ = runCLI(t, "", "sandbox", "outbox"); !strings.Contains(out, "outbox is empty") {
		t.Errorf("outbox: %s", out)
	}
}
