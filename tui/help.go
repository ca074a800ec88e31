package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// helpIntro says in a few words how the program works, above the keys.
var helpIntro = []string{
	"Pick the problem closest to yours, answer the questions,",
	"and follow the guide each answer leads to.",
	"Number keys pick a choice at once; esc undoes the last one.",
	"Changes are confirmed first; a new secret is shown only once.",
}

// helpView is the help overlay: the intro and every binding of the KeyMap
// in columns, boxed and centred in the body. It is drawn from the same
// bindings Update matches, so it cannot disagree with the keys.
func helpView(c *common, h help.Model, width, height int) string {
	st := c.styles
	h.Styles = st.Help
	var b strings.Builder
	b.WriteString(st.Title.Render("Keys") + "\n\n")
	for _, l := range helpIntro {
		b.WriteString(st.Tip.Render(l) + "\n")
	}
	b.WriteString("\n" + h.FullHelpView(c.keys.FullHelp()) + "\n\n")
	b.WriteString(st.Muted.Render("? or esc closes this help"))
	box := st.HelpBox.Render(b.String())
	if lipgloss.Width(box) > width || lipgloss.Height(box) > height {
		// Too big to box: the bare text still helps.
		return layout.Fit(b.String(), width, height)
	}
	return lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center, box)
}
