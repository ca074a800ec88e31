package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
)

// A new secret (a secret access key, a generated password) is shown on the
// result screen only: masked until revealed with v, copied with c, saved to
// a new private file with s. Leaving the screen drops it from the model, so
// nothing can show it again; it never goes into a message that is logged or
// into the transcript (actstep notes Result.Note, never the secret).

// copiedStatus is what c says: OSC 52 has no answer, so whether the copy
// worked is the terminal's secret.
const copiedStatus = "copied to the clipboard (if your terminal allows it)"

// leaveWarning is said when a key would leave a secret nobody has seen.
const leaveWarning = "press again to leave without the secret: it cannot be shown again"

// saveSecretJob writes a secret to a new file off the event loop. It holds
// its own copy of the secret, so the screen can drop its copy meanwhile.
type saveSecretJob struct {
	id    int
	path  string
	shown actions.Shown
}

func (j saveSecretJob) run() tea.Msg {
	return secretSavedMsg{id: j.id, path: j.path, err: actions.SaveSecret(j.path, &j.shown)}
}

// updateResult answers a key on the result: the secret's keys, or the
// choices.
func (s *actionScreen) updateResult(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if s.saving {
		return s.updateSave(msg)
	}
	k := s.c.keys
	if press, ok := msg.(tea.KeyPressMsg); ok && s.secret != nil {
		switch {
		case key.Matches(press, k.Reveal):
			s.rev++
			s.revealed = !s.revealed
			s.secretUsed = true
			return nil, nil
		case key.Matches(press, k.Copy):
			s.secretUsed = true
			return statusMsg{text: copiedStatus}, tea.SetClipboard(s.secret.Value.Reveal())
		case key.Matches(press, k.Save):
			s.openSave()
			return nil, nil
		}
	}
	return s.updateChoices(msg)
}

// updateChoices moves through the node's choices or picks one.
func (s *actionScreen) updateChoices(msg tea.Msg) (tea.Msg, tea.Cmd) {
	pos, picked := s.updateList(&s.choices, msg)
	if !picked {
		return nil, nil
	}
	return chooseMsg{index: s.choices.choice(pos)}, nil
}

// openSave asks where to save the secret, offering a file name that says
// whose it is.
func (s *actionScreen) openSave() {
	s.rev++
	s.saving = true
	s.savePath = textField{prompt: "› ", focused: true}
	s.savePath.SetValue(s.defaultSavePath())
}

func (s *actionScreen) closeSave() {
	s.rev++
	s.saving = false
	s.savePath.Reset()
}

// defaultSavePath is ~/signin-doctor-<key id or user>.txt.
func (s *actionScreen) defaultSavePath() string {
	name := s.result.Vars["new-key"]
	if name == "" {
		name = s.values["user"]
	}
	if name == "" {
		name = "secret"
	}
	return "~/signin-doctor-" + name + ".txt"
}

// updateSave edits the file name; enter saves in a Cmd.
func (s *actionScreen) updateSave(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok && press.Code == tea.KeyEnter {
		path := strings.TrimSpace(s.savePath.Value())
		if path == "" {
			return statusMsg{text: "Type a file name, or press esc to cancel."}, nil
		}
		s.closeSave()
		s.seq++
		s.saveID = s.seq
		return statusMsg{text: "saving to " + path + "…"}, saveSecretJob{id: s.saveID, path: path, shown: *s.secret}.run
	}
	if s.savePath.update(msg) {
		s.rev++
	}
	return nil, nil
}

// saved takes the end of a save and says how it went.
func (s *actionScreen) saved(msg secretSavedMsg) string {
	if msg.err != nil {
		return "Not saved: " + msg.err.Error()
	}
	if msg.id == s.saveID && s.secret != nil {
		s.secretUsed = true
	}
	return "saved to " + msg.path + " (only you can read it)"
}

// dropSecret forgets the secret for good: the person is leaving the one
// screen that may show it.
func (s *actionScreen) dropSecret() {
	if s.secret != nil {
		s.secret.Value = backend.Secret{}
		s.secret = nil
		s.rev++
	}
	s.revealed, s.leaveArmed = false, false
	if s.saving {
		s.closeSave()
	}
}

// guardLeave stops the first key that would leave a secret nobody has
// revealed, copied or saved, and says why; a leaving key pressed next goes
// through, any other key ends the warning. It returns the warning, or "" to
// let the key through.
func (s *actionScreen) guardLeave(press tea.KeyPressMsg) string {
	if s.node == nil || s.phase != phaseResult || s.secret == nil || s.secretUsed || s.saving {
		return ""
	}
	k := s.c.keys
	leaving := key.Matches(press, k.Back, k.Home, k.Restart, k.Browse, k.Quit, k.Pick)
	if n, ok := number(press.String()); ok && s.choices.has(n) {
		leaving = true
	}
	if !leaving || s.leaveArmed {
		s.leaveArmed = false
		return ""
	}
	s.leaveArmed = true
	return leaveWarning
}
