// Package content is the guidance library: one Markdown guide per problem,
// with YAML front matter, embedded in the binary, indexed and searchable.
package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/signin-doctor/signin-doctor/internal/diag"
)

// Source is an official page a guide's facts come from.
type Source struct {
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
}

// Guide is one page of guidance.
type Guide struct {
	ID      string   `yaml:"id"`
	Title   string   `yaml:"title"`
	Summary string   `yaml:"summary"`
	Sources []Source `yaml:"sources"`
	Tags    []string `yaml:"tags"`

	// Body is the Markdown after the front matter.
	Body string `yaml:"-"`
	// File is the name the guide was loaded from, for error messages.
	File string `yaml:"-"`
}

// Markdown is the whole page as shown to a reader: the title as a heading,
// then the body. The title lives in front matter so lists can show it too.
func (g *Guide) Markdown() string {
	return "# " + g.Title + "\n\n" + g.Body
}

var (
	guideID       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	frontMatterRE = regexp.MustCompile(`(?s)\A---\r?\n(.*?\r?\n)?---\r?\n?`)
)

// parseGuide reads one guide file. Every problem found is returned at once,
// each with the file and line it stands on.
func parseGuide(file string, data []byte) (*Guide, diag.List) {
	var problems diag.List
	m := frontMatterRE.FindSubmatchIndex(data)
	if m == nil {
		problems.Add(file, 1, "a guide starts with front matter: a line '---', the YAML fields (id, title, summary, sources, tags), and a closing '---'")
		return nil, problems
	}
	var front []byte
	if m[2] >= 0 { // the YAML between the fences; absent when they touch
		front = data[m[2]:m[3]]
	}
	g := &Guide{}
	if err := diag.Unmarshal(front, g); err != nil {
		// The front matter starts on line 2, after the opening '---'.
		problems = append(problems, diag.FromYAML(file, 1, err))
		return nil, problems
	}
	// Set after decoding: an empty front matter resets the whole struct.
	g.File, g.Body = file, strings.TrimSpace(string(data[m[1]:]))+"\n"
	line := func(key string) int { return keyLine(front, key) + 1 }
	switch {
	case g.ID == "":
		problems.Add(file, 1, "front matter has no id: add 'id: %s'", strings.TrimSuffix(baseName(file), ".md"))
	case !guideID.MatchString(g.ID):
		problems.Add(file, line("id"), "id %q should be lowercase words joined by '-', like 'reset-root-password'", g.ID)
	case g.ID+".md" != baseName(file):
		problems.Add(file, line("id"), "id %q does not match the file name; rename the file to %s.md or change the id", g.ID, g.ID)
	}
	if strings.TrimSpace(g.Title) == "" {
		problems.Add(file, 1, "front matter has no title")
	}
	if strings.TrimSpace(g.Summary) == "" {
		problems.Add(file, 1, "front matter has no summary: one sentence saying what the guide gets you")
	}
	if len(g.Sources) == 0 {
		problems.Add(file, 1, "front matter lists no sources: name the official page(s) the facts come from")
	}
	for _, s := range g.Sources {
		if s.Title == "" || !strings.HasPrefix(s.URL, "https://") {
			problems.Add(file, line("sources"), "each source needs a title and an https:// url")
		}
	}
	if strings.TrimSpace(g.Body) == "" {
		problems.Add(file, 1, "the guide has no text after its front matter")
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return g, nil
}

// keyLine finds the 1-based line of a top-level key in a YAML block, or 1.
func keyLine(block []byte, key string) int {
	for i, l := range bytes.Split(block, []byte("\n")) {
		if bytes.HasPrefix(l, []byte(key+":")) {
			return i + 1
		}
	}
	return 1
}

func baseName(file string) string {
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		return file[i+1:]
	}
	return file
}

// String names the guide for logs and errors.
func (g *Guide) String() string { return fmt.Sprintf("%s (%s)", g.ID, g.Title) }
