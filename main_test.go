package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// runCLI runs the program in-process, as a person would from a shell with
// stdin and stdout that are not terminals.
func runCLI(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestGuidesListsIDTabTitle(t *testing.T) {
	status, out, _ := runCLI(t, "", "guides")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 24 {
		t.Fatalf("%d guides listed, want every guide", len(lines))
	}
	for _, l := range lines {
		id, title, ok := strings.Cut(l, "\t")
		if !ok || id == "" || title == "" || strings.Contains(title, "\t") {
			t.Fatalf("line %q is not ID<TAB>TITLE", l)
		}
	}
	if !strings.Contains(out, "reset-root-password\tReset a forgotten root user password\n") {
		t.Error("the root password guide is missing from the list")
	}
}

func TestGuidePrintsPlainTextWhenPiped(t *testing.T) {
	status, out, _ := runCLI(t, "", "guide", "reset-root-password", "--width", "50")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("escape sequences in piped output")
	}
	if !strings.Contains(out, "Reset a forgotten root user password") || !strings.Contains(out, "Forgot your password?") {
		t.Errorf("guide text missing:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 50 && len(strings.Fields(line)) > 2 {
			t.Errorf("line of %d columns at --width 50: %q", n, line)
		}
	}
}

func TestUsageErrorsExitTwoAndSayWhatWorks(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"guide", "reset-root-pasword"}, "did you mean reset-root-password?"},
		{[]string{"guide"}, "run 'signin-doctor guides'"},
		{[]string{"guide", "a", "b"}, "takes one guide ID"},
		{[]string{"guide", "reset-root-password", "--width", "-3"}, "out of range"},
		{[]string{"guides", "extra"}, "takes no arguments"},
		{[]string{"--bogus"}, "unknown flag: --bogus"},
		{[]string{"--backend", "azure"}, "use sandbox or aws"},
		{[]string{"giudes"}, "did you mean guides?"},
		{[]string{"flows", "graph", "--format", "svg"}, "use mermaid or dot"},
		{[]string{"flows", "graph", "forgot-root-pasword"}, "did you mean forgot-root-password"},
		{[]string{"flows", "validate", "/no/such/dir"}, "cannot open the directory"},
	}
	for _, c := range cases {
		status, _, errOut := runCLI(t, "", c.args...)
		if status != 2 {
			t.Errorf("%v: status %d, want 2", c.args, status)
		}
		if !strings.Contains(strings.ToLower(errOut), strings.ToLower(c.want)) {
			t.Errorf("%v: stderr lacks %q:\n%s", c.args, c.want, errOut)
		}
	}
}

func TestFlowsValidate(t *testing.T) {
	status, out, errOut := runCLI(t, "", "flows", "validate")
	if status != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Fatalf("shipped trees: status %d, out %q, err %q", status, out, errOut)
	}
	status, _, errOut = runCLI(t, "", "flows", "validate", "flows/testdata/broken")
	if status != 1 {
		t.Fatalf("broken fixtures: status %d, want 1", status)
	}
	for _, want := range []string{
		"flows/testdata/broken/main.yaml:33: node \"bad-guide\": no guide has id \"no-such-guide\"",
		"flows/testdata/broken/shape.yaml:8:",
		"problem(s) found",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	status, _, errOut = runCLI(t, "", "flows", "validate", "content/testdata/broken")
	if status != 1 || !strings.Contains(errOut, "content/testdata/broken/bad-yaml.md:3:") {
		t.Errorf("broken guides: status %d:\n%s", status, errOut)
	}
	status, out, _ = runCLI(t, "", "flows", "validate", ".")
	if status != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Errorf("the source folders themselves: status %d %q", status, out)
	}
}

func TestFlowsGraph(t *testing.T) {
	status, out, _ := runCLI(t, "", "flows", "graph")
	if status != 0 || !strings.HasPrefix(out, "flowchart TD\n") || strings.Count(out, "subgraph ") < 11 {
		t.Fatalf("mermaid graph: status %d\n%.300s", status, out)
	}
	status, out, _ = runCLI(t, "", "flows", "graph", "--format", "dot", "forgot-root-password")
	if status != 0 || !strings.HasPrefix(out, "digraph signin_doctor {") || !strings.HasSuffix(out, "}\n") {
		t.Fatalf("dot graph: status %d\n%s", status, out)
	}
	if !strings.Contains(out, `"go to lost-email-access#recover-mailbox"`) {
		t.Error("a link into another tree should be drawn as a 'go to' leaf when that tree is not drawn")
	}
}

func TestVersion(t *testing.T) {
	status, out, _ := runCLI(t, "", "--version")
	if status != 0 || !strings.Contains(out, "signin-doctor version") {
		t.Fatalf("--version: %d %q", status, out)
	}
}

func TestNoTerminalMeansPlainMode(t *testing.T) {
	status, out, _ := runCLI(t, "2\n1\n1\n")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	if !strings.Contains(out, "  1. What's going wrong?") || !strings.Contains(out, "Forgot your password?") {
		t.Fatalf("plain journey did not reach the reset steps:\n%.500s", out)
	}
}

func TestDevNullIsNotATerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Fatal("/dev/null counted as a terminal: `signin-doctor </dev/null` would open the full screen")
	}
}
