package content

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func mustLibrary(t testing.TB) *Library {
	t.Helper()
	lib, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// The topics the source pages cover, each of which needs a guide.
var requiredGuides = []string{
	"sign-in-pages", "reset-root-password", "root-reset-email-missing",
	"find-account-email", "lost-email-access", "iam-password-forgotten",
	"change-own-password", "admin-reset-iam-password", "find-account-id",
	"lost-root-access-keys", "lost-iam-access-keys", "rotate-access-keys",
	"credentials-dont-work", "exposed-credentials", "keep-credentials-safe",
	"lost-mfa-device", "captcha-trouble", "amazon-retail-account", "builder-id",
	"change-credit-card", "report-fraud", "close-account", "contact-aws-support",
	"what-you-need-to-reset",
}

func TestEveryTopicHasAGuide(t *testing.T) {
	lib := mustLibrary(t)
	for _, id := range requiredGuides {
		if _, ok := lib.Guide(id); !ok {
			t.Errorf("no guide %q", id)
		}
	}
}

var stepsList = regexp.MustCompile(`(?m)^1\. `)

func TestGuidesFollowTheHouseStyle(t *testing.T) {
	for _, g := range mustLibrary(t).All() {
		body := g.Body
		if !strings.Contains(body, "## Where this comes from") {
			t.Errorf("%s: no 'Where this comes from' section", g.ID)
		}
		for _, s := range g.Sources {
			if !strings.Contains(body, s.URL) {
				t.Errorf("%s: source %s is not linked in the body", g.ID, s.URL)
			}
		}
		if strings.HasPrefix(strings.TrimSpace(body), "# ") {
			t.Errorf("%s: repeats its title as a heading; the program shows the title", g.ID)
		}
		if len(g.Summary) > 110 {
			t.Errorf("%s: summary is %d characters; keep it to one short line", g.ID, len(g.Summary))
		}
		if len(g.Tags) == 0 {
			t.Errorf("%s: no tags for search", g.ID)
		}
		if strings.Contains(body, "## Steps") && !stepsList.MatchString(body) {
			t.Errorf("%s: has a Steps section without a numbered list", g.ID)
		}
	}
}

func TestNoAPIFixesSaySo(t *testing.T) {
	lib := mustLibrary(t)
	for _, id := range []string{"reset-root-password", "close-account"} {
		g, _ := lib.Guide(id)
		if !strings.Contains(strings.ToLower(g.Body), "no api") && !strings.Contains(strings.ToLower(g.Body), "cannot do") {
			t.Errorf("%s should say plainly that there is no API for this fix", id)
		}
	}
}

func TestEveryGuideRendersInEveryStyleAndWidth(t *testing.T) {
	lib := mustLibrary(t)
	for _, style := range []string{StyleDark, StyleLight, StylePlain} {
		r := NewRenderer(style)
		for _, g := range lib.All() {
			for _, w := range []int{1, 40, 80, 120} {
				out, err := r.Render(g, w)
				if err != nil {
					t.Fatalf("%s/%s/%d: %v", style, g.ID, w, err)
				}
				plain := ansi.Strip(out)
				if !strings.Contains(plain, g.Title) && w >= 80 {
					t.Errorf("%s/%s/%d: title missing from the page", style, g.ID, w)
				}
				if style == StylePlain && out != plain {
					t.Errorf("%s/%d: plain style left escape sequences", g.ID, w)
				}
				checkWidth(t, g, style, out, max(w, MinWidth))
			}
		}
	}
}

// checkWidth fails on lines wider than the page, except, in plain style, a
// line holding one unbreakable word (an address), which is kept whole.
func checkWidth(t *testing.T, g *Guide, style, out string, width int) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if ansi.StringWidth(line) <= width {
			continue
		}
		if style == StylePlain && len(strings.Fields(line)) <= 2 {
			continue
		}
		t.Errorf("%s/%s/%d: line too wide (%d): %q", style, g.ID, width, ansi.StringWidth(line), ansi.Strip(line))
	}
}

func TestPlainRenderingKeepsAddressesWhole(t *testing.T) {
	lib := mustLibrary(t)
	g, _ := lib.Guide("credentials-dont-work")
	out, err := NewRenderer(StylePlain).Render(g, 40)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range g.Sources {
		if !strings.Contains(out, s.URL) {
			t.Errorf("address %s was cut in the plain page:\n%s", s.URL, out)
		}
	}
	if strings.Contains(out, "**") {
		t.Error("plain page still shows Markdown bold markers")
	}
}

func TestRenderIsCachedPerWidth(t *testing.T) {
	lib := mustLibrary(t)
	g, _ := lib.Guide("reset-root-password")
	r := NewRenderer(StylePlain)
	if _, ok := r.Cached(g, 80); ok {
		t.Fatal("cached before the first render")
	}
	first, _ := r.Render(g, 80)
	cached, ok := r.Cached(g, 80)
	if !ok || cached != first {
		t.Fatal("render at 80 not cached")
	}
	if _, ok := r.Cached(g, 60); ok {
		t.Fatal("width 60 reported cached after rendering only 80")
	}
	narrow, _ := r.Render(g, 60)
	if narrow == first {
		t.Fatal("60 and 80 columns rendered the same")
	}
}

func TestSearch(t *testing.T) {
	lib := mustLibrary(t)
	hits := lib.Search("root password")
	if len(hits) == 0 || hits[0].ID != "reset-root-password" {
		t.Fatalf("search 'root password' first hit = %v, want reset-root-password", ids(hits))
	}
	if got := lib.Search("MFA"); len(got) == 0 || got[0].ID != "lost-mfa-device" {
		t.Errorf("search 'MFA' = %v", ids(got))
	}
	if got := lib.Search("zzzz-nothing"); len(got) != 0 {
		t.Errorf("search for nonsense found %v", ids(got))
	}
	if got := lib.Search("  "); len(got) != len(lib.All()) {
		t.Errorf("empty search returned %d guides, want all %d", len(got), len(lib.All()))
	}
}

func ids(gs []*Guide) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.ID)
	}
	return out
}

func TestBrokenGuidesReportFileAndLine(t *testing.T) {
	_, err := Load(os.DirFS("testdata/broken"), ".")
	if err == nil {
		t.Fatal("broken guides loaded")
	}
	for _, want := range []string{
		"bad-yaml.md:3: sequence end token ']' not found",
		"empty-body.md:1: the guide has no text after its front matter",
		"empty-body.md:5: each source needs a title and an https:// url",
		"no-front-matter.md:1: a guide starts with front matter",
		`no-sources.md:6: unknown field "author"`,
		`wrong-id.md:2: id "other-name" does not match the file name`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in\n%s", want, err)
		}
	}
}

// FuzzParseGuide feeds arbitrary bytes to the guide parser: it must never
// panic, and anything it accepts must be a complete guide.
func FuzzParseGuide(f *testing.F) {
	data, _ := embedded.ReadFile("reset-root-password.md")
	f.Add(data)
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nid: x\n---"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, problems := parseGuide("x.md", data)
		if g == nil && len(problems) == 0 {
			t.Fatal("rejected without a reason")
		}
		if g != nil && (g.ID != "x" || g.Title == "" || len(g.Sources) == 0 || g.File != "x.md") {
			t.Fatalf("accepted an incomplete guide: %+v", g)
		}
		for _, p := range problems {
			if p.File != "x.md" {
				t.Fatalf("problem names file %q", p.File)
			}
		}
	})
}
