package flows

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Step is one node visited on a journey and the answer given there (empty
// for the node the person is at now).
type Step struct {
	Tree   *Tree
	Node   *Node
	Answer string
}

// Ending says how a finished journey ended.
type Ending struct {
	Outcome Outcome
	// Guide is the hand-off guide of an escalation (or a closing guide).
	Guide string
	// Say is the closing sentence the tree gives, if any.
	Say string
}

// Session is one person's journey through the trees. It is a value: every
// move returns a new Session and leaves the old one as it was, so a front-end
// can keep history, undo, or test a move without side effects.
type Session struct {
	set   *Set
	steps []Step
	end   *Ending
	vars  map[string]string
	log   []Event
}

// ErrEnded is returned for a choice made after the journey has ended.
var ErrEnded = errors.New("this journey has ended: go back, or restart")

// Begin starts a journey at a tree's first node.
func (s *Set) Begin(treeID string) (Session, error) {
	t, ok := s.byID[treeID]
	if !ok {
		return Session{}, fmt.Errorf("no tree %q%s", treeID, didYouMean(treeID, s.IDs()))
	}
	sess := Session{set: s}
	sess = sess.record(Event{Kind: EventStart, Tree: t.ID, Version: t.Version})
	return sess.arrive(t, t.StartNode()), nil
}

// Set is the trees this session walks.
func (s Session) Set() *Set { return s.set }

// Current is the step the person is at: the last node visited.
func (s Session) Current() Step { return s.steps[len(s.steps)-1] }

// Ended reports how the journey ended, if it has.
func (s Session) Ended() (Ending, bool) {
	if s.end == nil {
		return Ending{}, false
	}
	return *s.end, true
}

// Path is every step so far, first to last, for breadcrumbs and transcripts.
// The slice is shared: do not change it.
func (s Session) Path() []Step { return s.steps }

// Events is what happened, in order, for a transcript. Shared: do not change.
func (s Session) Events() []Event { return s.log }

// Choose takes choice i (from 0) at the current node.
func (s Session) Choose(i int) (Session, error) {
	if s.end != nil {
		return s, ErrEnded
	}
	cur := s.Current()
	if i < 0 || i >= len(cur.Node.Choices) {
		return s, fmt.Errorf("there is no choice %d here: pick 1 to %d", i+1, len(cur.Node.Choices))
	}
	c := cur.Node.Choices[i]
	next := s.answer(c.Label)
	if c.Outcome != "" {
		return next.finish(cur.Tree, cur.Node, Ending{Outcome: c.Outcome, Guide: c.Guide, Say: c.Say}), nil
	}
	ref, err := s.set.resolve(cur.Tree, c.Next)
	if err != nil {
		// Validation rules this out; say so plainly if it ever happens.
		return s, fmt.Errorf("tree %s is broken (run 'signin-doctor flows validate'): %w", cur.Tree.ID, err)
	}
	return next.arrive(ref.tree, ref.node), nil
}

// Leads returns the node choice i (from 0) of the current node goes to, or
// false when the choice ends the journey. Front-ends use it to hide choices
// (read-only mode hides those that lead to changing actions).
func (s Session) Leads(i int) (*Node, bool) {
	if s.end != nil {
		return nil, false
	}
	cur := s.Current()
	if i < 0 || i >= len(cur.Node.Choices) || cur.Node.Choices[i].Outcome != "" {
		return nil, false
	}
	ref, err := s.set.resolve(cur.Tree, cur.Node.Choices[i].Next)
	if err != nil {
		return nil, false
	}
	return ref.node, true
}

// ChooseLabel takes the choice whose label matches, ignoring case and
// surrounding space.
func (s Session) ChooseLabel(label string) (Session, error) {
	want := strings.ToLower(strings.TrimSpace(label))
	for i, c := range s.Current().Node.Choices {
		if strings.ToLower(c.Label) == want {
			return s.Choose(i)
		}
	}
	return s, fmt.Errorf("no choice here is labelled %q", label)
}

// Fail follows the current action node's on_error branch for this kind of
// failure (or its "any" branch). It reports false when the tree has none, and
// the front-end should then offer the node's own choices again.
func (s Session) Fail(kind string) (Session, bool) {
	if s.end != nil {
		return s, false
	}
	cur := s.Current()
	ref, ok := cur.Node.OnError[kind]
	if !ok {
		ref, ok = cur.Node.OnError["any"]
	}
	if !ok {
		return s, false
	}
	to, err := s.set.resolve(cur.Tree, ref)
	if err != nil {
		return s, false
	}
	return s.answer("failed: "+kind).arrive(to.tree, to.node), true
}

// Back undoes the last move. It reports false at the first node, where there
// is nothing to undo.
func (s Session) Back() (Session, bool) {
	steps := slices.Clone(s.steps)
	switch {
	case s.end != nil && steps[len(steps)-1].Node.Kind() != End:
		// The journey ended by a choice: take the choice back.
	case len(steps) > 1:
		steps = steps[:len(steps)-1]
	default:
		return s, false
	}
	steps[len(steps)-1].Answer = ""
	s.steps, s.end = steps, nil
	cur := s.Current()
	return s.record(Event{Kind: EventBack, Tree: cur.Tree.ID, Version: cur.Tree.Version, Node: cur.Node.ID}), true
}

// Restart goes back to the first node of the journey, keeping the event log.
func (s Session) Restart() Session {
	first := s.steps[0]
	s.steps, s.end = nil, nil
	s = s.record(Event{Kind: EventRestart, Tree: first.Tree.ID, Version: first.Tree.Version})
	return s.arrive(first.Tree, first.Node)
}

// Var returns a value an earlier step stored (an action's user name, say).
func (s Session) Var(name string) string { return s.vars[name] }

// WithVar stores a value for later steps. Actions use it to carry the user
// and key they worked on to the next action of a procedure.
func (s Session) WithVar(name, value string) Session {
	vars := make(map[string]string, len(s.vars)+1)
	for k, v := range s.vars {
		vars[k] = v
	}
	vars[name] = value
	s.vars = vars
	return s
}

// Note adds a front-end event (an action's result, say) to the log.
func (s Session) Note(kind EventKind, detail string) Session {
	cur := s.Current()
	return s.record(Event{Kind: kind, Tree: cur.Tree.ID, Version: cur.Tree.Version, Node: cur.Node.ID, Detail: detail})
}

// answer records the label chosen at the current node.
func (s Session) answer(label string) Session {
	steps := slices.Clone(s.steps)
	cur := &steps[len(steps)-1]
	cur.Answer = label
	s.steps = steps
	return s.record(Event{Kind: EventAnswer, Tree: cur.Tree.ID, Version: cur.Tree.Version, Node: cur.Node.ID, Prompt: cur.Node.Ask, Answer: label})
}

// arrive moves to a node; arriving at an end node finishes the journey.
func (s Session) arrive(t *Tree, n *Node) Session {
	s.steps = append(slices.Clip(s.steps), Step{Tree: t, Node: n})
	if n.Kind() == End {
		return s.finish(t, n, Ending{Outcome: n.Outcome, Guide: n.Guide, Say: n.Say})
	}
	return s
}

func (s Session) finish(t *Tree, n *Node, e Ending) Session {
	s.end = &e
	return s.record(Event{Kind: EventOutcome, Tree: t.ID, Version: t.Version, Node: n.ID, Outcome: e.Outcome, Detail: e.Guide})
}

func (s Session) record(e Event) Session {
	s.log = append(slices.Clip(s.log), e)
	return s
}
