package tui

// memo keeps the last drawing of something for as long as what it was
// drawn from stays the same. lipgloss styling costs microseconds a call, and
// the chrome is redrawn on every key press though it rarely changes, so
// memos keep a key press well under a millisecond.
type memo[K comparable, V any] struct {
	key K
	val V
	ok  bool
}

// get returns the drawing for key, drawing it only when key changed.
func (m *memo[K, V]) get(key K, draw func() V) V {
	if !m.ok || m.key != key {
		m.key, m.val, m.ok = key, draw(), true
	}
	return m.val
}

// rowCache keeps drawn rows of a list by what they show, and forgets them
// all when the width or the styles change.
type rowCache[K comparable] struct {
	width int
	gen   int
	rows  map[K][]string
}

// get returns the lines of one row, drawing them on first use.
func (c *rowCache[K]) get(width, gen int, key K, draw func() []string) []string {
	if c.rows == nil || c.width != width || c.gen != gen {
		c.rows, c.width, c.gen = map[K][]string{}, width, gen
	}
	if lines, ok := c.rows[key]; ok {
		return lines
	}
	lines := draw()
	c.rows[key] = lines
	return lines
}
