package tui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
)

// filterInput is the one-line text field of a filter. A filter needs only
// typing, deleting and pasting at the end of the line, so this small field
// stands in for bubbles' textinput, which would pull a clipboard module
// into the build for features a filter never uses.
type filterInput struct {
	prompt      string
	placeholder string
	value       []rune
	focused     bool
}

func (f *filterInput) Focus()            { f.focused = true }
func (f *filterInput) Blur()             { f.focused = false }
func (f *filterInput) Focused() bool     { return f.focused }
func (f *filterInput) Value() string     { return string(f.value) }
func (f *filterInput) Reset()            { f.value = nil }
func (f *filterInput) SetValue(s string) { f.value = []rune(s) }

// update edits the value for a key press or a paste and reports whether it
// changed.
func (f *filterInput) update(msg tea.Msg) bool {
	before := len(f.value)
	switch msg := msg.(type) {
	case tea.PasteMsg:
		f.insert(msg.Content)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "backspace", "ctrl+h":
			if len(f.value) > 0 {
				f.value = f.value[:len(f.value)-1]
			}
			return len(f.value) != before
		case "ctrl+u":
			f.value = nil
		case "ctrl+w", "alt+backspace":
			f.deleteWord()
		default:
			if msg.Text == "" || msg.Mod&^tea.ModShift != 0 {
				return false
			}
			f.insert(msg.Text)
		}
	default:
		return false
	}
	return true
}

// insert adds printable text; a filter is one line, so line breaks and
// other controls are dropped.
func (f *filterInput) insert(s string) {
	for _, r := range s {
		if unicode.IsPrint(r) {
			f.value = append(f.value, r)
		}
	}
}

func (f *filterInput) deleteWord() {
	v := f.value
	for len(v) > 0 && unicode.IsSpace(v[len(v)-1]) {
		v = v[:len(v)-1]
	}
	for len(v) > 0 && !unicode.IsSpace(v[len(v)-1]) {
		v = v[:len(v)-1]
	}
	f.value = v
}

// View draws the prompt, the text and a block cursor after it, or the
// placeholder while the field is empty.
func (f *filterInput) View(st Styles) string {
	var b strings.Builder
	b.WriteString(st.Marker.Render(f.prompt))
	if len(f.value) == 0 && !f.focused {
		b.WriteString(st.Muted.Render(f.placeholder))
		return b.String()
	}
	b.WriteString(string(f.value))
	if f.focused {
		b.WriteString(st.Cursor.Render(" "))
		if len(f.value) == 0 {
			b.WriteString(st.Muted.Render(f.placeholder))
		}
	}
	return b.String()
}
