package sandbox

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestChangesPersistAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	first, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := first.CreateAccessKey(ctx, "carol")
	if err != nil {
		t.Fatal(err)
	}
	second, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := second.ListAccessKeys(ctx, "carol")
	if err != nil || len(keys) != 1 || keys[0].ID != key.ID {
		t.Fatalf("a second Sandbox on the folder sees %+v, %v", keys, err)
	}
	data, err := os.ReadFile(first.Path())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(key.Secret.Reveal())) || bytes.Contains(data, []byte(DemoUserPassword)) {
		t.Error("the sandbox file holds a secret in clear")
	}
}

func TestCorruptFileIsReportedNeverReseeded(t *testing.T) {
	for name, content := range map[string]string{
		"not JSON":       `{"format": 1, "account": {`,
		"empty":          ``,
		"newer format":   `{"format": 99, "account": {"id": "111122223333", "root_email": "a@b.example"}, "users": []}`,
		"duplicate user": `{"format": 1, "account": {"id": "111122223333", "root_email": "a@b.example"}, "users": [{"name": "x"}, {"name": "x"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			s := newTestSandbox(t)
			if err := os.WriteFile(s.Path(), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := s.ListUsers(ctx)
			e := wantKind(t, err, backend.ErrCorruptState, s.Path(), "signin-doctor sandbox reset")
			if !strings.Contains(err.Error(), s.Path()) || !strings.Contains(err.Error(), "signin-doctor sandbox reset") {
				t.Errorf("error %q does not name the file and the fix", err)
			}
			if e.Target != s.Path() {
				t.Errorf("Target = %q", e.Target)
			}
			_, _, err = s.CreateAccessKey(ctx, "carol")
			wantKind(t, err, backend.ErrCorruptState)
			if data, _ := os.ReadFile(s.Path()); string(data) != content {
				t.Fatalf("the damaged file was overwritten with %q", data)
			}

			if err := s.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ListUsers(ctx); err != nil {
				t.Errorf("after reset: %v", err)
			}
		})
	}
}

// TestTwoProcessesLoseNoUpdate runs two copies of the test binary that each
// create and delete carol's keys as fast as they can. Without the lock, one
// process's write would overwrite the other's: a created key would vanish
// (its delete then fails) or a deleted one come back, and the change
// counter would come out short.
func TestTwoProcessesLoseNoUpdate(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes; skipped with -short")
	}
	s := newTestSandbox(t)
	if _, err := s.ListUsers(ctx); err != nil { // seed before the race starts
		t.Fatal(err)
	}
	const rounds = 60
	var children []*exec.Cmd
	var outputs []*bytes.Buffer
	for range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"=hammer", "SANDBOX_DIR="+s.Dir(), "SANDBOX_ROUNDS="+strconv.Itoa(rounds))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		children = append(children, cmd)
		outputs = append(outputs, &out)
	}
	for i, cmd := range children {
		if err := cmd.Wait(); err != nil {
			t.Errorf("child %d failed: %v\n%s", i, err, outputs[i])
		}
	}
	snap, err := s.Show(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Changes != 2*2*rounds {
		t.Errorf("%d changes recorded, want %d: updates were lost", snap.Changes, 2*2*rounds)
	}
	if keys := mustKeys(t, s, "carol"); len(keys) != 0 {
		t.Errorf("carol has keys left over: %+v", keys)
	}
}

// TestKillMidWriteLeavesAValidFile kills a process that is saving the
// sandbox in a loop, at a different moment each round, and checks that the
// file still loads. Writing in place would leave it empty or cut short.
func TestKillMidWriteLeavesAValidFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes; skipped with -short")
	}
	s := newTestSandbox(t)
	for round := range 8 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"=writer", "SANDBOX_DIR="+s.Dir())
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil || line != "ready\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("writer did not start: %q %v\n%s", line, err, stderr.String())
		}
		time.Sleep(time.Duration(round*7) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()

		data, err := os.ReadFile(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		var st state
		if err := json.Unmarshal(data, &st); err != nil {
			t.Fatalf("round %d: file is not valid JSON after the kill: %v", round, err)
		}
		if err := st.validate(); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if _, err := s.ListAccessKeys(ctx, "bob"); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
	// The next change sweeps away temporary files left by the killed writers.
	if _, err := s.SetAccessKeyStatus(ctx, "bob", mustKeys(t, s, "bob")[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(s.tempPattern()); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestGoroutinesShareOneSandboxSafely(t *testing.T) {
	s := newTestSandbox(t)
	other, err := New(s.Dir())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i, sb := range []*Sandbox{s, other, s, other} {
		user := []string{"carol", "carol", "bob", "admin"}[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				key, _, err := sb.CreateAccessKey(ctx, user)
				if err != nil {
					if errors.Is(err, backend.ErrLimitExceeded) {
						continue // two goroutines share carol's two slots
					}
					errs <- err
					return
				}
				if _, err := sb.DeleteAccessKey(ctx, user, key.ID); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestLockWaitEndsWithTheContext(t *testing.T) {
	s := newTestSandbox(t)
	held, err := acquireLock(ctx, filepath.Join(s.Dir(), lockFile))
	if err != nil {
		t.Fatal(err)
	}
	defer held.release()
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = s.ListUsers(short)
	if !errors.Is(err, backend.ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("waited %v for a lock held elsewhere", waited)
	}
	if !strings.Contains(backend.AsError(err).Detail, "another signin-doctor") {
		t.Errorf("error = %v", err)
	}
}

func TestSummaryShowsTheSituations(t *testing.T) {
	s := newTestSandbox(t)
	out, err := s.Summary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		s.Path(), "111122223333", "demo-corp", DemoRootEmail,
		"https://demo-corp.signin.aws.amazon.com/console", "Acting as: admin",
		"alice — at the two-key limit", "never used", "MFA device arn:aws:iam::111122223333:mfa/carol-phone",
		"dave — no console password", "denied: iam:ListAccessKeys", "at least 12 characters",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
