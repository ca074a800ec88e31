package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/tui/layout"
)

// listItem is one row of a pickList: a title and a one-line summary.
type listItem struct {
	title   string
	summary string
}

// pickList is the filterable, numbered list the home and browse screens
// are made of. It does not know what its items are: the screen gives it a
// filter function and turns a pick into a navigation message.
type pickList struct {
	c       *common
	heading string
	items   []listItem
	// filter returns the indexes of the items matching a query, best first.
	filter func(query string) []int

	input  textField
	shown  []int // indexes into items, after the filter
	cursor int   // position in shown
	offset int   // first position in shown on screen

	width, height int
	drawn         rowCache[listRow]
}

// listRow is one item drawn at one position, highlighted or not.
type listRow struct {
	item, pos int
	selected  bool
	numWidth  int
}

// linesPerItem is a title line and a summary line.
const linesPerItem = 2

// headLines is the heading and the filter line above the items, and a gap.
const headLines = 3

func newPickList(c *common, heading string, items []listItem, filter func(string) []int) pickList {
	in := textField{prompt: "/ ", placeholder: "type to filter"}
	l := pickList{c: c, heading: heading, items: items, filter: filter, input: in}
	l.applyFilter()
	return l
}

func (l *pickList) setSize(width, height int) {
	l.width, l.height = width, height
	l.follow()
}

// filtering reports whether the filter input has the keyboard: then every
// printable key is text, q and the number keys included.
func (l *pickList) filtering() bool { return l.input.Focused() }

// query is the filter as typed.
func (l *pickList) query() string { return l.input.Value() }

// clearFilter drops the filter, reporting whether there was one to drop,
// so esc clears first and goes back only after.
func (l *pickList) clearFilter() bool {
	if !l.input.Focused() && l.input.Value() == "" {
		return false
	}
	l.input.Reset()
	l.input.Blur()
	l.applyFilter()
	return true
}

// selected is the index into items of the highlighted row.
func (l *pickList) selected() (int, bool) {
	if l.cursor < 0 || l.cursor >= len(l.shown) {
		return 0, false
	}
	return l.shown[l.cursor], true
}

func (l *pickList) applyFilter() {
	l.shown = l.filter(strings.TrimSpace(l.input.Value()))
	l.cursor, l.offset = 0, 0
	l.follow()
}

func (l *pickList) move(delta int) {
	if len(l.shown) == 0 {
		return
	}
	l.cursor = min(max(l.cursor+delta, 0), len(l.shown)-1)
	l.follow()
}

// rows is how many items fit on screen at once.
func (l *pickList) rows() int { return max((l.height-headLines)/linesPerItem, 1) }

// follow scrolls the list just enough to keep the cursor on screen.
func (l *pickList) follow() {
	l.offset = layout.Scroll(l.offset, l.cursor, l.cursor+1, len(l.shown), l.rows())
}

// pickMsg is what a list answers when an item is picked: the index into
// its items. The screen turns it into a navigation message.
type pickMsg struct{ item int }

