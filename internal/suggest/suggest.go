// Package suggest finds the names closest to a mistyped one, so that every
// "unknown id" message can say what would have worked.
package suggest

import (
	"sort"
	"strings"
)

// Closest returns up to limit candidates nearest to want, best first. A
// candidate qualifies when it contains want (or want contains it), or when its
// edit distance is small for its length; nothing qualifies for an empty want.
func Closest(want string, candidates []string, limit int) []string {
	want = strings.ToLower(strings.TrimSpace(want))
	if want == "" {
		return nil
	}
	type scored struct {
		name  string
		score int
	}
	var found []scored
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := distance(want, lc)
		switch {
		case strings.Contains(lc, want) || strings.Contains(want, lc):
			found = append(found, scored{c, d - 100})
		case d <= max(len(want)/3, 2):
			found = append(found, scored{c, d})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].score != found[j].score {
			return found[i].score < found[j].score
		}
		return found[i].name < found[j].name
	})
	var out []string
	for i := 0; i < len(found) && i < limit; i++ {
		out = append(out, found[i].name)
	}
	return out
}

// distance is the Levenshtein edit distance between a and b, by bytes: ids
// here are ASCII, so bytes and runes agree.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
