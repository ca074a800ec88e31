package flows

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/internal/diag"
)

// problemsIn loads a fixture folder, validates it against a catalog that
// knows no guides, and returns every problem as "file:line: message".
func problemsIn(t *testing.T, dir string) []string {
	t.Helper()
	set, problems := LoadPartial(os.DirFS("testdata/"+dir), ".")
	problems = append(problems, Validate(set, Catalog{GuideIDs: []string{"contact-aws-support"}})...)
	var out []string
	for _, p := range problems {
		out = append(out, p.String())
	}
	return out
}

func TestBrokenFixturesReportFileAndLine(t *testing.T) {
	cases := map[string][]string{
		"broken": {
			`main.yaml:10: node "first": next "missing-node" names no node "missing-node" in tree main`,
			`main.yaml:12: node "first": next "nosuch#start" names no tree "nosuch"`,
			`main.yaml:21: node "loop-a" never leads to an outcome`,
			`main.yaml:27: node "loop-b" never leads to an outcome`,
			`main.yaml:33: node "bad-guide": no guide has id "no-such-guide"`,
			`main.yaml:39: node "orphan" cannot be reached from any entry tree`,
			`main.yaml:45: duplicate node id "first" (first used on line 7)`,
			`shape.yaml:8: node "start": choice label "b" is reserved`,
			`shape.yaml:10: node "start": choice label "3" is a number`,
			`shape.yaml:12: node "start": choice "Both" has both 'next' and 'outcome'`,
			`shape.yaml:15: node "start": choice "Neither" needs 'next'`,
			`shape.yaml:16: node "start": choice "Escalate with no hand-off" escalates without a hand-off guide`,
			`shape.yaml:18: node "start": choice "neither" repeats the label on line 15`,
			`shape.yaml:20: node "end-with-choices" ends the journey (outcome) so it cannot also have choices`,
			`shape.yaml:25: node id "Bad_ID" should be lowercase words`,
			`shape.yaml:28: node "Bad_ID": choice "Done": outcome "maybe" is not one of: resolved, escalate`,
		},
		"syntax":         {`tree.yaml:6: sequence end token ']' not found`},
		"unknown-field":  {`tree.yaml:7: unknown field "choises"`},
		"duplicate-tree": {`one.yaml:1: tree id "two" does not match the file name`},
	}
	for dir, want := range cases {
		t.Run(dir, func(t *testing.T) {
			got := problemsIn(t, dir)
			for _, w := range want {
				if !containsPrefix(got, w) {
					t.Errorf("missing problem\n  %s\nin\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

func containsPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

func TestLoadReturnsAllProblemsAsOneError(t *testing.T) {
	_, err := Load(os.DirFS("testdata/broken"), ".")
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("Load error = %v, want a diag.List", err)
	}
	if len(list) < 8 {
		t.Errorf("got %d problems, want every structural problem of both files", len(list))
	}
	if !strings.Contains(err.Error(), "shape.yaml:8:") || !strings.Contains(err.Error(), "main.yaml:45:") {
		t.Errorf("error text lacks file:line for both files:\n%s", err)
	}
}

func TestEmptyDirectoryIsAProblem(t *testing.T) {
	_, err := Load(os.DirFS(t.TempDir()), ".")
	if err == nil || !strings.Contains(err.Error(), "no trees found") {
		t.Fatalf("Load(empty) = %v, want 'no trees found'", err)
	}
}

func TestShippedTreesAreValid(t *testing.T) {
	set, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	// Guides are checked against the real library in the main package's
	// tests; here every other rule must hold.
	if p := Validate(set, Catalog{}); len(p) > 0 {
		t.Fatalf("shipped trees have problems:\n%v", p.Err())
	}
	if got := set.Entries()[0].ID; got != "triage" {
		t.Errorf("first entry = %s, want the triage tree first", got)
	}
	for _, tr := range set.Trees() {
		if len(tr.Version) != 12 {
			t.Errorf("tree %s version %q, want a 12-hex-digit hash", tr.ID, tr.Version)
		}
	}
}

func TestNullNodeDoesNotPanic(t *testing.T) {
	_, problems := parseTree("x.yaml", []byte("id: x\ntitle: X\nstart: a\nnodes:\n  - null\n  - id: a\n    outcome: resolved\n"))
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "empty entry") {
		t.Fatalf("problems = %v, want one about the empty entry", problems)
	}
}
