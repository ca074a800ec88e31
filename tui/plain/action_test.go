package plain

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// run drives plain mode against a backend with the given input lines.
func run(t *testing.T, o Options, lines ...string) string {
	t.Helper()
	set, _ := flows.Embedded()
	lib, _ := content.Embedded()
	var out bytes.Buffer
	o.Trees, o.Guides, o.Out = set, lib, &out
	o.In = strings.NewReader(strings.Join(lines, "\n") + "\n")
	if err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func newSandbox(t *testing.T) *sandbox.Sandbox {
	t.Helper()
	sb, err := sandbox.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return sb
}

func keyIDs(t *testing.T, b backend.Backend, user string) []string {
	t.Helper()
	keys, err := b.ListAccessKeys(context.Background(), user)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, k := range keys {
		ids = append(ids, k.ID)
	}
	return ids
}

func TestRotateBobsKeyEndToEnd(t *testing.T) {
	sb := newSandbox(t)
	before := keyIDs(t, sb, "bob")
	out := run(t, Options{Actions: sb},
		"I lost my access keys", "An IAM user's keys", "Yes", "Make a new key with signin-doctor",
		"bob", "y", // create, confirmed
		"1", "1", // stored the secret; switched programs, check the old key
		"1", "y", // not used any more: switch it off, confirmed
		"1", "bobby", "bob", // delete: a wrong name is refused, the right one confirms
		"1", "q")
	after := keyIDs(t, sb, "bob")
	if len(after) != 1 || after[0] == before[0] {
		t.Fatalf("bob's keys went from %v to %v; want only a new key", before, after)
	}
	for _, want := range []string{
		"Secret access key (Access key ID " + after[0] + "): ••••••••  (shown once)",
		before[0] + ": never used.",
		"That is not bob: type it exactly as shown, or n to cancel.",
		"Key " + before[0] + " of bob has been deleted.",
		"Outcome: resolved. Rotation complete.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestTwoKeyLimitLeadsToRemovingTheUnusedKey(t *testing.T) {
	sb := newSandbox(t)
	keys, _ := sb.ListAccessKeys(context.Background(), "alice")
	unused := keys[0].ID
	if keys[1].LastUsed.Time.Before(keys[0].LastUsed.Time) {
		unused = keys[1].ID
	}
	out := run(t, Options{Actions: sb},
		"5", "3", "Start with a new key", "alice", "y", // fails: two keys already
		"Show the keys and their last use",
		"Delete the unused key", "alice",
		"Now make the new key", "y", "q")
	if !strings.Contains(out, "two access keys") && !strings.Contains(out, "2 access keys") {
		t.Errorf("no explanation of the two-key limit:\n%s", out)
	}
	now := keyIDs(t, sb, "alice")
	if len(now) != 2 || now[0] == unused || now[1] == unused {
		t.Fatalf("alice's keys %v: the unused key %s should be gone and a new one made", now, unused)
	}
}

func TestAccessDeniedNamesThePermission(t *testing.T) {
	sb := newSandbox(t)
	if err := sb.SetCaller(context.Background(), "erin"); err != nil {
		t.Fatal(err)
	}
	out := run(t, Options{Actions: sb}, "5", "1", "1", "1", "erin", "y", "q")
	if !strings.Contains(out, "iam:CreateAccessKey") || !strings.Contains(out, "Ask your administrator") {
		t.Fatalf("access denied not explained:\n%s", out)
	}
	if !strings.Contains(out, "Did your administrator make you a new key?") {
		t.Error("the tree's on_error branch to ask-admin was not followed")
	}
}

func TestDryRunChangesNothing(t *testing.T) {
	sb := newSandbox(t)
	before := keyIDs(t, sb, "bob")
	out := run(t, Options{Actions: backend.NewDryRun(sb)}, "5", "1", "1", "1", "bob", "y", "q")
	if !strings.Contains(out, "(Dry run: nothing will change") || !strings.Contains(out, "dry run: would call iam:CreateAccessKey UserName=bob") {
		t.Fatalf("dry run not described:\n%s", out)
	}
	if after := keyIDs(t, sb, "bob"); len(after) != len(before) {
		t.Fatalf("dry run changed bob's keys: %v → %v", before, after)
	}
}

func TestReadOnlyHidesChangingActions(t *testing.T) {
	sb := newSandbox(t)
	out := run(t, Options{Actions: sb, ReadOnly: true}, "5", "1", "1", "q")
	if strings.Contains(out, "Make a new key with signin-doctor") {
		t.Fatal("read-only mode offered to create a key")
	}
	if !strings.Contains(out, "  1. I made one in the console and it works\n") {
		t.Fatalf("the remaining choices should be renumbered from 1:\n%s", out)
	}
	// Looking things up is still allowed.
	out = run(t, Options{Actions: sb, ReadOnly: true}, "8", "2", "2", "1", "q")
	if !strings.Contains(out, "Account ID: 111122223333") {
		t.Fatalf("who-am-i should still run in read-only mode:\n%s", out)
	}
}

func TestRootResetPracticeThroughTheOutbox(t *testing.T) {
	sb := newSandbox(t)
	set, _ := flows.Embedded()
	lib, _ := content.Embedded()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), Options{Trees: set, Guides: lib, Actions: sb, In: inR, Out: outW})
		outW.Close()
	}()
	// Read until the reset mail's one-time code appears, then answer with it.
	reader := bufio.NewReader(outR)
	send := func(s string) { io.WriteString(inW, s+"\n") }
	go func() {
		for _, l := range []string{"2", "1", "Send the reset email from here (practice in the sandbox)", "root@demo-corp.example", "y"} {
			send(l)
		}
	}()
	codeLine := regexp.MustCompile(`^\s+([0-9A-Z]{4}-[0-9A-Z]{4})\s*$`)
	var code string
	var seen strings.Builder
	for code == "" {
		line, err := reader.ReadString('\n')
		seen.WriteString(line)
		if err != nil {
			t.Fatalf("no code in the output:\n%s", seen.String())
		}
		if m := codeLine.FindStringSubmatch(line); m != nil {
			code = m[1]
		}
	}
	go io.Copy(io.Discard, reader)
	for _, l := range []string{"I have the email; follow it", code, "New-Root-Passw0rd!", "y", "1", "q"} {
		send(l)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	ok, err := sb.CheckRootPassword(context.Background(), backend.NewSecret("New-Root-Passw0rd!"))
	if err != nil || !ok {
		t.Fatalf("the new root password does not work: %v %v", ok, err)
	}
}

func TestTranscriptKeepsEveryJourney(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.md")
	run(t, Options{Transcript: transcript.New(path, "sandbox")},
		"2", "1", "I reset it and I can sign in", "1", // first journey, then back to the list
		"3", "q")
	data, _ := os.ReadFile(path)
	for _, want := range []string{"started forgot-root-password", "outcome: resolved", "started forgot-iam-password"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("transcript lacks %q:\n%s", want, data)
		}
	}
}
