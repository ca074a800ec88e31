package sandbox

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

var codeInMail = regexp.MustCompile(`\n    ([A-Z0-9]{4}-[A-Z0-9]{4})\n`)

func TestRootPasswordResetPractice(t *testing.T) {
	s := newTestSandbox(t)

	_, _, err := s.ResetRootPassword(ctx, "someone@else.example")
	wantKind(t, err, backend.ErrNotFound, "No account in the sandbox uses the address someone@else.example", "old mail from AWS")
	if mails, _ := s.Outbox(); len(mails) != 0 {
		t.Fatalf("a mail was sent for a wrong address: %+v", mails)
	}
	_, err = s.CompleteRootReset(ctx, "AAAA-BBBB", backend.NewSecret("New-Root-Passw0rd!"))
	wantKind(t, err, backend.ErrNotFound, "ask for one first")

	reset, receipt, err := s.ResetRootPassword(ctx, " ROOT@demo-corp.example ")
	if err != nil {
		t.Fatal(err)
	}
	wantReceipt(t, receipt)
	if reset.Email != DemoRootEmail || filepath.Dir(reset.MailPath) != s.OutboxDir() ||
		!strings.HasSuffix(reset.MailPath, "-password-reset.txt") {
		t.Fatalf("reset = %+v", reset)
	}
	mails, err := s.Outbox()
	if err != nil || len(mails) != 1 {
		t.Fatalf("Outbox = %+v, %v", mails, err)
	}
	mail := mails[0]
	if mail.Path != reset.MailPath || mail.To != DemoRootEmail || !strings.Contains(mail.Subject, "demo-corp") || mail.Time.IsZero() {
		t.Errorf("mail = %+v", mail)
	}
	if strings.Contains(mail.Body, "http") {
		t.Errorf("the practice mail holds a link: %s", mail.Body)
	}
	m := codeInMail.FindStringSubmatch(mail.Body)
	if m == nil {
		t.Fatalf("no code in the mail:\n%s", mail.Body)
	}
	code := m[1]

	_, err = s.CompleteRootReset(ctx, "ZZZZ-ZZZZ", backend.NewSecret("New-Root-Passw0rd!"))
	wantKind(t, err, backend.ErrInvalidInput, "does not match")
	_, err = s.CompleteRootReset(ctx, code, backend.NewSecret("weak"))
	wantKind(t, err, backend.ErrPolicyViolation, "at least 8 characters")

	// Codes may be typed in lower case and without the dash.
	typed := strings.ToLower(strings.ReplaceAll(code, "-", ""))
	if _, err := s.CompleteRootReset(ctx, typed, backend.NewSecret("New-Root-Passw0rd!")); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.CheckRootPassword(ctx, backend.NewSecret("New-Root-Passw0rd!")); !ok || err != nil {
		t.Errorf("the new root password does not work: %v %v", ok, err)
	}
	if ok, _ := s.CheckRootPassword(ctx, backend.NewSecret(DemoRootPassword)); ok {
		t.Error("the old root password still works")
	}
	_, err = s.CompleteRootReset(ctx, code, backend.NewSecret("Third-Root-Passw0rd!"))
	wantKind(t, err, backend.ErrNotFound) // each code works once
}

func TestOnlyTheNewestResetCodeWorks(t *testing.T) {
	s := newTestSandbox(t)
	var codes []string
	for range 2 {
		if _, _, err := s.ResetRootPassword(ctx, DemoRootEmail); err != nil {
			t.Fatal(err)
		}
	}
	mails, _ := s.Outbox()
	if len(mails) != 2 || mails[0].Path == mails[1].Path {
		t.Fatalf("outbox = %+v", mails)
	}
	for _, m := range mails {
		codes = append(codes, codeInMail.FindStringSubmatch(m.Body)[1])
	}
	_, err := s.CompleteRootReset(ctx, codes[0], backend.NewSecret("New-Root-Passw0rd!"))
	wantKind(t, err, backend.ErrInvalidInput)
	if _, err := s.CompleteRootReset(ctx, codes[1], backend.NewSecret("New-Root-Passw0rd!")); err != nil {
		t.Fatal(err)
	}
}

func TestResetRestoresTheDemoAccount(t *testing.T) {
	s := newTestSandbox(t)
	if _, err := s.DeleteAccessKey(ctx, "bob", mustKeys(t, s, "bob")[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.ResetRootPassword(ctx, DemoRootEmail); err != nil {
		t.Fatal(err)
	}
	unrelated := filepath.Join(s.OutboxDir(), "notes.txt")
	if err := os.WriteFile(unrelated, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if keys := mustKeys(t, s, "bob"); len(keys) != 1 {
		t.Errorf("bob has %d keys after reset", len(keys))
	}
	if mails, _ := s.Outbox(); len(mails) != 0 {
		t.Errorf("outbox after reset: %+v", mails)
	}
	if _, err := os.Stat(unrelated); err != nil {
		t.Errorf("reset removed a file it did not write: %v", err)
	}
	snap, err := s.Show(ctx)
	if err != nil || snap.Changes != 0 || snap.RootResetPending {
		t.Errorf("after reset: %+v, %v", snap, err)
	}
}

func mustKeys(t *testing.T, s *Sandbox, user string) []backend.AccessKey {
	t.Helper()
	keys, err := s.ListAccessKeys(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
