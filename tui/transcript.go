package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// saveJob writes the transcript off the event loop.
type saveJob struct {
	writer *transcript.Writer
	events []flows.Event
}

func (j saveJob) run() tea.Msg {
	return transcriptSavedMsg{err: j.writer.Save(j.events)}
}

// saveTranscript saves the journey so far. One save runs at a time: a move
// made while one is under way is saved right after it, so an older record
// can never land on top of a newer one.
func (m *Model) saveTranscript() tea.Cmd {
	if m.transcript == nil || !m.started {
		return nil
	}
	if m.saving {
		m.saveAgain = true
		return nil
	}
	m.saving = true
	return saveJob{writer: m.transcript, events: m.events()}.run
}

// saved takes the end of a save; a failure becomes the status line, never
// a crash, since the journey matters more than its record.
func (m *Model) saved(msg transcriptSavedMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		m.status = "Transcript not saved: " + msg.err.Error()
	}
	if m.saveAgain {
		m.saveAgain = false
		return m.saveTranscript()
	}
	return nil
}

// events is the whole record: journeys left for another tree, then this one.
// It is a fresh slice, so the save can read it while the program moves on.
func (m *Model) events() []flows.Event {
	cur := m.session.Events()
	out := make([]flows.Event, 0, len(m.pastEvents)+len(cur))
	out = append(out, m.pastEvents...)
	return append(out, cur...)
}
