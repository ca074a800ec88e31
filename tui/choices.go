package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// choiceList is the numbered answers under a question or a guide, with the
// highlighted one the cursor points at. It holds only the choices on offer
// (read-only mode hides some), numbered 1..n as shown; index maps a
// position back to the node's own choice index, which the engine takes.
type choiceList struct {
	labels []string
	index  []int
	cursor int
	rows   *rowCache[choiceRow]
}

// choiceRow is one choice drawn highlighted or not.
type choiceRow struct {
	index    int
	selected bool
}

// newChoiceList offers the node's choices at the indexes in visible, in
// that order; nil visible offers them all.
func newChoiceList(n *flows.Node, visible []int) choiceList {
	if visible == nil {
		visible = make([]int, len(n.Choices))
		for i := range visible {
			visible[i] = i
		}
	}
	labels := make([]string, 0, len(visible))
	index := make([]int, 0, len(visible))
	for _, i := range visible {
		if i >= 0 && i < len(n.Choices) {
			labels = append(labels, n.Choices[i].Label)
			index = append(index, i)
		}
	}
	return choiceList{labels: labels, index: index, rows: &rowCache[choiceRow]{}}
}

// newOptionList is a list of plain labels, numbered from 1: a picker's
// options.
func newOptionList(labels []string) choiceList {
	index := make([]int, len(labels))
	for i := range index {
		index[i] = i
	}
	return choiceList{labels: labels, index: index, rows: &rowCache[choiceRow]{}}
}

// choice is the node's own index of the choice shown at position pos.
func (l *choiceList) choice(pos int) int { return l.index[pos] }

func (l *choiceList) move(delta int) {
	if len(l.labels) == 0 {
		return
	}
	l.cursor = min(max(l.cursor+delta, 0), len(l.labels)-1)
}

// handleKey moves the cursor or picks a choice for a key press, the same way
// on every screen that shows choices. It returns the position picked, if any.
func (l *choiceList) handleKey(press tea.KeyPressMsg, k KeyMap) (pos int, picked bool) {
	switch {
	case key.Matches(press, k.Up):
		l.move(-1)
	case key.Matches(press, k.Down):
		l.move(1)
	case key.Matches(press, k.Top):
		l.first()
	case key.Matches(press, k.Bottom):
		l.last()
	case key.Matches(press, k.Pick):
		return l.cursor, l.has(l.cursor)
	case key.Matches(press, k.Number):
		n, ok := number(press.String())
		return n, ok && l.has(n)
	}
	return 0, false
}

func (l *choiceList) first() { l.cursor = 0 }
func (l *choiceList) last()  { l.cursor = max(len(l.labels)-1, 0) }

// has reports whether index i is a choice.
func (l *choiceList) has(i int) bool { return i >= 0 && i < len(l.labels) }

// render draws the choices wrapped to width, each with its number, and
// returns the lines and where the highlighted choice starts and ends, so a
// screen too short for all of them can keep that one in view. Without focus
// nothing is highlighted: the keys are elsewhere.
func (l *choiceList) render(c *common, width int, focused bool) (lines []string, selFrom, selTo int) {
	if l.rows == nil {
		l.rows = &rowCache[choiceRow]{}
	}
	for i := range l.labels {
		selected := focused && i == l.cursor
		if selected {
			selFrom = len(lines)
		}
		lines = append(lines, l.rows.get(width, c.gen, choiceRow{i, selected}, func() []string {
			return l.drawRow(c.styles, i, selected, width)
		})...)
		if selected {
			selTo = len(lines)
		}
	}
	return lines, selFrom, selTo
}

// drawRow draws one choice: marker, number, and the label wrapped under
// itself.
func (l *choiceList) drawRow(st Styles, i int, selected bool, width int) []string {
	numWidth := len(strconv.Itoa(len(l.labels)))
	indent := 2 + numWidth + 2 // marker, number, ". "
	num := strconv.Itoa(i + 1)
	num = strings.Repeat(" ", numWidth-len(num)) + num + ". "
	marker, text := "  ", st.Item
	if selected {
		marker, text = st.Marker.Render("› "), st.Selected
	}
	parts := layout.Wrap(l.labels[i], max(width-indent, 1))
	if len(parts) == 0 {
		parts = []string{""}
	}
	lines := make([]string, len(parts))
	for j, part := range parts {
		if j == 0 {
			lines[j] = marker + st.Number.Render(num) + text.Render(part)
		} else {
			lines[j] = strings.Repeat(" ", indent) + text.Render(part)
		}
	}
	return lines
}
