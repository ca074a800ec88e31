package content

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/signin-doctor/signin-doctor/internal/diag"
)

//go:embed *.md
var embedded embed.FS

// Library is every guide, by id, in title order.
type Library struct {
	guides []*Guide
	byID   map[string]*Guide
	index  []searchEntry
}

// Embedded loads the guides built into the binary.
func Embedded() (*Library, error) {
	return Load(embedded, ".")
}

// Load reads every *.md file in dir of fsys. All problems in all files are
// reported together as a diag.List, so one run shows everything to fix.
func Load(fsys fs.FS, dir string) (*Library, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.md"))
	if err != nil {
		return nil, fmt.Errorf("list guides in %s: %w", dir, err)
	}
	lib := &Library{byID: make(map[string]*Guide, len(names))}
	var problems diag.List
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read guide: %w", err)
		}
		g, found := parseGuide(name, data)
		problems = append(problems, found...)
		if g == nil {
			continue
		}
		if prev, dup := lib.byID[g.ID]; dup {
			problems.Add(name, 1, "guide id %q is already used by %s", g.ID, prev.File)
			continue
		}
		lib.byID[g.ID] = g
		lib.guides = append(lib.guides, g)
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	sort.Slice(lib.guides, func(i, j int) bool { return lib.guides[i].Title < lib.guides[j].Title })
	lib.index = buildIndex(lib.guides)
	return lib, nil
}

// Guide returns the guide with this id.
func (l *Library) Guide(id string) (*Guide, bool) {
	g, ok := l.byID[id]
	return g, ok
}

// All returns every guide in title order. The slice is shared: do not change it.
func (l *Library) All() []*Guide { return l.guides }

// IDs returns every guide id in title order, for suggestions and completion.
func (l *Library) IDs() []string {
	ids := make([]string, len(l.guides))
	for i, g := range l.guides {
		ids[i] = g.ID
	}
	return ids
}
