package actions

import (
	"fmt"
	"strings"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// now is the clock "3 days ago" is measured from; tests fix it.
var now = time.Now

// ago says how long ago t was, in the largest unit that fits.
func ago(t time.Time) string {
	d := now().Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute") + " ago"
	case d < 48*time.Hour:
		return plural(int(d/time.Hour), "hour") + " ago"
	case d < 60*24*time.Hour:
		return plural(int(d/(24*time.Hour)), "day") + " ago"
	default:
		return plural(int(d/(30*24*time.Hour)), "month") + " ago"
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// lastUse describes when and where a key was last used.
func lastUse(k backend.AccessKey) string {
	switch {
	case k.LastUsedUnknown:
		return "last use unknown (no permission to read it)"
	case k.LastUsed == nil:
		return "never used"
	}
	u := k.LastUsed
	where := strings.TrimSpace(strings.Join(nonEmpty(u.Service, u.Region), " in "))
	if where == "" {
		return "last used " + ago(u.Time)
	}
	return "last used " + ago(u.Time) + " (" + where + ")"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" && s != "N/A" {
			out = append(out, s)
		}
	}
	return out
}

// keyLine is one access key in a list.
func keyLine(k backend.AccessKey) string {
	return fmt.Sprintf("%s  %s, created %s, %s", k.ID, strings.ToLower(k.Status()), ago(k.Created), lastUse(k))
}

// usedRecently reports whether a key was used in the last week: switching it
// off then would likely break something still running.
func usedRecently(k backend.AccessKey) bool {
	return k.LastUsed != nil && now().Sub(k.LastUsed.Time) < 7*24*time.Hour
}
