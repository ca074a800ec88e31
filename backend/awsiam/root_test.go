package awsiam

import (
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

// The root reset makes no request, so it needs no moto.
func TestResetRootPasswordIsNotPossibleByAPI(t *testing.T) {
	b, err := New(ctx, Options{Region: testRegion, Credentials: dummyCredentials, EndpointURL: "http://127.0.0.1:9"})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = b.ResetRootPassword(ctx, "root@example.com")
	e := wantKind(t, err, backend.ErrNotPossibleByAPI, "https://console.aws.amazon.com/", "no way to do this from a program")
	if e.ConsoleURL != "https://console.aws.amazon.com/" || e.Target != "root@example.com" {
		t.Errorf("error = %+v", e)
	}
	steps := strings.Join(e.Steps, "\n")
	for _, want := range []string{"Forgot your password?", "CAPTCHA", "@amazon.com", "spam"} {
		if !strings.Contains(steps, want) {
			t.Errorf("steps lack %q:\n%s", want, steps)
		}
	}
}
