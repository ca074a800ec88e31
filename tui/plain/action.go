package plain

import (
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/tui/actstep"
)

// actionNext says where the journey goes after an action node.
type actionNext int

const (
	// actionStay offers the node's choices.
	actionStay actionNext = iota
	// actionMoved means the session moved (back, or a failure branch).
	actionMoved
	// actionQuit ends the run.
	actionQuit
)

// runAction carries out the current action node: inputs, confirmation, the
// call, the result. It returns what to do next and, after a result or a
// failure, the words the choices prompt should also accept ("show", "save",
// "t").
func (r *runner) runAction() (actionNext, func(string) (bool, command)) {
	node := r.session.Current().Node
	spec, ok := actstep.Spec(r.session)
	switch {
	case !ok:
		r.printf("(This build does not know the action %q; do this step by hand.)\n", node.Action)
		return actionStay, nil
	case r.o.Actions == nil:
		r.printf("(No backend is configured, so this step is yours to do by hand.)\n")
		return actionStay, nil
	case actstep.Hidden(node, r.o.ReadOnly):
		r.printf("(Read-only: %s is skipped; nothing will be changed.)\n", strings.ToLower(spec.Title))
		return actionStay, nil
	}
	r.printf("%s\n%s\n", spec.Title, spec.Summary)
	values := actstep.Prefill(spec, r.session)
	for _, in := range spec.Inputs {
		if v := values[in.Name]; v != "" {
			r.printf("  %s: %s (from an earlier step)\n", in.Name, v)
		}
	}
	secrets := map[string]backend.Secret{}
	for _, in := range actstep.Pending(spec, values, secrets) {
		next, stop := r.readInput(spec, in, values, secrets)
		if stop {
			return next, nil
		}
	}
	if spec.Changes {
		if next, ok := r.confirm(spec, values); !ok {
			return next, nil
		}
	}
	r.session = actstep.Remember(r.session, spec, values)
	r.printf("Working…\n")
	res, err := spec.Run(r.ctx, r.o.Actions, actions.Request{Values: values, Secrets: secrets})
	if err != nil {
		return r.failed(spec, err)
	}
	r.session = actstep.Succeeded(r.session, spec, res)
	r.save()
	return actionStay, r.showResult(res)
}

// readInput asks for one input. stop reports that the person went back or
// quit (next says which), or that the input cannot be given.
func (r *runner) readInput(spec *actions.Spec, in actions.Input, values map[string]string, secrets map[string]backend.Secret) (actionNext, bool) {
	if in.Picker() {
		opts, err := actions.Options(r.ctx, r.o.Actions, in, values)
		if err != nil {
			next, _ := r.failed(spec, err)
			return next, true
		}
		if len(opts) == 0 {
			r.printf("%s\n", actions.EmptyOptions(in, values))
			return actionStay, true
		}
		r.printf("%s\n", in.Prompt)
		labels, names := make([]string, len(opts)), make([]string, len(opts))
		for i, o := range opts {
			labels[i], names[i] = o.Label, o.Value
		}
		cmd, pick := r.ask(menu{labels: labels, aliases: names})
		switch cmd {
		case cmdQuit, cmdEOF:
			return actionQuit, true
		case cmdBack, cmdRestart:
			r.leave(cmd)
			return actionMoved, true
		}
		values[in.Name] = opts[pick].Value
		return actionStay, false
	}
	for {
		r.printf("%s (or b to go back)\n> ", in.Prompt)
		line, ok := r.readLine(in.Secret())
		switch {
		case !ok || line == "q":
			return actionQuit, true
		case line == "b":
			r.leave(cmdBack)
			return actionMoved, true
		case line == "":
			r.printf("This cannot be empty.\n")
			continue
		}
		if in.Secret() {
			secrets[in.Name] = backend.NewSecret(line)
		} else {
			values[in.Name] = line
		}
		return actionStay, false
	}
}

// confirm asks before a change. ok is false when the person said no, went
// back or quit; next then says where to go.
func (r *runner) confirm(spec *actions.Spec, values map[string]string) (actionNext, bool) {
	r.printf("%s\n", spec.Confirm(values))
	if actstep.DryRun(r.o.Actions) {
		r.printf("(Dry run: nothing will change; you will see the calls it would make.)\n")
	}
	name := spec.ConfirmName(values)
	if name != "" {
		r.printf("Type %s to confirm, or n to cancel.\n", name)
	} else {
		r.printf("Go ahead? Type y or n.\n")
	}
	for {
		r.printf("> ")
		line, ok := r.readLine(false)
		switch {
		case !ok || line == "q":
			return actionQuit, false
		case line == "b":
			r.leave(cmdBack)
			return actionMoved, false
		case line == "n" || line == "no":
			r.printf("Cancelled: nothing was changed.\n")
			return actionStay, false
		case name != "" && line == name, name == "" && (line == "y" || line == "yes"):
			return actionStay, true
		case name != "":
			r.printf("That is not %s: type it exactly as shown, or n to cancel.\n", name)
		default:
			r.printf("Type y to go ahead, n to cancel, or b to go back.\n")
		}
	}
}

// failed reports a failed action and follows the tree's branch for it.
func (r *runner) failed(spec *actions.Spec, err error) (actionNext, func(string) (bool, command)) {
	next, moved, msg := actstep.Failed(r.session, spec, err)
	r.session = next
	r.save()
	r.printf("%s\n", msg)
	if moved {
		return actionMoved, nil
	}
	if !actions.IsDryRun(err) {
		r.printf("Type t to try again, or pick one of these.\n")
	}
	return actionStay, func(line string) (bool, command) {
		if line == "t" && !actions.IsDryRun(err) {
			return true, cmdRedo
		}
		return false, 0
	}
}

// showResult prints a result. A new secret is masked until the person types
// "show", and can be saved to a new private file with "save FILE".
func (r *runner) showResult(res actions.Result) func(string) (bool, command) {
	for _, l := range res.Lines {
		r.printf("%s\n", l)
	}
	if res.Warning != "" {
		r.printf("Warning: %s\n", res.Warning)
	}
	secret := res.Secret
	if secret == nil {
		return nil
	}
	r.printf("%s (%s): %s  (shown once)\n", secret.Label, secret.With, backend.Redacted)
	r.printf("Type show to see it, or save FILE to keep it in a new file only you can read.\n")
	return func(line string) (bool, command) {
		word, arg, _ := strings.Cut(line, " ")
		switch strings.ToLower(word) {
		case "show":
			r.printf("%s: %s\n", secret.Label, secret.Value.Reveal())
			return true, 0
		case "save":
			if err := actions.SaveSecret(arg, secret); err != nil {
				r.printf("%v\n", err)
			} else {
				r.printf("Saved to %s (only you can read it).\n", strings.TrimSpace(arg))
			}
			return true, 0
		}
		return false, 0
	}
}

// leave goes back or restarts from inside an action.
func (r *runner) leave(cmd command) {
	if cmd == cmdRestart {
		r.session = r.session.Restart()
		return
	}
	r.back()
}

// readLine reads one answer. Secrets are read without echo when the input
// is a terminal, so a password never shows on screen.
func (r *runner) readLine(secret bool) (string, bool) {
	if f, ok := r.o.In.(*os.File); ok && secret && term.IsTerminal(f.Fd()) {
		b, err := term.ReadPassword(f.Fd())
		r.printf("\n")
		return string(b), err == nil
	}
	if !r.in.Scan() {
		r.printf("\n")
		return "", false
	}
	return strings.TrimSpace(r.in.Text()), true
}
