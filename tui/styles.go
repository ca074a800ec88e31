package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/signin-doctor/signin-doctor/content"
)

// Styles is every look of the program, built once for a dark or a light
// background (or for no colour at all) and swapped whole when the terminal
// tells us its background, so no screen picks a colour by itself.
type Styles struct {
	// Glamour is the content.Renderer style guides are drawn in.
	Glamour string

	App          lipgloss.Style // the program's name in the header
	Crumb        lipgloss.Style
	CrumbCurrent lipgloss.Style
	CrumbSep     lipgloss.Style
	Backend      lipgloss.Style
	Badge        lipgloss.Style // "dry run", "read-only" beside the backend

	Title    lipgloss.Style // a question, a list heading
	Tip      lipgloss.Style // a node's extra words, a summary
	Muted    lipgloss.Style
	Item     lipgloss.Style
	Selected lipgloss.Style // the highlighted item of a list
	Marker   lipgloss.Style // the › in front of the highlighted item
	Number   lipgloss.Style

	Rule     lipgloss.Style
	Status   lipgloss.Style
	Resolved lipgloss.Style
	Escalate lipgloss.Style
	HelpBox  lipgloss.Style

	Cursor lipgloss.Style // the block cursor of a text field

	Warning lipgloss.Style // something to act on before going further
	Secret  lipgloss.Style // a new secret, masked or revealed

	Help help.Styles
}

// NewStyles builds the styles for a dark or light background; noColor keeps
// only bold, faint and the like, for NO_COLOR.
func NewStyles(dark, noColor bool) Styles {
	pick := lipgloss.LightDark(dark)
	var (
		accent   = pick(lipgloss.Color("#B35C00"), lipgloss.Color("#FF9900"))
		text     = pick(lipgloss.Color("#1F1F1F"), lipgloss.Color("#E4E4E4"))
		muted    = pick(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
		rule     = pick(lipgloss.Color("#C8C8C8"), lipgloss.Color("#444444"))
		selected = pick(lipgloss.Color("#FFF1DC"), lipgloss.Color("#3A2A10"))
		good     = pick(lipgloss.Color("#1A7F37"), lipgloss.Color("#5FD787"))
		warn     = pick(lipgloss.Color("#B42318"), lipgloss.Color("#FF875F"))
	)
	if noColor {
		accent, text, muted, rule, selected, good, warn = nil, nil, nil, nil, nil, nil, nil
	}
	fg := func(c color.Color) lipgloss.Style {
		if c == nil {
			return lipgloss.NewStyle()
		}
		return lipgloss.NewStyle().Foreground(c)
	}

	s := Styles{
		Glamour:      content.StyleDark,
		App:          fg(accent).Bold(true),
		Crumb:        fg(muted),
		CrumbCurrent: fg(text).Bold(true),
		CrumbSep:     fg(rule),
		Backend:      fg(muted),
		Title:        fg(text).Bold(true),
		Tip:          fg(muted),
		Muted:        fg(muted),
		Item:         fg(text),
		Selected:     fg(accent).Bold(true),
		Marker:       fg(accent).Bold(true),
		Number:       fg(muted),
		Rule:         fg(rule),
		Status:       fg(warn),
		Resolved:     fg(good).Bold(true),
		Escalate:     fg(warn).Bold(true),
		HelpBox:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		Cursor:       lipgloss.NewStyle().Reverse(true),
		Badge:        lipgloss.NewStyle().Reverse(true).Bold(true).Padding(0, 1),
		Warning:      fg(warn).Bold(true),
		Secret:       fg(accent).Bold(true),
		Help:         help.DefaultStyles(dark),
	}
	if selected != nil {
		s.Selected = s.Selected.Background(selected)
		s.HelpBox = s.HelpBox.BorderForeground(accent)
		s.Badge = lipgloss.NewStyle().Bold(true).Padding(0, 1).Foreground(selected).Background(accent)
	}
	if !dark {
		s.Glamour = content.StyleLight
	}
	if noColor {
		s.Glamour = content.StylePlain
		s.Help = help.Styles{}
		s.Muted = s.Muted.Faint(true)
		s.Tip = s.Tip.Faint(true)
	}
	return s
}
