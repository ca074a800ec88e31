package suggest

import (
	"reflect"
	"testing"
)

func TestClosest(t *testing.T) {
	ids := []string{"reset-root-password", "rotate-access-keys", "lost-mfa-device", "close-account"}
	cases := []struct {
		want string
		max  int
		got  []string
	}{
		{"reset-root-pasword", 3, []string{"reset-root-password"}},
		{"mfa", 3, []string{"lost-mfa-device"}},
		{"ROTATE-access-keys", 3, []string{"rotate-access-keys"}},
		{"zzzzzzzz", 3, nil},
		{"", 3, nil},
		{"-", 2, []string{"close-account", "lost-mfa-device"}},
	}
	for _, c := range cases {
		if got := Closest(c.want, ids, c.max); !reflect.DeepEqual(got, c.got) {
			t.Errorf("Closest(%q) = %v, want %v", c.want, got, c.got)
		}
	}
}
