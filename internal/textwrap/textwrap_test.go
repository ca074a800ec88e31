package textwrap

import (
	"reflect"
	"testing"
)

func TestLines(t *testing.T) {
	url := "https://repost.aws/knowledge-center/forgot-aws-sign-in-credentials"
	cases := []struct {
		name    string
		text    string
		width   int
		cutLong bool
		want    []string
	}{
		{"breaks at spaces, not hyphens", "see the sign-in page now", 12, false, []string{"see the", "sign-in page", "now"}},
		{"an address stays whole in plain text", "Open " + url, 30, false, []string{"Open", url}},
		{"an address wider than a screen is cut", url, 40, true, []string{url[:40], url[40:]}},
		{"list items hang under their text", "• one two three four", 10, false, []string{"• one two", "  three", "  four"}},
		{"numbered items too", "12. alpha beta gamma", 14, false, []string{"12. alpha beta", "    gamma"}},
		{"short lines are kept", "a\nb", 5, false, []string{"a", "b"}},
	}
	for _, c := range cases {
		if got := Lines(c.text, c.width, c.cutLong); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
