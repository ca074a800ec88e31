package flows

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/signin-doctor/signin-doctor/internal/diag"
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// MaxChoices is the most choices a node may offer: number keys 1–9 pick them.
const MaxChoices = 9

// reservedAnswers are the plain-mode commands (back, restart, quit); a choice
// labelled like one could never be picked by its label.
var reservedAnswers = []string{"b", "r", "q"}

// checkTree checks what can be known from one file alone: fields present,
// ids well formed and unique, each node shaped like its kind.
func checkTree(t *Tree) diag.List {
	var p diag.List
	f := t.File
	switch {
	case t.ID == "":
		p.Add(f, 1, "tree has no id: add 'id: %s'", strings.TrimSuffix(baseName(f), ".yaml"))
	case !idPattern.MatchString(t.ID):
		p.Add(f, 1, "tree id %q should be lowercase words joined by '-'", t.ID)
	case t.ID != strings.TrimSuffix(strings.TrimSuffix(baseName(f), ".yaml"), ".yml"):
		p.Add(f, 1, "tree id %q does not match the file name: rename the file to %s.yaml or change the id", t.ID, t.ID)
	}
	if strings.TrimSpace(t.Title) == "" {
		p.Add(f, 1, "tree has no title: the home screen lists trees by title")
	}
	if t.Entry && strings.TrimSpace(t.Summary) == "" {
		p.Add(f, 1, "entry tree has no summary: the home screen shows it under the title")
	}
	if len(t.Nodes) == 0 {
		p.Add(f, 1, "tree has no nodes")
		return p
	}
	t.byID = make(map[string]*Node, len(t.Nodes))
	nodes := t.Nodes[:0]
	for _, n := range t.Nodes {
		if n == nil {
			p.Add(f, 0, "an empty entry in 'nodes': every node needs at least an id")
			continue
		}
		nodes = append(nodes, n)
		switch {
		case n.ID == "":
			p.Add(f, n.Line, "node has no id")
			continue
		case !idPattern.MatchString(n.ID):
			p.Add(f, n.Line, "node id %q should be lowercase words joined by '-'", n.ID)
		}
		if prev, dup := t.byID[n.ID]; dup {
			p.Add(f, n.Line, "duplicate node id %q (first used on line %d)", n.ID, prev.Line)
			continue
		}
		t.byID[n.ID] = n
		p = append(p, checkNode(f, n)...)
	}
	t.Nodes = nodes
	switch {
	case t.Start == "":
		p.Add(f, 1, "tree has no start: name the node a journey begins at")
	case t.byID[t.Start] == nil:
		p.Add(f, 1, "start %q is not a node of this tree (nodes: %s)", t.Start, strings.Join(nodeIDs(t), ", "))
	}
	return p
}

func checkNode(f string, n *Node) diag.List {
	var p diag.List
	kind := n.Kind()
	if kind == End {
		if !validOutcome(n.Outcome) {
			p.Add(f, n.Line, "node %q: outcome %q is not one of: resolved, escalate", n.ID, n.Outcome)
		}
		if n.Outcome == Escalate && n.Guide == "" {
			p.Add(f, n.Line, "node %q escalates without a hand-off guide: add 'guide: contact-aws-support' (or another guide)", n.ID)
		}
		if len(n.Choices) > 0 || n.Action != "" {
			p.Add(f, n.Line, "node %q ends the journey (outcome) so it cannot also have choices or an action", n.ID)
		}
		return p
	}
	if kind == Question && strings.TrimSpace(n.Ask) == "" {
		p.Add(f, n.Line, "node %q has nothing to show: give it 'ask', 'guide', 'action' or 'outcome'", n.ID)
	}
	if len(n.Choices) == 0 {
		p.Add(f, n.Line, "node %q (%s) has no choices: add at least one, or make it an end with 'outcome'", n.ID, kind)
	}
	if len(n.Choices) > MaxChoices {
		p.Add(f, n.Line, "node %q has %d choices: at most %d fit the number keys 1-9", n.ID, len(n.Choices), MaxChoices)
	}
	if len(n.OnError) > 0 && kind != Action {
		p.Add(f, n.Line, "node %q has on_error but no action to fail", n.ID)
	}
	for k := range n.OnError {
		if !slices.Contains(FailureKinds, k) {
			p.Add(f, n.Line, "node %q: on_error kind %q is not one of: %s", n.ID, k, strings.Join(FailureKinds, ", "))
		}
	}
	seen := map[string]int{}
	for _, c := range n.Choices {
		p = append(p, checkChoice(f, n, c)...)
		key := strings.ToLower(strings.TrimSpace(c.Label))
		if prev, dup := seen[key]; dup && key != "" {
			p.Add(f, c.Line, "node %q: choice %q repeats the label on line %d; labels must differ so they can be typed", n.ID, c.Label, prev)
		}
		seen[key] = c.Line
	}
	return p
}

func checkChoice(f string, n *Node, c Choice) diag.List {
	var p diag.List
	label := strings.ToLower(strings.TrimSpace(c.Label))
	switch {
	case label == "":
		p.Add(f, c.Line, "node %q: a choice has no label", n.ID)
	case slices.Contains(reservedAnswers, label):
		p.Add(f, c.Line, "node %q: choice label %q is reserved for back, restart and quit; use a word", n.ID, c.Label)
	case isNumber(label):
		p.Add(f, c.Line, "node %q: choice label %q is a number, which would be read as a choice number", n.ID, c.Label)
	}
	switch {
	case c.Next == "" && c.Outcome == "":
		p.Add(f, c.Line, "node %q: choice %q needs 'next' (where it goes) or 'outcome' (how it ends)", n.ID, c.Label)
	case c.Next != "" && c.Outcome != "":
		p.Add(f, c.Line, "node %q: choice %q has both 'next' and 'outcome'; keep one", n.ID, c.Label)
	case c.Outcome != "" && !validOutcome(c.Outcome):
		p.Add(f, c.Line, "node %q: choice %q: outcome %q is not one of: resolved, escalate", n.ID, c.Label, c.Outcome)
	case c.Outcome == Escalate && c.Guide == "":
		p.Add(f, c.Line, "node %q: choice %q escalates without a hand-off guide: add 'guide: contact-aws-support'", n.ID, c.Label)
	case c.Guide != "" && c.Outcome == "":
		p.Add(f, c.Line, "node %q: choice %q has a guide but no outcome; to show a guide, point 'next' at a guide node", n.ID, c.Label)
	}
	return p
}

func validOutcome(o Outcome) bool { return o == Resolved || o == Escalate }

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func nodeIDs(t *Tree) []string {
	ids := make([]string, 0, len(t.Nodes))
	for _, n := range t.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

func baseName(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		return file[i+1:]
	}
	return file
}
