package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the program. The same bindings are matched
// in Update and listed by the help bar and the help overlay, so what the
// screen says a key does is what it does.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding

	Pick   key.Binding // enter: pick or open the highlighted item
	Number key.Binding // 1–9: pick or open an item directly
	Focus  key.Binding // tab: move between a guide and its choices

	// The action screen: confirm or cancel a change, try a failed step
	// again, and show, copy or save a new secret.
	Confirm key.Binding
	Cancel  key.Binding
	Retry   key.Binding
	Reveal  key.Binding
	Copy    key.Binding
	Save    key.Binding

	Filter      key.Binding
	ClearFilter key.Binding // esc while a filter is set (shown in filter mode)
	ForceQuit   key.Binding // ctrl+c, the only quit while typing a filter

	Back    key.Binding
	Restart key.Binding
	Home    key.Binding
	Browse  key.Binding
	Help    key.Binding
	Quit    key.Binding
}

// DefaultKeyMap returns the program's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "ctrl+d"), key.WithHelp("space/pgdn", "page down")),

		Pick:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "pick")),
		Number: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "pick")),
		Focus:  key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "switch")),

		// enter confirms and retries too (it is Pick), and esc cancels (it
		// is Back); the action screen's footer says so.
		Confirm: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "confirm")),
		Cancel:  key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", "cancel")),
		Retry:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "retry")),
		Reveal:  key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "reveal")),
		Copy:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy")),
		Save:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save")),

		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),

		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Restart: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart")),
		Home:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "home")),
		Browse:  key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "guides")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// Global is the bar of keys that work on every screen, always shown so a
// stressed reader never has to guess how to get out.
func (k KeyMap) Global() []key.Binding {
	// Ordered by need: on a narrow window the bar is cut from the right,
	// and back, restart, home and quit must survive.
	return []key.Binding{k.Back, k.Restart, k.Home, k.Quit, k.Help, k.Browse}
}

// FullHelp groups every binding for the help overlay, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Pick, k.Number, k.Focus, k.Filter, k.ClearFilter},
		{k.Confirm, k.Cancel, k.Retry, k.Reveal, k.Copy, k.Save},
		{k.Back, k.Restart, k.Home, k.Browse, k.Help, k.Quit},
	}
}

// number returns the 0-based index a digit key 1–9 stands for.
func number(s string) (int, bool) {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return int(s[0] - '1'), true
	}
	return 0, false
}