// update handles a key or the mouse wheel. It returns a pickMsg when an item
// was picked.
func (l *pickList) update(msg tea.Msg) (*pickMsg, tea.Cmd) {
	if paste, ok := msg.(tea.PasteMsg); ok {
		if l.filtering() && l.input.update(paste) {
			l.applyFilter()
		}
		return nil, nil
	}
	if wheel, ok := msg.(tea.MouseWheelMsg); ok {
		switch wheel.Button {
		case tea.MouseWheelUp:
			l.move(-1)
		case tea.MouseWheelDown:
			l.move(1)
		}
		return nil, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if l.filtering() {
		return l.updateFilter(press)
	}
	k := l.c.keys
	switch {
	case key.Matches(press, k.Filter):
		l.input.Focus()
	case key.Matches(press, k.Up):
		l.move(-1)
	case key.Matches(press, k.Down):
		l.move(1)
	case key.Matches(press, k.PageUp):
		l.move(-l.rows())
	case key.Matches(press, k.PageDown):
		l.move(l.rows())
	case key.Matches(press, k.Top):
		l.move(-len(l.shown))
	case key.Matches(press, k.Bottom):
		l.move(len(l.shown))
	case key.Matches(press, k.Pick):
		if i, ok := l.selected(); ok {
			return &pickMsg{item: i}, nil
		}
	case key.Matches(press, k.Number):
		if n, ok := number(press.String()); ok && n < len(l.shown) {
			return &pickMsg{item: l.shown[n]}, nil
		}
	}
	return nil, nil
}

// updateFilter handles a key while the filter input has focus: arrows still
// move, enter opens the only match or hands the keys back to the list, and
// anything else is typed.
func (l *pickList) updateFilter(press tea.KeyPressMsg) (*pickMsg, tea.Cmd) {
	switch press.Code {
	case tea.KeyUp:
		l.move(-1)
		return nil, nil
	case tea.KeyDown:
		l.move(1)
		return nil, nil
	case tea.KeyEnter:
		l.input.Blur()
		if len(l.shown) == 1 {
			return &pickMsg{item: l.shown[0]}, nil
		}
		return nil, nil
	}
	if l.input.update(press) {
		l.applyFilter()
	}
	return nil, nil
}

// shortHelp is the list's line of key hints.
func (l *pickList) shortHelp(open string) []key.Binding {
	k := l.c.keys
	pick := k.Pick
	pick.SetHelp("enter", open)
	if l.filtering() {
		up := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "move"))
		return []key.Binding{up, pick}
	}
	num := k.Number
	num.SetHelp("1-9", open)
	move := key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑/↓", "move"))
	return []key.Binding{move, pick, num, k.Filter}
}

// count says how many items there are and, when they do not all fit,
// which of them are on screen, so nobody misses the ones below.
func (l *pickList) count() string {
	filtered := len(l.shown) != len(l.items)
	if len(l.shown) <= l.rows() {
		if filtered {
			return fmt.Sprintf("%d of %d", len(l.shown), len(l.items))
		}
		return strconv.Itoa(len(l.items))
	}
	end := min(l.offset+l.rows(), len(l.shown))
	if filtered {
		return fmt.Sprintf("%d–%d of %d matching", l.offset+1, end, len(l.shown))
	}
	return fmt.Sprintf("%d–%d of %d", l.offset+1, end, len(l.shown))
}

// View draws the heading, the filter line and as many items as fit.
func (l *pickList) View() string {
	st := l.c.styles
	var b strings.Builder
	b.WriteString(st.Title.Render(l.heading) + "  " + st.Muted.Render(l.count()) + "\n")
	switch {
	case l.filtering():
		b.WriteString(l.input.View(st))
	case l.query() != "":
		b.WriteString(st.Muted.Render("filter: ") + l.query() + st.Muted.Render("  (/ to edit, esc to clear)"))
	default:
		b.WriteString(st.Muted.Render("press / to filter"))
	}
	b.WriteString("\n\n")
	if len(l.shown) == 0 {
		b.WriteString(st.Tip.Render(fmt.Sprintf("Nothing matches %q. Press esc to clear the filter.", l.query())))
		return b.String()
	}
	numWidth := len(strconv.Itoa(len(l.shown)))
	end := min(l.offset+l.rows(), len(l.shown))
	for pos := l.offset; pos < end; pos++ {
		row := listRow{item: l.shown[pos], pos: pos, selected: pos == l.cursor, numWidth: numWidth}
		lines := l.drawn.get(l.width, l.c.gen, row, func() []string { return l.drawRow(row) })
		b.WriteString(lines[0] + "\n" + lines[1])
		if pos < end-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// drawRow draws one item: its number and title, and its summary under it.
func (l *pickList) drawRow(row listRow) []string {
	st := l.c.styles
	it := l.items[row.item]
	indent := strings.Repeat(" ", 2+row.numWidth+2)
	num := strconv.Itoa(row.pos + 1)
	num = strings.Repeat(" ", row.numWidth-len(num)) + num + ". "
	room := max(l.width-len(indent), 1)
	title := layout.Truncate(it.title, room)
	first := "  " + st.Number.Render(num) + st.Item.Render(title)
	if row.selected {
		first = st.Marker.Render("› ") + st.Number.Render(num) + st.Selected.Render(title)
	}
	return []string{first, indent + st.Tip.Render(layout.Truncate(it.summary, room))}
}
