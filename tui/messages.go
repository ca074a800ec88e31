package tui

import "github.com/signin-doctor/signin-doctor/content"

// Navigation messages. Child screens answer a key with one of these and the
// root acts on it, so no screen reaches into another; results of slow work
// (guide renders, transcript saves, and later backend actions) come back as
// messages of their own through tea.Cmds.

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
