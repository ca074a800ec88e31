package backend_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

func readAudit(t *testing.T, path string) []backend.AuditRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var records []backend.AuditRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r backend.AuditRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("audit line %q is not JSON: %v", sc.Text(), err)
		}
		records = append(records, r)
	}
	return records
}

func TestAuditedLogsEveryChangeAndNoSecret(t *testing.T) {
	ctx := context.Background()
	sb := newSandbox(t)
	path := filepath.Join(t.TempDir(), "logs", "audit.jsonl")
	a := backend.NewAudited(sb, path, "helpdesk@example")

	// Reads are not logged.
	if _, err := a.ListUsers(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a read created the audit log: %v", err)
	}

	key, keyReceipt, err := a.CreateAccessKey(ctx, "carol")
	if err != nil {
		t.Fatal(err)
	}
	reset, resetReceipt, err := a.ResetUserPassword(ctx, "dave")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.SetAccessKeyStatus(ctx, "carol", key.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DeleteAccessKey(ctx, "carol", key.ID); err != nil {
		t.Fatal(err)
	}
	_, _, limitErr := a.CreateAccessKey(ctx, "alice") // alice is at the two-key limit
	if !errors.Is(limitErr, backend.ErrLimitExceeded) {
		t.Fatalf("err = %v", limitErr)
	}
	if _, err := a.DeactivateMFADevice(ctx, "carol", "arn:aws:iam::111122223333:mfa/carol-phone"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.ResetRootPassword(ctx, sandbox.DemoRootEmail); err != nil {
		t.Fatal(err)
	}
	newPassword := backend.NewSecret("Brand-New-Passw0rd!")
	if err := sb.SetCaller(ctx, "bob"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ChangeOwnPassword(ctx, backend.NewSecret(sandbox.DemoUserPassword), newPassword); err != nil {
		t.Fatal(err)
	}

	records := readAudit(t, path)
	want := []struct{ action, target, result string }{
		{"iam:CreateAccessKey", "carol", "ok"},
		{"iam:CreateLoginProfile", "dave", "ok"},
		{"iam:UpdateAccessKey", "carol/" + key.ID, "ok"},
		{"iam:DeleteAccessKey", "carol/" + key.ID, "ok"},
		{"iam:CreateAccessKey", "alice", "limit_exceeded"},
		{"iam:DeactivateMFADevice", "carol/arn:aws:iam::111122223333:mfa/carol-phone", "ok"},
		{"ResetRootPassword", sandbox.DemoRootEmail, "ok"},
		{"iam:ChangePassword", "self", "ok"},
	}
	if len(records) != len(want) {
		t.Fatalf("%d audit lines, want %d: %+v", len(records), len(want), records)
	}
	for i, w := range want {
		r := records[i]
		if r.Action != w.action || r.Target != w.target || r.Result != w.result {
			t.Errorf("line %d = %s %s %s, want %s %s %s", i+1, r.Action, r.Target, r.Result, w.action, w.target, w.result)
		}
		if r.Backend != "sandbox" || r.Caller != "helpdesk@example" || r.RequestID == "" {
			t.Errorf("line %d = %+v", i+1, r)
		}
		ts, err := time.Parse(time.RFC3339, r.Time)
		if err != nil || ts.Location() != time.UTC || time.Since(ts) > time.Minute {
			t.Errorf("line %d time %q is not a recent RFC 3339 UTC time", i+1, r.Time)
		}
	}
	if records[0].RequestID != keyReceipt.RequestID || records[1].RequestID != resetReceipt.RequestID {
		t.Error("request ids in the log differ from the receipts")
	}
	if records[2].Params["Status"] != "Inactive" {
		t.Errorf("UpdateAccessKey params = %v", records[2].Params)
	}
	if e := backend.AsError(limitErr); records[4].RequestID != e.RequestID {
		t.Errorf("failed call logged request id %q, error has %q", records[4].RequestID, e.RequestID)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, secret := range map[string]string{
		"secret access key":  key.Secret.Reveal(),
		"generated password": reset.Password.Reveal(),
		"new password":       newPassword.Reveal(),
		"old password":       sandbox.DemoUserPassword,
	} {
		if secret == "" || strings.Contains(string(data), secret) {
			t.Errorf("the audit log holds the %s", name)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("audit log mode %v, want 0600", info.Mode().Perm())
	}
}

func TestAuditedKeepsTheLogPrivateAndAppends(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	earlier := `{"time":"2020-01-01T00:00:00Z","action":"earlier"}` + "\n"
	if err := os.WriteFile(path, []byte(earlier), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil { // umask may have narrowed it
		t.Fatal(err)
	}
	a := backend.NewAudited(newSandbox(t), path, "me")
	if _, _, err := a.CreateAccessKey(ctx, "carol"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), earlier) || strings.Count(string(data), "\n") != 2 {
		t.Errorf("log = %q, want the earlier line kept and one appended", data)
	}
}

func TestAuditedConcurrentCallsWriteWholeLines(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	sb := newSandbox(t)
	// Two Audited values on one file, as two processes would have.
	first, second := backend.NewAudited(sb, path, "one"), backend.NewAudited(sb, path, "two")
	var wg sync.WaitGroup
	for _, a := range []*backend.Audited{first, second, first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				_, _ = a.SetAccessKeyStatus(ctx, "bob", "AKIANOSUCHKEY0000000", false)
			}
		}()
	}
	wg.Wait()
	records := readAudit(t, path)
	if len(records) != 20 {
		t.Fatalf("%d lines, want 20", len(records))
	}
	for _, r := range records {
		if r.Result != "not_found" {
			t.Errorf("result %q, want not_found", r.Result)
		}
	}
}

func TestAuditedRefusesToChangeWhenTheLogCannotBeOpened(t *testing.T) {
	ctx := context.Background()
	sb := newSandbox(t)
	dir := t.TempDir() // a folder where the log file should be: cannot be opened for writing
	a := backend.NewAudited(sb, dir, "me")
	before := changes(t, sb)
	_, _, err := a.CreateAccessKey(ctx, "carol")
	if !errors.Is(err, backend.ErrAuditFailed) {
		t.Fatalf("err = %v, want ErrAuditFailed", err)
	}
	if after := changes(t, sb); after != before {
		t.Error("the change was made although it could not be audited")
	}
	if !strings.Contains(backend.Explain(err), "audit log") {
		t.Errorf("Explain = %q", backend.Explain(err))
	}
}
