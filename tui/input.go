package tui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
)

// textField is a one-line text field: a filter, an action's input, the
// name typed to confirm, the file a secret is saved to. They need only
// typing, deleting and pasting at the end of the line, so this small field
// stands in for bubbles' textinput, which would pull a clipboard module
// into the build for features these fields never use.
type textField struct {
	prompt      string
	placeholder string
	value       []rune
	focused     bool
	// masked draws a bullet for every character: passwords.
	masked bool
}

func (f *textField) Focus()        { f.focused = true }
func (f *textField) Blur()         { f.focused = false }
func (f *textField) Focused() bool { return f.focused }
func (f *textField) Value() string { return string(f.value) }

// SetValue replaces the text.
func (f *textField) SetValue(s string) { f.value = []rune(s) }

// Reset empties the field. The old characters are overwritten first, so a
// password typed into it does not linger in the backing array.
func (f *textField) Reset() {
	clear(f.value)
	f.value = nil
}

// update edits the value for a key press or a paste and reports whether it
// changed.
func (f *textField) update(msg tea.Msg) bool {
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
			f.Reset()
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

// insert adds printable text; a field is one line, so line breaks and
// other controls are dropped.
func (f *textField) insert(s string) {
	for _, r := range s {
		if unicode.IsPrint(r) {
			f.value = append(f.value, r)
		}
	}
}

func (f *textField) deleteWord() {
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
func (f *textField) View(st Styles) string {
	var b strings.Builder
	b.WriteString(st.Marker.Render(f.prompt))
	if len(f.value) == 0 && !f.focused {
		b.WriteString(st.Muted.Render(f.placeholder))
		return b.String()
	}
	if f.masked {
		b.WriteString(strings.Repeat("•", len(f.value)))
	} else {
		b.WriteString(string(f.value))
	}
	if f.focused {
		b.WriteString(st.Cursor.Render(" "))
		if len(f.value) == 0 {
			b.WriteString(st.Muted.Render(f.placeholder))
		}
	}
	return b.String()
}
