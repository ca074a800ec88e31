package flows

import (
	"fmt"
	"io"
	"strings"
)

// Graph formats flows graph accepts.
const (
	FormatMermaid = "mermaid"
	FormatDot     = "dot"
)

// GraphFormats lists the accepted formats, for help and error messages.
var GraphFormats = []string{FormatMermaid, FormatDot}

// WriteGraph draws trees as a flowchart, for new hires who want to see the
// whole map and for reviewers of a change to a tree. Links into other trees
// are drawn as edges to those trees' nodes, so drawing every tree at once
// shows one connected map.
func WriteGraph(w io.Writer, trees []*Tree, set *Set, format string) error {
	var g graphWriter
	switch format {
	case FormatMermaid:
		g = &mermaid{w: w}
	case FormatDot:
		g = &dot{w: w}
	default:
		return fmt.Errorf("unknown graph format %q: use %s", format, strings.Join(GraphFormats, " or "))
	}
	// Edges are written after every tree's box: a node first named inside
	// another tree's box would be drawn in that box.
	type edge struct{ from, to, label string }
	var edges []edge
	g.begin()
	for _, t := range trees {
		g.tree(t)
		for _, n := range t.Nodes {
			g.node(t, n)
			for _, c := range n.Choices {
				if c.Outcome != "" {
					end := fmt.Sprintf("%s#%s#%s", t.ID, n.ID, slug(c.Label))
					g.leaf(end, endLabel(c.Outcome, c.Guide))
					edges = append(edges, edge{nodeKey(t.ID, n.ID), end, c.Label})
					continue
				}
				to, err := set.resolve(t, c.Next)
				if err != nil {
					return err
				}
				edges = append(edges, edge{nodeKey(t.ID, n.ID), nodeKey(to.tree.ID, to.node.ID), c.Label})
			}
			for _, kind := range FailureKinds {
				if ref, ok := n.OnError[kind]; ok {
					to, err := set.resolve(t, ref)
					if err != nil {
						return err
					}
					edges = append(edges, edge{nodeKey(t.ID, n.ID), nodeKey(to.tree.ID, to.node.ID), "fails: " + kind})
				}
			}
		}
		g.endTree()
	}
	drawn := map[string]bool{}
	for _, t := range trees {
		drawn[t.ID] = true
	}
	for _, e := range edges {
		if treeID, _, _ := strings.Cut(e.to, "#"); !drawn[treeID] && !drawn[e.to] {
			// A link into a tree not drawn here: show where it leads.
			g.leaf(e.to, "go to "+e.to)
			drawn[e.to] = true
		}
		g.edge(e.from, e.to, e.label)
	}
	g.finish()
	return nil
}

type graphWriter interface {
	begin()
	tree(t *Tree)
	node(t *Tree, n *Node)
	leaf(key, label string)
	edge(from, to, label string)
	endTree()
	finish()
}

func nodeKey(tree, node string) string { return tree + "#" + node }

// nodeLabel is the text shown in a node's box: what the person sees there.
func nodeLabel(n *Node) string {
	switch n.Kind() {
	case GuideNode:
		return "guide: " + n.Guide
	case Action:
		return "action: " + n.Action
	case End:
		return endLabel(n.Outcome, n.Guide)
	}
	return n.Ask
}

func endLabel(o Outcome, guide string) string {
	if guide != "" {
		return string(o) + " → " + guide
	}
	return string(o)
}

func slug(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), "-")
}

type mermaid struct {
	w   io.Writer
	ids map[string]string
}

// id gives each node a short, safe Mermaid identifier.
func (m *mermaid) id(key string) string {
	if m.ids == nil {
		m.ids = map[string]string{}
	}
	if id, ok := m.ids[key]; ok {
		return id
	}
	id := fmt.Sprintf("n%d", len(m.ids))
	m.ids[key] = id
	return id
}

func (m *mermaid) begin()  { fmt.Fprintln(m.w, "flowchart TD") }
func (m *mermaid) finish() {}
func (m *mermaid) tree(t *Tree) {
	fmt.Fprintf(m.w, "  subgraph %s[%q]\n", t.ID, t.Title)
}
func (m *mermaid) endTree() { fmt.Fprintln(m.w, "  end") }
func (m *mermaid) node(t *Tree, n *Node) {
	open, close := "[", "]"
	switch n.Kind() {
	case Question:
		open, close = "{", "}"
	case End:
		open, close = "([", "])"
	}
	fmt.Fprintf(m.w, "    %s%s%s%s\n", m.id(nodeKey(t.ID, n.ID)), open, mermaidText(nodeLabel(n)), close)
}
func (m *mermaid) leaf(key, label string) {
	fmt.Fprintf(m.w, "    %s([%s])\n", m.id(key), mermaidText(label))
}
func (m *mermaid) edge(from, to, label string) {
	fmt.Fprintf(m.w, "  %s -->|%s| %s\n", m.id(from), mermaidText(label), m.id(to))
}

// mermaidText quotes text for Mermaid, which breaks on raw quotes and pipes.
func mermaidText(s string) string {
	s = strings.NewReplacer(`"`, "#quot;", "|", "#124;").Replace(s)
	return `"` + s + `"`
}

type dot struct{ w io.Writer }

func (d *dot) begin() {
	fmt.Fprintln(d.w, "digraph signin_doctor {")
	fmt.Fprintln(d.w, "  rankdir=TB; node [fontname=\"Helvetica\"];")
}
func (d *dot) finish() { fmt.Fprintln(d.w, "}") }
func (d *dot) tree(t *Tree) {
	fmt.Fprintf(d.w, "  subgraph %q {\n    label=%q;\n", "cluster_"+t.ID, t.Title)
}
func (d *dot) endTree() { fmt.Fprintln(d.w, "  }") }
func (d *dot) node(t *Tree, n *Node) {
	shape := "box"
	switch n.Kind() {
	case Question:
		shape = "diamond"
	case End:
		shape = "oval"
	}
	fmt.Fprintf(d.w, "    %q [label=%q, shape=%s];\n", nodeKey(t.ID, n.ID), nodeLabel(n), shape)
}
func (d *dot) leaf(key, label string) {
	fmt.Fprintf(d.w, "    %q [label=%q, shape=oval];\n", key, label)
}
func (d *dot) edge(from, to, label string) {
	fmt.Fprintf(d.w, "  %q -> %q [label=%q];\n", from, to, label)
}
