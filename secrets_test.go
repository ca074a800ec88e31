package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoSecretInAnyWrittenFile runs the program as a person would (plain
// mode on the sandbox), creates an access key and resets a password, reveals
// both secrets, and then reads every file the run wrote (sandbox account,
// audit log, outbox, transcript): none may hold a secret that was shown.
func TestNoSecretInAnyWrittenFile(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	transcriptPath := filepath.Join(t.TempDir(), "transcript.md")
	input := strings.Join([]string{
		// I lost my access keys → IAM user → allowed → make a key for bob,
		// reveal it, then retire the old key: check, switch off, delete.
		"5", "1", "1", "1", "bob", "y", "show", "1", "1", "1", "y", "1", "bob", "1", "1",
		// I forgot my IAM user password → I know both → administrator →
		// reset dave's password now, confirming with his name, reveal it.
		"3", "1", "2", "1", "dave", "dave", "show", "1", "1",
		// Practise the root reset, which writes a mail to the outbox.
		"2", "1", "5", "root@demo-corp.example", "y", "q",
	}, "\n") + "\n"
	status, out, errOut := runCLI(t, input, "--plain", "--transcript", transcriptPath)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}

	secrets := regexp.MustCompile(`(?m)^(?:> )?(?:Secret access key|Temporary password): (\S+)$`).FindAllStringSubmatch(out, -1)
	if len(secrets) != 2 {
		t.Fatalf("want 2 revealed secrets in the output, got %d:\n%s", len(secrets), tail(out, 3000))
	}
	var files []string
	for _, root := range []string{state, transcriptPath} {
		filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				files = append(files, path)
			}
			return nil
		})
	}
	wantWritten := map[string]bool{"sandbox.json": false, "audit.jsonl": false, "transcript.md": false}
	outbox, _ := filepath.Glob(filepath.Join(state, "signin-doctor", "outbox", "*"))
	if len(outbox) != 1 {
		t.Errorf("want one practice mail in the outbox, found %d", len(outbox))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wantWritten[filepath.Base(f)] = true
		for _, s := range secrets {
			if strings.Contains(string(data), s[1]) {
				t.Errorf("%s holds the secret that was shown", f)
			}
		}
		if info, _ := os.Stat(f); filepath.Base(f) == "audit.jsonl" && info.Mode().Perm() != 0o600 {
			t.Errorf("audit log mode %v, want 0600", info.Mode().Perm())
		}
	}
	for name, seen := range wantWritten {
		if !seen {
			t.Errorf("the run wrote no %s; the scan would prove nothing", name)
		}
	}
	audit, _ := os.ReadFile(filepath.Join(state, "signin-doctor", auditFileName))
	for _, action := range []string{"iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey", "iam:CreateLoginProfile", "ResetRootPassword"} {
		if !strings.Contains(string(audit), action) {
			t.Errorf("audit log lacks %s:\n%s", action, audit)
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
