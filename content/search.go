package content

import (
	"sort"
	"strings"
	"unicode"
)

// searchEntry holds a guide's text lowercased once, so a search on every key
// press costs string scans and nothing else.
type searchEntry struct {
	guide   *Guide
	title   string
	tags    string
	summary string
	body    string
}

func buildIndex(guides []*Guide) []searchEntry {
	idx := make([]searchEntry, len(guides))
	for i, g := range guides {
		idx[i] = searchEntry{
			guide:   g,
			title:   strings.ToLower(g.Title + " " + g.ID),
			tags:    strings.ToLower(strings.Join(g.Tags, " ")),
			summary: strings.ToLower(g.Summary),
			body:    strings.ToLower(g.Body),
		}
	}
	return idx
}

// Search returns the guides that contain every word of query, best first: a
// word in the title counts most, then tags, summary and body. An empty query
// returns every guide in title order.
func (l *Library) Search(query string) []*Guide {
	words := Words(query)
	if len(words) == 0 {
		return l.guides
	}
	type hit struct {
		guide *Guide
		score int
	}
	var hits []hit
	for _, e := range l.index {
		score := 0
		for _, w := range words {
			s := 0
			if strings.Contains(e.title, w) {
				s += 8
			}
			if strings.Contains(e.tags, w) {
				s += 4
			}
			if strings.Contains(e.summary, w) {
				s += 2
			}
			if strings.Contains(e.body, w) {
				s++
			}
			if s == 0 {
				score = 0
				break
			}
			score += s
		}
		if score > 0 {
			hits = append(hits, hit{e.guide, score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	out := make([]*Guide, len(hits))
	for i, h := range hits {
		out[i] = h.guide
	}
	return out
}

// Words splits a query into lowercase words, dropping punctuation, so that
// "Root password?" and "root  password" search alike.
func Words(query string) []string {
	return strings.FieldsFunc(strings.ToLower(query), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
