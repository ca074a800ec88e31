package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// actionDrawKey is what the head of the action screen is drawn from: the
// screen's change count, the width and the styles.
type actionDrawKey struct {
	rev, width, gen int
}

func (s *actionScreen) update(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if s.node == nil {
		return nil, nil
	}
	if press, ok := msg.(tea.KeyPressMsg); ok {
		k := s.c.keys
		if key.Matches(press, k.PageUp, k.PageDown) && !s.typing() {
			s.scroll(key.Matches(press, k.PageDown))
			return nil, nil
		}
	}
	switch s.phase {
	case phaseInputs:
		return s.updateInputs(msg)
	case phaseConfirm:
		return s.updateConfirm(msg)
	case phaseResult:
		return s.updateResult(msg)
	case phaseFailed, phaseCancelled:
		return s.updateStopped(msg)
	case phaseSkipped:
		return s.updateChoices(msg)
	}
	return nil, nil
}

// updateList moves through a numbered list (a picker's options, the
// node's choices) and reports the position picked with enter or a number.
func (s *actionScreen) updateList(l *choiceList, msg tea.Msg) (pos int, picked bool) {
	k := s.c.keys
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			l.move(-1)
		case tea.MouseWheelDown:
			l.move(1)
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Up, k.Down) && !s.cursorInView():
			// The highlighted item is off screen (a long result above
			// the choices): bring it into view before moving it.
		case key.Matches(msg, k.Up, k.Down, k.Top, k.Bottom):
			l.handleKey(msg, k)
		case key.Matches(msg, k.Pick, k.Number):
			return l.handleKey(msg, k)
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	s.follow()
	return 0, false
}

// list is the numbered list under the head, if any, and whether it has
// the cursor.
func (s *actionScreen) list() (*choiceList, bool) {
	switch s.phase {
	case phaseInputs:
		if _, ok := s.input(); ok && !s.picker.loading && s.picker.failed == "" && len(s.picker.options) > 0 {
			return &s.picker.list, true
		}
		return nil, false
	case phaseResult:
		return &s.choices, !s.saving
	case phaseSkipped:
		return &s.choices, true
	case phaseFailed, phaseCancelled:
		return &s.choices, false
	}
	return nil, false
}

// lines is everything the screen shows, and the lines to keep in view:
// the highlighted item of a list, or else the end of the head, where the
// field or the question is.
func (s *actionScreen) lines() (all []string, from, to int) {
	head := s.head.get(actionDrawKey{s.rev, s.width, s.c.gen}, s.drawHead)
	l, focused := s.list()
	if l == nil {
		return head, max(len(head)-1, 0), len(head)
	}
	items, selFrom, selTo := l.render(s.c, s.width, focused)
	all = append(head[:len(head):len(head)], items...)
	if !focused {
		return all, max(len(head)-1, 0), len(head)
	}
	return all, len(head) + selFrom, len(head) + selTo
}

// room is how many lines of content fit: one less than the height when a
// scroll rule is needed.
func (s *actionScreen) room(total int) int {
	if total <= s.height {
		return s.height
	}
	return max(s.height-1, 1)
}

// cursorInView reports whether the lines to keep in view are on screen.
func (s *actionScreen) cursorInView() bool {
	all, from, to := s.lines()
	if len(all) <= s.height {
		return true
	}
	top := min(max(s.top, 0), len(all)-s.room(len(all)))
	return from >= top && to <= top+s.room(len(all))
}

// follow scrolls just enough to keep the focus in view.
func (s *actionScreen) follow() {
	if s.node == nil {
		return
	}
	all, from, to := s.lines()
	s.top = layout.Scroll(s.top, from, to, len(all), s.room(len(all)))
}

// scroll pages the content up or down.
func (s *actionScreen) scroll(down bool) {
	all, _, _ := s.lines()
	room := s.room(len(all))
	if down {
		s.top += room
	} else {
		s.top -= room
	}
	s.top = min(max(s.top, 0), max(len(all)-room, 0))
}

