package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// The chrome is what surrounds every screen: the header with the app's
// name, the breadcrumbs and the backend, and the footer with the keys.

const (
	appName  = "signin-doctor"
	crumbSep = " › "
)

// header is one line: where you are on the left, the backend and its
// badges (dry run, read-only) on the right. The backend and the badges
// always show, cut short only on very narrow windows, since they say
// whether a change is real; the program's name gives way to the
// breadcrumbs (the window title has it too), and the breadcrumbs give way
// from the left, keeping the latest steps.
func header(st Styles, crumbs []string, backend string, badges []string, width int) string {
	right := "backend: " + backend
	if width < 60 {
		right = backend
	}
	right = st.Backend.Render(layout.Truncate(right, max(width/3, 8)))
	for _, b := range badges {
		right += " " + st.Badge.Render(b)
	}
	room := width - ansi.StringWidth(right) - 2
	left := breadcrumbs(st, crumbs, room)
	if name := appName + "  "; ansi.StringWidth(name+strings.Join(crumbs, crumbSep)) <= room {
		left = st.App.Render(name) + left
	}
	gap := max(width-ansi.StringWidth(left)-ansi.StringWidth(right), 1)
	return layout.Truncate(left+strings.Repeat(" ", gap)+right, width)
}

// breadcrumbs draws the trail in width cells, the current place in bold.
func breadcrumbs(st Styles, crumbs []string, width int) string {
	kept, elided := layout.Crumbs(crumbs, ansi.StringWidth(crumbSep), width)
	parts := make([]string, 0, len(kept)+1)
	if elided {
		parts = append(parts, st.Crumb.Render(layout.Ellipsis))
	}
	for i, c := range kept {
		if i == len(kept)-1 {
			parts = append(parts, st.CrumbCurrent.Render(c))
		} else {
			parts = append(parts, st.Crumb.Render(c))
		}
	}
	return strings.Join(parts, st.CrumbSep.Render(crumbSep))
}

// shortCrumb keeps one crumb short enough that a trail stays readable.
func shortCrumb(s string) string { return layout.Truncate(strings.TrimSpace(s), 32) }

// footer is two lines: the keys of this screen (or a status message, which
// matters more while it lasts) and the keys that work everywhere.
func footer(st Styles, h help.Model, local, global []key.Binding, status string, width int) string {
	h.Styles = st.Help
	h.SetWidth(width)
	first := h.ShortHelpView(local)
	if status != "" {
		first = st.Status.Render(layout.Truncate(status, width))
	}
	return first + "\n" + h.ShortHelpView(global)
}

// rule is a horizontal line across the width with a few words in it.
func rule(st Styles, width int, info string) string {
	if width <= 0 {
		return ""
	}
	if info == "" || width < ansi.StringWidth(info)+8 {
		return st.Rule.Render(strings.Repeat("─", width))
	}
	tail := width - ansi.StringWidth(info) - 4
	return st.Rule.Render("── ") + st.Muted.Render(info) + st.Rule.Render(" "+strings.Repeat("─", tail))
}
