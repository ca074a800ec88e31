package tui

import (
	"context"
	"maps"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
)

// optionsJob lists a picker's options off the event loop: it is a backend
// call.
type optionsJob struct {
	ctx     context.Context
	backend backend.Backend
	input   actions.Input
	values  map[string]string // a copy: the screen goes on changing its own
	id      int
}

func (j optionsJob) run() tea.Msg {
	opts, err := actions.Options(j.ctx, j.backend, j.input, j.values)
	return optionsLoadedMsg{id: j.id, options: opts, err: err}
}

// input is the input being asked for now.
func (s *actionScreen) input() (actions.Input, bool) {
	if s.phase != phaseInputs || s.field >= len(s.asked) {
		return actions.Input{}, false
	}
	return s.asked[s.field], true
}

// typedInput reports whether the input asked now is typed: a text or a
// password, or a value whose list could not be loaded.
func (s *actionScreen) typedInput() bool {
	in, ok := s.input()
	return ok && (!in.Picker() || s.picker.failed != "")
}

// next asks for the next missing input or, with every input known, moves
// on to the confirmation (changes) or runs the action (reads).
func (s *actionScreen) next() tea.Cmd {
	s.rev++
	if s.field < len(s.asked) {
		s.phase = phaseInputs
		return s.ask()
	}
	if s.spec.Changes {
		s.toConfirm()
		return nil
	}
	return s.run()
}

// ask puts the current input on screen: a text field, or a picker whose
// options start loading.
func (s *actionScreen) ask() tea.Cmd {
	s.rev++
	s.cancelLoad()
	s.phase = phaseInputs
	in := s.asked[s.field]
	s.text.Reset()
	s.text = textField{prompt: "› ", focused: true, masked: in.Secret()}
	s.picker = picker{}
	defer s.follow()
	if !in.Picker() {
		return nil
	}
	s.seq++
	s.picker = picker{id: s.seq, loading: true}
	ctx, cancel := context.WithCancel(context.Background())
	s.loadCancel = cancel
	return optionsJob{ctx: ctx, backend: s.c.backend, input: in, values: maps.Clone(s.values), id: s.seq}.run
}

// optionsLoaded fills the picker, unless it has moved on since it asked.
func (s *actionScreen) optionsLoaded(msg optionsLoadedMsg) tea.Cmd {
	if s.node == nil || s.phase != phaseInputs || !s.picker.loading || msg.id != s.picker.id {
		return nil
	}
	s.rev++
	s.cancelLoad()
	s.picker.loading = false
	if msg.err != nil {
		s.picker.failed = backend.Explain(msg.err)
		s.follow()
		return nil
	}
	s.picker.options = msg.options
	labels := make([]string, len(msg.options))
	for i, o := range msg.options {
		labels[i] = o.Label
	}
	s.picker.list = newOptionList(labels)
	s.follow()
	return nil
}

// submit takes the value of the current input and goes on.
func (s *actionScreen) submit(value string) tea.Cmd {
	in := s.asked[s.field]
	if in.Secret() {
		s.secrets[in.Name] = backend.NewSecret(value)
	} else {
		s.values[in.Name] = value
	}
	s.text.Reset()
	s.field++
	return s.next()
}

// clearFrom forgets the values given for asked inputs from i on, so that
// going back a field asks them afresh.
func (s *actionScreen) clearFrom(i int) {
	for _, in := range s.asked[min(i, len(s.asked)):] {
		delete(s.values, in.Name)
		delete(s.secrets, in.Name)
	}
}

// backToField asks field i again, forgetting it and what came after.
func (s *actionScreen) backToField(i int) tea.Cmd {
	s.field = i
	s.clearFrom(i)
	return s.ask()
}

// updateInputs answers a key while an input is asked for.
func (s *actionScreen) updateInputs(msg tea.Msg) (tea.Msg, tea.Cmd) {
	if s.typedInput() {
		return s.updateTyped(msg)
	}
	p := &s.picker
	if p.loading || len(p.options) == 0 {
		return nil, nil
	}
	pos, picked := s.updateList(&p.list, msg)
	if !picked {
		return nil, nil
	}
	return nil, s.submit(p.options[pos].Value)
}

// updateTyped edits the text field; enter takes its value.
func (s *actionScreen) updateTyped(msg tea.Msg) (tea.Msg, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if ok && press.Code == tea.KeyEnter {
		value := s.text.Value()
		in, _ := s.input()
		if !in.Secret() {
			value = strings.TrimSpace(value)
		}
		if value == "" {
			return statusMsg{text: "Type a value first, or press esc to go back."}, nil
		}
		return nil, s.submit(value)
	}
	if s.text.update(msg) {
		s.rev++
	}
	return nil, nil
}

// valueLines lists the inputs known so far, "user: alice", those settled
// by earlier steps marked so. Passwords show as dots.
func (s *actionScreen) valueLines() []string {
	st := s.c.styles
	var lines []string
	for _, in := range s.spec.Inputs {
		var v string
		switch {
		case in.Secret() && !s.secrets[in.Name].IsZero():
			v = backend.Redacted
		case !in.Secret() && s.values[in.Name] != "":
			v = s.values[in.Name]
		default:
			continue
		}
		line := st.Muted.Render(in.Name+": ") + st.Item.Render(v)
		if _, ok := s.prefilled[in.Name]; ok {
			line += st.Muted.Render(" (from an earlier step)")
		}
		lines = append(lines, "  "+line)
	}
	return lines
}
