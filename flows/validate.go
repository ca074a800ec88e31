package flows

import (
	"fmt"
	"slices"
	"strings"

	"github.com/signin-doctor/signin-doctor/internal/diag"
	"github.com/signin-doctor/signin-doctor/internal/suggest"
)

// Catalog tells the validator which guides and actions exist, without flows
// importing the packages that own them. A nil field skips that check.
type Catalog struct {
	GuideIDs  []string
	ActionIDs []string
}

// nodeRef is one node anywhere in the set.
type nodeRef struct {
	tree *Tree
	node *Node
}

// Validate checks what needs the whole set: every reference resolves, every
// node can be reached from an entry tree, and from every node some outcome
// can be reached. The returned list is empty when all is well.
func Validate(s *Set, c Catalog) diag.List {
	var p diag.List
	if len(s.Entries()) == 0 {
		p.Add(".", 0, "no tree is marked 'entry: true', so the home screen would be empty")
	}
	edges := map[nodeRef][]nodeRef{}
	for _, t := range s.trees {
		for _, n := range t.Nodes {
			if t.byID[n.ID] != n {
				continue // a duplicate id, already reported by the loader
			}
			from := nodeRef{t, n}
			edges[from] = nil
			p = append(p, checkRefs(t, n, c)...)
			for _, target := range n.targets() {
				to, err := s.resolve(t, target.ref)
				if err != nil {
					p.Add(t.File, target.line, "node %q: %v", n.ID, err)
					continue
				}
				edges[from] = append(edges[from], to)
			}
		}
	}
	reached := reachableFromEntries(s, edges)
	ending := canReachOutcome(edges)
	for _, t := range s.trees {
		for _, n := range t.Nodes {
			ref := nodeRef{t, n}
			if t.byID[n.ID] != n {
				continue
			}
			if !reached[ref] {
				p.Add(t.File, n.Line, "node %q cannot be reached from any entry tree: point a 'next' at it, or remove it", n.ID)
			}
			if !ending[ref] {
				p.Add(t.File, n.Line, "node %q never leads to an outcome: every path must end in 'resolved' or 'escalate'", n.ID)
			}
		}
	}
	return p
}

// checkRefs checks the guide and action a node or its choices name.
func checkRefs(t *Tree, n *Node, c Catalog) diag.List {
	var p diag.List
	guide := func(line int, id string) {
		if id != "" && c.GuideIDs != nil && !slices.Contains(c.GuideIDs, id) {
			p.Add(t.File, line, "node %q: no guide has id %q%s", n.ID, id, didYouMean(id, c.GuideIDs))
		}
	}
	guide(n.Line, n.Guide)
	for _, ch := range n.Choices {
		guide(ch.Line, ch.Guide)
	}
	if n.Action != "" && c.ActionIDs != nil && !slices.Contains(c.ActionIDs, n.Action) {
		p.Add(t.File, n.Line, "node %q: no action has id %q%s", n.ID, n.Action, didYouMean(n.Action, c.ActionIDs))
	}
	return p
}

type target struct {
	ref  string
	line int
}

// targets lists every place this node can lead: its choices and its
// on_error branches.
func (n *Node) targets() []target {
	var out []target
	for _, c := range n.Choices {
		if c.Next != "" {
			out = append(out, target{c.Next, c.Line})
		}
	}
	for _, kind := range FailureKinds {
		if ref, ok := n.OnError[kind]; ok {
			out = append(out, target{ref, n.Line})
		}
	}
	return out
}

// resolve finds the node a reference names, seen from tree t.
func (s *Set) resolve(t *Tree, ref string) (nodeRef, error) {
	treeID, nodeID, cross := splitRef(ref)
	if cross {
		other, ok := s.byID[treeID]
		if !ok {
			return nodeRef{}, fmt.Errorf("next %q names no tree %q%s", ref, treeID, didYouMean(treeID, s.IDs()))
		}
		t = other
		if nodeID == "" {
			nodeID = t.Start
		}
	}
	n, ok := t.byID[nodeID]
	if !ok {
		return nodeRef{}, fmt.Errorf("next %q names no node %q in tree %s%s", ref, nodeID, t.ID, didYouMean(nodeID, nodeIDs(t)))
	}
	return nodeRef{t, n}, nil
}

func reachableFromEntries(s *Set, edges map[nodeRef][]nodeRef) map[nodeRef]bool {
	seen := map[nodeRef]bool{}
	var stack []nodeRef
	for _, t := range s.Entries() {
		if start := t.StartNode(); start != nil {
			stack = append(stack, nodeRef{t, start})
		}
	}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[r] {
			continue
		}
		seen[r] = true
		stack = append(stack, edges[r]...)
	}
	return seen
}

// canReachOutcome marks every node from which some path ends: end nodes,
// nodes with an outcome choice, and, repeatedly, nodes leading to those.
func canReachOutcome(edges map[nodeRef][]nodeRef) map[nodeRef]bool {
	ok := map[nodeRef]bool{}
	for r := range edges {
		if r.node.Kind() == End || hasOutcomeChoice(r.node) {
			ok[r] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for r, next := range edges {
			if ok[r] {
				continue
			}
			for _, n := range next {
				if ok[n] {
					ok[r], changed = true, true
					break
				}
			}
		}
	}
	return ok
}

func hasOutcomeChoice(n *Node) bool {
	for _, c := range n.Choices {
		if c.Outcome != "" {
			return true
		}
	}
	return false
}

// didYouMean suffixes a message with the closest valid ids, if any.
func didYouMean(want string, valid []string) string {
	if close := suggest.Closest(want, valid, 3); len(close) > 0 {
		return " (did you mean " + strings.Join(close, ", ") + "?)"
	}
	return ""
}