// View is the head and the list, cut to the height with a rule that says
// there is more.
func (s *actionScreen) View() string {
	if s.node == nil {
		return ""
	}
	all, _, _ := s.lines()
	if len(all) <= s.height || s.height < 2 {
		return strings.Join(all[:min(len(all), max(s.height, 0))], "\n")
	}
	room := s.room(len(all))
	top := min(max(s.top, 0), len(all)-room)
	info := "pgup/pgdn scroll · more below"
	switch {
	case top+room >= len(all):
		info = "pgup scroll · more above"
	case top > 0:
		info = "pgup/pgdn scroll · more above and below"
	}
	return strings.Join(all[top:top+room], "\n") + "\n" + s.c.rule(s.width, info)
}

// drawHead draws everything above the list for the current phase.
func (s *actionScreen) drawHead() []string {
	st := s.c.styles
	w := max(s.width, 1)
	lines := promptLines(st, s.node, w)
	add := func(style func(...string) string, text string) {
		for _, l := range layout.Wrap(text, w) {
			lines = append(lines, style(l))
		}
	}
	if s.spec != nil {
		add(st.Title.Render, s.spec.Title)
	}
	switch s.phase {
	case phaseInputs, phaseConfirm, phaseRunning, phaseSkipped:
		if s.spec != nil {
			add(st.Tip.Render, s.spec.Summary)
		}
	}
	if s.phase == phaseSkipped {
		lines = gap(lines)
		add(st.Muted.Render, s.message)
		return append(lines, "", st.Muted.Render("Pick what happened:"))
	}
	if vals := s.valueLines(); len(vals) > 0 && s.phase != phaseResult {
		lines = append(gap(lines), vals...)
	}
	lines = gap(lines)
	switch s.phase {
	case phaseInputs:
		return append(lines, s.drawInput(w)...)
	case phaseConfirm:
		return append(lines, s.drawConfirm(w)...)
	case phaseRunning:
		who := "the backend"
		if s.c.backend != nil {
			who = s.c.backend.Name()
		}
		return append(lines, s.spin.View()+st.Item.Render("Waiting for "+who+"…")+st.Muted.Render("  esc cancels"))
	case phaseResult:
		return append(lines, s.drawResult(w)...)
	case phaseFailed:
		lines = append(lines, st.Escalate.Render("✗ That did not work"))
		add(st.Status.Render, s.message)
		return append(lines, "", st.Muted.Render("Press t or enter to try again, or pick what to do next:"))
	case phaseCancelled:
		add(st.Muted.Render, s.message)
		return append(lines, "", st.Muted.Render("Press t or enter to try again, or pick what to do next:"))
	}
	return lines
}

// gap ends lines with one blank line, unless they end with one already.
func gap(lines []string) []string {
	if len(lines) == 0 || lines[len(lines)-1] == "" {
		return lines
	}
	return append(lines, "")
}

// drawInput is the question of the current input and its field, or the
// state of its list.
func (s *actionScreen) drawInput(w int) []string {
	st := s.c.styles
	in, ok := s.input()
	if !ok {
		return nil
	}
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range layout.Wrap(text, w) {
			lines = append(lines, style(l))
		}
	}
	add(st.Title.Render, in.Prompt)
	switch {
	case !in.Picker():
		if in.Secret() {
			add(st.Muted.Render, "Hidden as you type; it goes to the backend and nowhere else.")
		}
		lines = append(lines, s.text.View(st))
	case s.picker.loading:
		lines = append(lines, st.Muted.Render("loading…"))
	case s.picker.failed != "":
		add(st.Status.Render, "Could not list them. "+s.picker.failed)
		add(st.Muted.Render, "Type it instead, then press enter:")
		lines = append(lines, s.text.View(st))
	case len(s.picker.options) == 0:
		add(st.Tip.Render, actions.EmptyOptions(in, s.values))
		lines = append(lines, st.Muted.Render("Press esc to go back."))
	}
	return lines
}

// drawConfirm is what will happen and how to say yes.
func (s *actionScreen) drawConfirm(w int) []string {
	st := s.c.styles
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range layout.Wrap(text, w) {
			lines = append(lines, style(l))
		}
	}
	if s.spec.Confirm != nil {
		add(st.Item.Bold(true).Render, s.spec.Confirm(s.values))
	}
	if s.c.dryRun {
		lines = append(lines, st.Badge.Render("dry run: nothing will change"))
	}
	lines = append(lines, "")
	if name := s.confirmName(); name != "" {
		add(st.Muted.Render, "Type "+name+" to confirm, then press enter (esc cancels):")
		return append(lines, s.confirm.View(st))
	}
	add(st.Muted.Render, "Press y or enter to go ahead, n or esc to cancel.")
	return lines
}

