package flows

import (
	"os"
	"testing"
	"testing/fstest"
)

// FuzzLoadAndValidate feeds arbitrary bytes to the loader and validator as a
// tree file beside a valid one. Nothing may panic; every problem must name
// its file.
func FuzzLoadAndValidate(f *testing.F) {
	for _, seed := range []string{"triage.yaml", "forgot-root-password.yaml", "lost-access-keys.yaml"} {
		data, err := embedded.ReadFile(seed)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, dir := range []string{"broken/main.yaml", "broken/shape.yaml", "syntax/tree.yaml"} {
		data, err := os.ReadFile("testdata/" + dir)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("id: fuzz\nnodes: [null, {id: a, choices: [null]}]\nstart: a\n"))
	f.Add([]byte("id: fuzz\nstart: a\nnodes:\n  - id: a\n    on_error: {any: fuzz#}\n    action: x\n    choices: [{label: x, next: '#'}]\n"))
	other, _ := embedded.ReadFile("contact-support.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"fuzz.yaml":            {Data: data},
			"contact-support.yaml": {Data: other},
		}
		set, problems := LoadPartial(fsys, ".")
		problems = append(problems, Validate(set, Catalog{GuideIDs: []string{"contact-aws-support"}, ActionIDs: []string{}})...)
		for _, p := range problems {
			if p.File == "" || p.Message == "" {
				t.Fatalf("problem without a file or message: %#v", p)
			}
		}
		// A set that validates must also be walkable without panics.
		if len(problems) == 0 {
			for _, tr := range set.Entries() {
				walkAll(t, set, tr.ID, 200)
			}
		}
	})
}
