package tui

import (
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/content"
)

// Navigation messages. Child screens answer a key with one of these and the
// root acts on it, so no screen reaches into another; results of slow work
// (guide renders, transcript saves, backend actions, saved secrets) come
// back as messages of their own through tea.Cmds.

// openTreeMsg starts a journey through a tree (from the home list).
type openTreeMsg struct{ treeID string }

// chooseMsg takes choice index (from 0) at the current node.
type chooseMsg struct{ index int }

// openGuideMsg opens a guide to read (from the browse list).
type openGuideMsg struct{ guide *content.Guide }

// goHomeMsg returns to the home list (from the outcome screen).
type goHomeMsg struct{}

// guideRenderedMsg carries a page rendered off the event loop. The key says
// which guide, width and style it is for, so a pane that has since moved on
// can ignore it.
type guideRenderedMsg struct {
	key  renderKey
	text string
	err  error
}

// transcriptSavedMsg reports the end of one transcript save.
type transcriptSavedMsg struct{ err error }

// statusMsg puts one line of news in the footer until the next key (from
// the action screen: "cancelled", "copied to the clipboard").
type statusMsg struct{ text string }

// optionsLoadedMsg carries a picker's options, loaded off the event loop.
// id says which load it answers, so a picker that has since moved on (esc
// to an earlier field, another node) ignores it.
type optionsLoadedMsg struct {
	id      int
	options []actions.Option
	err     error
}

// actionDoneMsg carries the end of an action's backend call. id says which
// run it answers: a run cancelled with esc, or left behind, is ignored
// when it lands late, secret and all.
type actionDoneMsg struct {
	id     int
	result actions.Result
	err    error
}

// secretSavedMsg reports the end of saving a new secret to a file.
type secretSavedMsg struct {
	id   int
	path string
	err  error
}
