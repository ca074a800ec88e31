package content

import "testing"

// BenchmarkRenderFirst is a guide's first render at a width (glamour plus
// wrapping), as when a guide opens or the window is resized.
func BenchmarkRenderFirst(b *testing.B) {
	lib := mustLibrary(b)
	g, _ := lib.Guide("reset-root-password")
	for b.Loop() {
		if _, err := NewRenderer(StyleDark).Render(g, 100); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderNewWidth renders with a warm renderer at ever new widths:
// the cost of a resize.
func BenchmarkRenderNewWidth(b *testing.B) {
	lib := mustLibrary(b)
	g, _ := lib.Guide("reset-root-password")
	r := NewRenderer(StyleDark)
	w := 40
	for b.Loop() {
		w++
		if _, err := r.Render(g, w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderCached is the same guide at the same width again.
func BenchmarkRenderCached(b *testing.B) {
	lib := mustLibrary(b)
	g, _ := lib.Guide("reset-root-password")
	r := NewRenderer(StyleDark)
	r.Render(g, 100)
	for b.Loop() {
		if _, err := r.Render(g, 100); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch is one full-text search over every guide (a key press in
// the browse filter).
func BenchmarkSearch(b *testing.B) {
	lib := mustLibrary(b)
	for b.Loop() {
		lib.Search("root password email")
	}
}
