package plain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// journey runs plain mode on the given input lines and returns its output.
func journey(t *testing.T, tw *transcript.Writer, lines ...string) string {
	t.Helper()
	set, err := flows.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := content.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	in := strings.NewReader(strings.Join(lines, "\n") + "\n")
	err = Run(context.Background(), Options{Trees: set, Guides: lib, Backend: "sandbox", In: in, Out: &out, Transcript: tw})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String()
}

var choiceLine = regexp.MustCompile(`(?m)^  (\d+)\. (.+)$`)

func TestContractChoicesPromptAndNoEscapes(t *testing.T) {
	out := journey(t, nil, "1")
	if strings.ContainsRune(out, '\x1b') {
		t.Fatal("plain mode wrote an escape sequence")
	}
	m := choiceLine.FindAllStringSubmatch(out, -1)
	if len(m) < 3 || m[0][1] != "1" || m[0][2] != "What's going wrong?" {
		t.Fatalf("first choice lines = %v", m)
	}
	if !strings.Contains(out, "\n> ") {
		t.Fatal("no '> ' prompt at the start of a line")
	}
	if !strings.HasSuffix(out, "> \n") {
		t.Fatalf("end of input should end cleanly after the last prompt, got %q", out[len(out)-20:])
	}
}

func TestPipeToRootPasswordSteps(t *testing.T) {
	// triage → "I forgot my password" → root user → "Yes" (can read the mail)
	out := journey(t, nil, "1", "1", "1", "yes")
	for _, want := range []string{
		"What do you type on the sign-in page before the password?",
		"Can you still read mail sent to the account's email address?",
		"Reset a forgotten root user password",
		"Forgot your password?",
		"How did the reset go?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestPipeToSupportHandOff(t *testing.T) {
	// Root password → can read mail → the email never arrived → still nothing.
	out := journey(t, nil, "I forgot my root user password", "1", "The email never arrived", "No, still nothing")
	if !strings.Contains(out, "Outcome: this needs a hand-off.") {
		t.Fatal("no hand-off outcome")
	}
	if !strings.Contains(out, "Request Support for AWS Account Credentials") {
		t.Fatal("the hand-off guide to AWS Support was not shown")
	}
	if !strings.Contains(out, "  1. Back to the list of problems\n  2. Quit\n") {
		t.Fatal("no 'what next' choices after the outcome")
	}
}

func TestBadInputGetsAHintAndTheSamePrompt(t *testing.T) {
	out := journey(t, nil, "42", "banana", "q")
	hint := "Type a number from 1 to 11, the words of a choice, b (back), r (restart) or q (quit).\n> "
	if strings.Count(out, hint) != 2 {
		t.Fatalf("want the hint and prompt twice, got:\n%s", out)
	}
	if strings.Count(out, "What do you need help with?") != 1 {
		t.Fatal("the menu was reprinted after bad input; only the prompt should repeat")
	}
}

func TestBackRestartAndQuit(t *testing.T) {
	out := journey(t, nil, "b", "2", "4", "b", "r", "b", "q", "never read")
	if !strings.Contains(out, "You are at the list of problems already.") {
		t.Error("b at the list should say there is nowhere to go back to")
	}
	// 2 = root password tree; 4 = what does a reset need; b = back to mailbox;
	// r = restart (mailbox again); b = back to the list; q = quit.
	if got := strings.Count(out, "Can you still read mail sent"); got != 3 {
		t.Errorf("mailbox question shown %d times, want 3 (first, after back, after restart)", got)
	}
	if got := strings.Count(out, "What do you need help with?"); got != 2 {
		t.Errorf("list shown %d times, want 2 (start, after back from the first question)", got)
	}
}

func TestResolvedOutcomeThenBackToList(t *testing.T) {
	out := journey(t, nil, "2", "1", "I reset it and I can sign in", "1", "q")
	if !strings.Contains(out, "Outcome: resolved. You're back in.") {
		t.Fatalf("no resolved outcome with its closing words:\n%s", out)
	}
	if strings.Count(out, "What do you need help with?") != 2 {
		t.Error("choosing 1 after the outcome should return to the list")
	}
}

func TestTranscriptRecordsTheJourney(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.md")
	journey(t, transcript.New(path, "sandbox"), "2", "1", "The email never arrived", "b", "q")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	set, _ := flows.Embedded()
	tree, _ := set.Tree("forgot-root-password")
	for _, want := range []string{
		"started forgot-root-password (version " + tree.Version + ")",
		"answer: Yes",
		"answer: The email never arrived",
		"went back to forgot-root-password#reset-steps",
		"- backend: sandbox",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("transcript lacks %q:\n%s", want, text)
		}
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("transcript mode %v, want 0600", info.Mode().Perm())
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n--; f.n < 0 {
		return 0, os.ErrClosed
	}
	return len(p), nil
}

func TestClosedOutputEndsTheRun(t *testing.T) {
	set, _ := flows.Embedded()
	lib, _ := content.Embedded()
	infinite := strings.NewReader(strings.Repeat("banana\n", 100000))
	err := Run(context.Background(), Options{Trees: set, Guides: lib, In: infinite, Out: &failingWriter{n: 5}})
	if err == nil {
		t.Fatal("a closed output should end the run with its error")
	}
}
