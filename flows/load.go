package flows

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"

	"github.com/signin-doctor/signin-doctor/internal/diag"
)

//go:embed *.yaml
var embedded embed.FS

// EmbeddedFS is the built-in tree files, for tools that load them their own way.
var EmbeddedFS fs.FS = embedded

// Set is every tree that was loaded, entry trees first.
type Set struct {
	trees []*Tree
	byID  map[string]*Tree
}

// Tree returns the tree with this id.
func (s *Set) Tree(id string) (*Tree, bool) {
	t, ok := s.byID[id]
	return t, ok
}

// Trees returns every tree: entry trees by Order then title, then the rest.
// The slice is shared: do not change it.
func (s *Set) Trees() []*Tree { return s.trees }

// Entries returns the trees listed on the home screen, in display order.
func (s *Set) Entries() []*Tree {
	var out []*Tree
	for _, t := range s.trees {
		if t.Entry {
			out = append(out, t)
		}
	}
	return out
}

// IDs returns every tree id, for suggestions.
func (s *Set) IDs() []string {
	ids := make([]string, len(s.trees))
	for i, t := range s.trees {
		ids[i] = t.ID
	}
	return ids
}

// Embedded loads the trees built into the binary (without validating them
// against guides and actions: see Validate).
func Embedded() (*Set, error) {
	return Load(embedded, ".")
}

// Load parses every *.yaml file in dir of fsys. Every problem in every file is
// returned together as a diag.List.
func Load(fsys fs.FS, dir string) (*Set, error) {
	set, problems := LoadPartial(fsys, dir)
	if err := problems.Err(); err != nil {
		return nil, err
	}
	return set, nil
}

// LoadPartial parses like Load but always returns a set: every tree that
// could be decoded, even with problems, so that a validator can go on to
// report the whole-set problems in the same run.
func LoadPartial(fsys fs.FS, dir string) (*Set, diag.List) {
	set := &Set{byID: map[string]*Tree{}}
	var names []string
	for _, pattern := range []string{"*.yaml", "*.yml"} {
		found, err := fs.Glob(fsys, path.Join(dir, pattern))
		if err != nil {
			return set, diag.List{{File: dir, Message: fmt.Sprintf("list trees: %v", err)}}
		}
		names = append(names, found...)
	}
	sort.Strings(names)
	var problems diag.List
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			problems.Add(name, 0, "cannot read: %v", err)
			continue
		}
		t, found := parseTree(name, data)
		problems = append(problems, found...)
		if t == nil {
			continue
		}
		if prev, dup := set.byID[t.ID]; dup {
			problems.Add(name, 1, "tree id %q is already used by %s", t.ID, prev.File)
			continue
		}
		set.byID[t.ID] = t
		set.trees = append(set.trees, t)
	}
	if len(names) == 0 {
		problems.Add(dir, 0, "no trees found: put one *.yaml file per decision tree here")
	}
	sort.SliceStable(set.trees, func(i, j int) bool {
		a, b := set.trees[i], set.trees[j]
		if a.Entry != b.Entry {
			return a.Entry
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Title < b.Title
	})
	return set, problems
}

// parseTree decodes one file and checks what can be checked inside it. The
// tree comes back whenever it could be decoded, problems or not.
func parseTree(file string, data []byte) (*Tree, diag.List) {
	var problems diag.List
	t := &Tree{}
	if err := diag.Unmarshal(data, t); err != nil {
		problems = append(problems, diag.FromYAML(file, 0, err))
		return nil, problems
	}
	// Set after decoding: an empty document resets the whole struct.
	t.File = file
	sum := sha256.Sum256(data)
	t.Version = hex.EncodeToString(sum[:6])
	problems = append(problems, checkTree(t)...)
	return t, problems
}

// UnmarshalYAML decodes a node and remembers its line.
func (n *Node) UnmarshalYAML(v ast.Node) error {
	type plain Node
	var p plain
	if err := yaml.NodeToValue(v, &p, yaml.DisallowUnknownField()); err != nil {
		return err
	}
	*n = Node(p)
	n.Line = v.GetToken().Position.Line
	return nil
}

// UnmarshalYAML decodes a choice and remembers its line.
func (c *Choice) UnmarshalYAML(v ast.Node) error {
	type plain Choice
	var p plain
	if err := yaml.NodeToValue(v, &p, yaml.DisallowUnknownField()); err != nil {
		return err
	}
	*c = Choice(p)
	c.Line = v.GetToken().Position.Line
	return nil
}
