package flows

import (
	"fmt"
	"testing"
)

// outcomeKey names one place a journey can end: an end node, or one outcome
// choice of a node.
type outcomeKey string

func endKey(t *Tree, n *Node) outcomeKey { return outcomeKey(t.ID + "#" + n.ID) }
func choiceKey(t *Tree, n *Node, i int) outcomeKey {
	return outcomeKey(fmt.Sprintf("%s#%s/%d", t.ID, n.ID, i))
}

// move is one step of a walk: a choice by index, or an action failing with
// a kind (following the node's on_error branch).
type move struct {
	choice int
	fail   string
}

// shortestPaths explores the trees breadth first from one tree's start and
// returns, for every outcome it can reach, the shortest list of moves that
// ends there.
func shortestPaths(set *Set, treeID string, limit int) map[outcomeKey][]move {
	type pos struct {
		tree *Tree
		node *Node
		path []move
	}
	start, _ := set.Tree(treeID)
	queue := []pos{{start, start.StartNode(), nil}}
	seen := map[*Node]bool{}
	found := map[outcomeKey][]move{}
	for len(queue) > 0 && len(seen) < limit {
		p := queue[0]
		queue = queue[1:]
		if seen[p.node] {
			continue
		}
		seen[p.node] = true
		if p.node.Kind() == End {
			found[endKey(p.tree, p.node)] = p.path
			continue
		}
		for _, kind := range FailureKinds {
			if ref, ok := p.node.OnError[kind]; ok {
				if to, err := set.resolve(p.tree, ref); err == nil {
					queue = append(queue, pos{to.tree, to.node, append(append([]move(nil), p.path...), move{fail: kind})})
				}
			}
		}
		for i, c := range p.node.Choices {
			path := append(append([]move(nil), p.path...), move{choice: i})
			if c.Outcome != "" {
				if _, ok := found[choiceKey(p.tree, p.node, i)]; !ok {
					found[choiceKey(p.tree, p.node, i)] = path
				}
				continue
			}
			to, err := set.resolve(p.tree, c.Next)
			if err != nil {
				continue
			}
			queue = append(queue, pos{to.tree, to.node, path})
		}
	}
	return found
}

// walkAll replays every path found from a tree through the engine and checks
// that each one ends, and that back then undoes the ending.
func walkAll(t *testing.T, set *Set, treeID string, limit int) map[outcomeKey]bool {
	t.Helper()
	reached := map[outcomeKey]bool{}
	for key, path := range shortestPaths(set, treeID, limit) {
		s, err := set.Begin(treeID)
		if err != nil {
			t.Fatalf("Begin(%s): %v", treeID, err)
		}
		for _, m := range path {
			if m.fail != "" {
				var ok bool
				if s, ok = s.Fail(m.fail); !ok {
					t.Fatalf("%s: path %v: no on_error branch for %s", key, path, m.fail)
				}
				continue
			}
			if s, err = s.Choose(m.choice); err != nil {
				t.Fatalf("%s: path %v: %v", key, path, err)
			}
		}
		end, ok := s.Ended()
		if !ok {
			t.Fatalf("%s: path %v did not end the journey", key, path)
		}
		if end.Outcome != Resolved && end.Outcome != Escalate {
			t.Fatalf("%s: outcome %q", key, end.Outcome)
		}
		if end.Outcome == Escalate && end.Guide == "" {
			t.Fatalf("%s: escalation without a hand-off guide", key)
		}
		if back, ok := s.Back(); !ok || func() bool { _, ended := back.Ended(); return ended }() {
			t.Fatalf("%s: back after the ending did not reopen the journey", key)
		}
		reached[key] = true
	}
	return reached
}

// TestEveryOutcomeIsWalked walks, through the engine, to every outcome of
// every shipped tree, starting from the entry trees as a person would.
func TestEveryOutcomeIsWalked(t *testing.T) {
	set, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	reached := map[outcomeKey]bool{}
	for _, tr := range set.Entries() {
		for k := range walkAll(t, set, tr.ID, 10000) {
			reached[k] = true
		}
	}
	total := 0
	for _, tr := range set.Trees() {
		for _, n := range tr.Nodes {
			if n.Kind() == End {
				total++
				if !reached[endKey(tr, n)] {
					t.Errorf("outcome %s was never reached", endKey(tr, n))
				}
			}
			for i, c := range n.Choices {
				if c.Outcome != "" {
					total++
					if !reached[choiceKey(tr, n, i)] {
						t.Errorf("outcome %s (%q) was never reached", choiceKey(tr, n, i), c.Label)
					}
				}
			}
		}
	}
	if total < 40 {
		t.Errorf("only %d outcomes in the shipped trees; expected the full set", total)
	}
	t.Logf("walked to all %d outcomes", total)
}
