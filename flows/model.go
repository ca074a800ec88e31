// Package flows holds the decision trees: their model, the YAML loader and
// validator, and the engine that walks a person through them. It knows no
// terminal and does no I/O beyond reading tree files, so any front-end (the
// full-screen program, the plain line mode, a test) can drive it.
package flows

import "strings"

// Outcome is how a journey ends.
type Outcome string

// The outcomes a tree may end in.
const (
	// Resolved means the person can sign in again (or has what they came for).
	Resolved Outcome = "resolved"
	// Escalate means nothing more can be done here: hand off to a guide,
	// usually the one on contacting AWS Support.
	Escalate Outcome = "escalate"
)

// Kind tells a front-end how to show a node.
type Kind int

// The node kinds.
const (
	// Question asks something and offers choices.
	Question Kind = iota
	// GuideNode shows a guide and then the choices that follow it.
	GuideNode
	// Action carries out a backend operation, then offers choices.
	Action
	// End finishes the journey with an outcome.
	End
)

// String names the kind in messages and graphs.
func (k Kind) String() string {
	switch k {
	case Question:
		return "question"
	case GuideNode:
		return "guide"
	case Action:
		return "action"
	case End:
		return "end"
	}
	return "unknown"
}

// Choice is one answer a person can give at a node. It either moves to
// another node (Next) or ends the journey (Outcome, with an optional hand-off
// Guide for escalations).
type Choice struct {
	Label   string  `yaml:"label"`
	Next    string  `yaml:"next"`
	Outcome Outcome `yaml:"outcome"`
	Guide   string  `yaml:"guide"`
	Say     string  `yaml:"say"`

	// Line is where the choice stands in its file, for error messages.
	Line int `yaml:"-"`
}

// Node is one step of a tree.
type Node struct {
	ID string `yaml:"id"`
	// Ask is the question (question nodes) or a short lead-in (other kinds).
	Ask string `yaml:"ask"`
	// Say is extra text: a tip under a question, or the closing words of an end.
	Say     string   `yaml:"say"`
	Guide   string   `yaml:"guide"`
	Action  string   `yaml:"action"`
	Outcome Outcome  `yaml:"outcome"`
	Choices []Choice `yaml:"choices"`
	// OnError sends a failed action somewhere useful by its kind of failure
	// (see FailureKinds), e.g. limit-exceeded → "remove an unused key first".
	OnError map[string]string `yaml:"on_error"`

	Line int `yaml:"-"`
}

// Kind works out what sort of node this is from the fields it sets.
func (n *Node) Kind() Kind {
	switch {
	case n.Outcome != "":
		return End
	case n.Action != "":
		return Action
	case n.Guide != "":
		return GuideNode
	}
	return Question
}

// Tree is one decision tree, loaded from one YAML file.
type Tree struct {
	ID      string   `yaml:"id"`
	Title   string   `yaml:"title"`
	Summary string   `yaml:"summary"`
	Entry   bool     `yaml:"entry"`
	Order   int      `yaml:"order"`
	Tags    []string `yaml:"tags"`
	Start   string   `yaml:"start"`
	Nodes   []*Node  `yaml:"nodes"`

	// File is the file the tree came from; Version is a short hash of that
	// file's bytes, so a transcript says which advice someone was given.
	File    string `yaml:"-"`
	Version string `yaml:"-"`

	byID map[string]*Node
}

// Node returns the node with this id.
func (t *Tree) Node(id string) (*Node, bool) {
	n, ok := t.byID[id]
	return n, ok
}

// StartNode is the node a journey through this tree begins at.
func (t *Tree) StartNode() *Node { return t.byID[t.Start] }

// FailureKinds are the keys on_error accepts: the kinds of failure a backend
// reports that a tree may branch on. "any" catches the rest.
var FailureKinds = []string{
	"access-denied", "not-found", "limit-exceeded", "policy-violation",
	"throttled", "timeout", "not-possible", "conflict", "invalid-input", "any",
}

// splitRef splits "tree#node" into its parts; a bare "node" stays in the
// current tree and a bare "tree#" or "tree" naming another tree means its start.
func splitRef(ref string) (tree, node string, crossTree bool) {
	if t, n, ok := strings.Cut(ref, "#"); ok {
		return t, n, true
	}
	return "", ref, false
}