// drawResult is what was done, the secret, any warning, and the lead-in
// to the choices.
func (s *actionScreen) drawResult(w int) []string {
	st := s.c.styles
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range layout.Wrap(text, w) {
			lines = append(lines, style(l))
		}
	}
	switch {
	case s.dryRun:
		lines = append(lines, st.Badge.Render("dry run"))
	case s.earlier:
		lines = append(lines, st.Resolved.Render("✓ Done earlier in this journey"))
	default:
		lines = append(lines, st.Resolved.Render("✓ Done"))
	}
	for _, l := range s.result.Lines {
		switch {
		case l == "":
			lines = append(lines, "")
		case strings.HasPrefix(l, "• "):
			// A list item wraps under its own text, not under the bullet.
			for _, part := range layout.Hang("• ", strings.TrimPrefix(l, "• "), w) {
				lines = append(lines, st.Item.Render(part))
			}
		default:
			add(st.Item.Render, l)
		}
	}
	switch {
	case s.secret != nil:
		lines = append(lines, "")
		add(st.Title.Render, s.secret.Label+" · "+s.secret.With)
		shown := backend.Redacted
		if s.revealed {
			shown = s.secret.Value.Reveal()
		}
		// A secret is wrapped, never cut: every character counts.
		for _, l := range layout.Wrap(shown, max(w-2, 1)) {
			lines = append(lines, "  "+st.Secret.Render(l))
		}
		if s.saving {
			add(st.Muted.Render, "Save it to a new file only you can read (enter saves, esc cancels):")
			lines = append(lines, s.savePath.View(st))
		} else {
			hint := "Shown only now. v reveals it, c copies it, s saves it to a file."
			if s.revealed {
				hint = "Shown only now. v hides it, c copies it, s saves it to a file."
			}
			add(st.Muted.Render, hint)
		}
	case s.hadSecret:
		lines = append(lines, "")
		add(st.Muted.Render, "The secret was shown once; create a new one if you lost it.")
	}
	if s.result.Warning != "" {
		lines = append(lines, "")
		add(st.Warning.Render, "⚠ "+s.result.Warning)
	}
	if len(s.choices.labels) > 0 {
		lines = append(lines, "", st.Muted.Render("What next?"))
	}
	return lines
}

func (s *actionScreen) shortHelp() []key.Binding {
	k := s.c.keys
	move := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "move"))
	with := func(b key.Binding, keys, desc string) key.Binding {
		b.SetHelp(keys, desc)
		return b
	}
	if s.node == nil {
		return nil
	}
	switch s.phase {
	case phaseInputs:
		if s.typedInput() {
			return []key.Binding{with(k.Pick, "enter", "next")}
		}
		if l, _ := s.list(); l != nil {
			return []key.Binding{move, k.Pick, k.Number}
		}
	case phaseConfirm:
		if s.confirmName() != "" {
			return []key.Binding{with(k.Pick, "enter", "confirm"), with(k.Cancel, "esc", "cancel")}
		}
		return []key.Binding{with(k.Confirm, "y/enter", "confirm"), with(k.Cancel, "n/esc", "cancel")}
	case phaseRunning:
		return []key.Binding{with(k.Back, "esc", "cancel")}
	case phaseResult:
		if s.saving {
			return []key.Binding{with(k.Pick, "enter", "save"), with(k.Back, "esc", "cancel")}
		}
		bs := []key.Binding{move, k.Pick, k.Number}
		if s.secret != nil {
			reveal := k.Reveal
			if s.revealed {
				reveal = with(k.Reveal, "v", "hide")
			}
			bs = append(bs, reveal, k.Copy, k.Save)
		}
		return bs
	case phaseFailed, phaseCancelled:
		return []key.Binding{k.Number, with(k.Retry, "t/enter", "try again")}
	case phaseSkipped:
		return []key.Binding{move, k.Pick, k.Number}
	}
	return nil
}
