package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// tooSmall is whether the window is below the size the screens need.
func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// gaps is whether the window is tall enough for a blank line under the
// header and over the footer.
func (m *Model) gaps() bool { return m.height >= 20 }

// bodySize is the box the screens draw in: the window less the chrome (and
// the banner, with a blank line under it) and a margin of one column on
// each side.
func (m *Model) bodySize() (width, height int) {
	height = m.height - 3 // header, two footer lines
	if m.gaps() {
		height -= 2
	}
	if len(m.bannerLines) > 0 {
		height -= len(m.bannerLines) + 1
	}
	return max(m.width-2, 0), max(height, 0)
}

// View assembles the window: header, body, footer. It only joins strings:
// every page it shows was rendered before.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = appName
	return v
}

func (m *Model) render() string {
	switch {
	case m.state == stateSizing:
		return ""
	case m.tooSmall():
		return layout.TooSmall(m.width, m.height, MinWidth, MinHeight)
	}
	st := m.c.styles
	inner := m.width - 2
	bw, bh := m.bodySize()
	crumbs := m.crumbs()
	var body string
	if m.state == stateHelp {
		crumbs = append(crumbs, "Help")
		body = helpView(m.c, m.help, bw, bh)
	} else {
		body = m.active().View()
	}
	local, global := m.active().shortHelp(), m.c.keys.Global()
	if f, ok := m.active().(filterable); ok && f.filtering() && m.state == stateReady {
		global = []key.Binding{m.c.keys.ClearFilter, m.c.keys.ForceQuit}
	}
	if t, ok := m.active().(typist); ok && t.typing() && m.state == stateReady {
		global = []key.Binding{m.c.keys.Back, m.c.keys.ForceQuit}
	}
	if m.state == stateHelp {
		local = []key.Binding{m.c.keys.Help, m.c.keys.Quit}
	}

	head := m.headerMemo.get(chromeKey{strings.Join(crumbs, "\x00"), inner, m.c.gen}, func() string {
		return layout.Fit(header(st, crumbs, m.backend, m.c.badges(), inner), inner, 1)
	})
	foot := m.footerMemo.get(chromeKey{bindingsKey(local) + "\x01" + bindingsKey(global) + "\x01" + m.status, inner, m.c.gen}, func() string {
		return layout.Fit(footer(st, m.help, local, global, m.status, inner), inner, 2)
	})

	var b strings.Builder
	b.WriteString(head)
	if m.gaps() {
		b.WriteString("\n")
	}
	b.WriteString("\n")
	for _, l := range m.bannerLines {
		b.WriteString(st.Warning.Render(l) + "\n")
	}
	if len(m.bannerLines) > 0 {
		b.WriteString("\n")
	}
	b.WriteString(m.body.Fit(body, bw, bh) + "\n")
	if m.gaps() {
		b.WriteString("\n")
	}
	b.WriteString(foot)
	return indent(b.String())
}

// bindingsKey names a row of key hints by what it shows.
func bindingsKey(bs []key.Binding) string {
	var b strings.Builder
	for _, k := range bs {
		h := k.Help()
		b.WriteString(h.Key)
		b.WriteByte(0)
		b.WriteString(h.Desc)
		b.WriteByte(0)
	}
	return b.String()
}

// indent gives every line a one-column margin, which keeps text off the
// terminal's edge.
func indent(s string) string {
	return " " + strings.ReplaceAll(s, "\n", "\n ")
}
