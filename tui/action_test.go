package tui

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
	"github.com/signin-doctor/signin-doctor/flows"
	"github.com/signin-doctor/signin-doctor/internal/transcript"
)

// Journeys through the action screens against a real sandbox account.

// keyIDs lists a user's access key ids in the sandbox.
func keyIDs(t *testing.T, sb backend.Backend, user string) []string {
	t.Helper()
	keys, err := sb.ListAccessKeys(context.Background(), user)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = k.ID
	}
	return ids
}

func (d *driver) phase(want actionPhase) {
	d.t.Helper()
	d.at(screenAction)
	if d.m.action.phase != want {
		d.t.Fatalf("action phase %s, want %s:\n%s", d.m.action.phase, want, d.screen())
	}
}

// toCreateKey goes from the home list to the create-key step of the lost
// keys tree: I lost my access keys › An IAM user's keys › Yes › Make a new
// key with signin-doctor.
func (d *driver) toCreateKey() {
	d.t.Helper()
	d.keys("5", "1", "1", "1")
	d.node("lost-access-keys#create-key")
}

// The whole rotation of bob's key: create, switch, check, deactivate,
// delete (confirmed by typing his name), resolved. Afterwards bob has only
// the new key.
func TestActionRotateBobsKey(t *testing.T) {
	o, sb := sandboxOptions(t)
	oldKeys := keyIDs(t, sb, "bob")
	if len(oldKeys) != 1 {
		t.Fatalf("bob starts with one key, has %v", oldKeys)
	}
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.phase(phaseInputs)
	d.contains("Create a new access key", "Which user?", "3. bob")

	d.keys("3")
	d.phase(phaseConfirm)
	d.contains("user: bob", "Create a new access key for bob?", "y/enter confirm", "n/esc cancel")
	if got := keyIDs(t, sb, "bob"); len(got) != 1 {
		t.Fatal("nothing may change before the confirmation")
	}

	d.keys("y")
	d.phase(phaseResult)
	secret := d.m.action.secret.Value.Reveal()
	newKey := d.m.session.Var("new-key")
	if len(secret) != 40 || !strings.HasPrefix(newKey, "AKIA") {
		t.Fatalf("want a new key and its 40-character secret, got %q and %d characters", newKey, len(secret))
	}
	d.contains("✓ Done", "Access key ID: "+newKey, "Secret access key", backend.Redacted, "1. I stored the secret", "v reveal")
	d.lacks(secret)
	d.keys("v")
	d.contains(secret, "v hide")
	d.keys("v")
	d.lacks(secret)

	d.keys("1")
	d.node("lost-access-keys#switch-programs")
	d.at(screenQuestion)
	d.lacks(secret)
	if d.m.action.secret != nil {
		t.Fatal("leaving the result drops the secret")
	}

	d.keys("1") // Done; check the old key's last use: a read, run at once
	d.node("lost-access-keys#check-old")
	d.phase(phaseResult)
	if d.m.action.prefilled["key"] != oldKeys[0] || d.m.action.prefilled["user"] != "bob" {
		t.Fatalf("the old key and its user come from the earlier step, got %v", d.m.action.prefilled)
	}
	d.contains(oldKeys[0]+": never used.", "1. It isn't used any more; switch it off")

	d.keys("1")
	d.node("lost-access-keys#deactivate-old")
	d.phase(phaseConfirm)
	d.contains("user: bob (from an earlier step)", "key: "+oldKeys[0]+" (from an earlier step)", "Switch off key "+oldKeys[0]+" of bob?")
	d.keys("y")
	d.phase(phaseResult)
	d.contains("is now off (inactive)")

	d.keys("1")
	d.node("lost-access-keys#delete-old")
	d.phase(phaseConfirm)
	d.contains("Delete key "+oldKeys[0]+" of bob for good?", "Type bob to confirm")
	d.keys("y", "enter") // a yes is not enough: the name must be typed
	d.phase(phaseConfirm)
	d.contains("That is not bob")
	d.keys("bobby", "enter")
	d.phase(phaseConfirm)
	if got := keyIDs(t, sb, "bob"); len(got) != 2 {
		t.Fatalf("a wrong name deletes nothing, bob has %v", got)
	}
	d.keys("q", "bob") // typing: q is a letter here, not quit
	if d.quit || d.m.action.confirm.Value() != "qbob" {
		t.Fatalf("q should be typed, got %q quit=%v", d.m.action.confirm.Value(), d.quit)
	}
	d.keys("ctrl+u", "bob", "enter")
	d.phase(phaseResult)
	d.contains("has been deleted")

	d.keys("1")
	d.at(screenOutcome)
	d.contains("✓ Resolved", "Rotation complete.")
	if got := keyIDs(t, sb, "bob"); !slices.Equal(got, []string{newKey}) {
		t.Fatalf("bob should have exactly the new key %s, has %v", newKey, got)
	}

	// Back from the end to the delete step shows what was done; it runs
	// nothing again.
	d.keys("esc")
	d.node("lost-access-keys#delete-old")
	d.phase(phaseResult)
	d.contains("✓ Done earlier in this journey", "has been deleted")
}

// alice has two keys: creating a third fails, the tree moves on to the
// two-key limit with the reason on screen, and after deleting her unused
// key the new one can be made.
func TestActionAliceAtTheKeyLimit(t *testing.T) {
	o, sb := sandboxOptions(t)
	before := keyIDs(t, sb, "alice")
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.keys("2", "y")
	d.node("lost-access-keys#two-keys")
	d.at(screenQuestion)
	d.contains("! This user already has two access keys", "A user can have at most two access keys.")

	d.keys("1") // Show the keys and their last use
	d.node("lost-access-keys#list-before-delete")
	d.lacks("! This user already has") // the banner goes with the step it was for
	// alice was chosen for the failed create; a read, so it runs at once.
	d.phase(phaseResult)
	d.contains("alice has 2 of the 2 access keys IAM allows:", "last used 6 months ago")
	unused := d.m.session.Var("old-key")
	if unused != before[0] {
		t.Fatalf("the key unused for months is %s, the list picked %q", before[0], unused)
	}

	d.keys("1") // Delete the unused key
	d.node("lost-access-keys#delete-unused")
	d.phase(phaseConfirm)
	d.contains("key: "+unused+" (from an earlier step)", "Type alice to confirm")
	d.keys("alice", "enter")
	d.phase(phaseResult)

	d.keys("1") // Now make the new key
	d.node("lost-access-keys#create-key")
	d.phase(phaseConfirm)
	d.contains("user: alice (from an earlier step)")
	d.keys("enter")
	d.phase(phaseResult)
	after := keyIDs(t, sb, "alice")
	if len(after) != 2 || slices.Contains(after, unused) || !slices.Contains(after, before[1]) || !slices.Contains(after, d.m.session.Var("new-key")) {
		t.Fatalf("alice should keep her used key and have the new one: before %v, after %v", before, after)
	}
}

// erin may not manage keys: the denied call moves the journey to asking an
// administrator, naming the missing permission.
func TestActionAccessDeniedMovesToAskAdmin(t *testing.T) {
	o, sb := sandboxOptions(t)
	if err := sb.SetCaller(context.Background(), "erin"); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, o, 120, 40)
	d.toCreateKey()
	d.phase(phaseInputs)
	d.contains("1. erin") // a user who is not an administrator sees only herself
	d.keys("1")
	d.phase(phaseConfirm)
	d.keys("y")
	d.node("lost-access-keys#ask-admin")
	d.at(screenGuide)
	d.contains("You are not allowed to do this: the IAM permission iam:CreateAccessKey is missing.", "Did your administrator make you a new key?")
	if got := keyIDs(t, mustSandboxAs(t, sb, "admin"), "erin"); len(got) != 1 {
		t.Fatalf("erin's keys must be as they were, got %v", got)
	}
}

func mustSandboxAs(t *testing.T, sb *sandbox.Sandbox, caller string) *sandbox.Sandbox {
	t.Helper()
	if err := sb.SetCaller(context.Background(), caller); err != nil {
		t.Fatal(err)
	}
	return sb
}

// unreachableUsers is an account whose user list cannot be fetched.
type unreachableUsers struct{ backend.Backend }

func (unreachableUsers) ListUsers(context.Context) ([]backend.User, error) {
	return nil, &backend.Error{Kind: backend.ErrUnreachable, Op: "ListUsers"}
}

// When a list cannot be loaded, the value is typed instead.
func TestActionPickerFallsBackToTyping(t *testing.T) {
	o, sb := sandboxOptions(t)
	o.Actions = unreachableUsers{sb}
	d := newDriver(t, o, 120, 40)
	d.toCreateKey()
	d.phase(phaseInputs)
	d.contains("Could not list them. AWS could not be reached.", "Type it instead")
	d.keys("bob", "enter")
	d.phase(phaseConfirm)
	d.contains("user: bob", "Create a new access key for bob?")
}

// stallingBackend makes CreateAccessKey wait until its context is
// cancelled, and then answer as if it had worked, secret and all: the
// answer a cancelled call may still send.
type stallingBackend struct {
	backend.Backend
	started chan struct{}
}

const lateSecret = "LATE-SECRET-THAT-MUST-NEVER-SHOW-0000000"

func (b stallingBackend) CreateAccessKey(ctx context.Context, user string) (backend.NewAccessKey, backend.Receipt, error) {
	close(b.started)
	<-ctx.Done()
	return backend.NewAccessKey{ID: "AKIALATELATELATELATE", User: user, Secret: backend.NewSecret(lateSecret)}, backend.Receipt{}, nil
}

// runAsync runs a Cmd and what it batches in goroutines, as the program
// would, and delivers their messages on the channel.
func runAsync(cmd tea.Cmd) <-chan tea.Msg {
	out := make(chan tea.Msg, 16)
	var start func(tea.Cmd)
	start = func(c tea.Cmd) {
		go func() {
			msg := c()
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, c := range batch {
					if c != nil {
						start(c)
					}
				}
				return
			}
			out <- msg
		}()
	}
	start(cmd)
	return out
}

// esc while the call runs cancels it and goes back to the confirmation;
// the answer that comes after is dropped, its secret with it.
func TestActionEscCancelsARunningCall(t *testing.T) {
	o, sb := sandboxOptions(t)
	stall := stallingBackend{Backend: sb, started: make(chan struct{})}
	o.Actions = stall
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.keys("3")
	d.phase(phaseConfirm)

	_, cmd := d.m.Update(keyMsgs("y")[0])
	msgs := runAsync(cmd)
	select {
	case <-stall.started:
	case <-time.After(5 * time.Second):
		t.Fatal("the call never started")
	}
	d.phase(phaseRunning)
	d.contains("Waiting for sandbox…", "esc cancel")
	d.keys("j", "h") // nothing but esc, quit and help acts now
	d.phase(phaseRunning)
	d.contains("press esc to cancel")

	d.keys("esc")
	d.phase(phaseConfirm)
	d.contains("cancelled")

	deadline := time.After(5 * time.Second)
	for late := false; !late; {
		select {
		case msg := <-msgs:
			_, late = msg.(actionDoneMsg)
			d.send(msg)
		case <-deadline:
			t.Fatal("the cancelled call never answered")
		}
	}
	d.phase(phaseConfirm)
	d.node("lost-access-keys#create-key")
	d.lacks(lateSecret, "AKIALATE")
	if d.m.action.secret != nil || d.m.session.Var("new-key") != "" {
		t.Fatal("a late answer must change nothing")
	}
	d.keys("n")
	d.phase(phaseInputs) // cancelling the confirmation goes back to the user
}

// A dry run says nothing will change, shows the call it would make, and
// changes nothing.
func TestActionDryRun(t *testing.T) {
	o, sb := sandboxOptions(t)
	o.Actions = backend.NewDryRun(sb)
	d := newDriver(t, o, 80, 24)
	d.contains("backend: sandbox  dry run")
	d.toCreateKey()
	d.keys("3")
	d.phase(phaseConfirm)
	d.contains("dry run: nothing will change")
	d.keys("y")
	d.phase(phaseResult)
	d.contains("dry run: would call iam:CreateAccessKey UserName=bob. Nothing was changed.", "1. I stored the secret")
	d.lacks("✓ Done", "Secret access key")
	if got := keyIDs(t, sb, "bob"); len(got) != 1 {
		t.Fatalf("a dry run changes nothing, bob has %v", got)
	}
}

// Read-only mode hides the choices that lead to changes, numbers the rest
// from 1, and still runs reads.
func TestActionReadOnly(t *testing.T) {
	o, _ := sandboxOptions(t)
	o.ReadOnly = true
	d := newDriver(t, o, 80, 24)
	d.contains("read-only")
	d.keys("5", "1", "1")
	d.node("lost-access-keys#iam-keys")
	d.keys("tab")
	d.lacks("Make a new key with signin-doctor")
	d.contains("1. I made one in the console and it works", "2. I'm not allowed to create keys")
	d.keys("2")
	d.node("lost-access-keys#ask-admin")
	d.keys("esc", "1")
	d.node("lost-access-keys#after-create")

	d.keys("h", "8", "2", "2") // Which sign-in page › IAM user › missing the account ID
	d.node("which-sign-in#find-account")
	d.keys("1") // Look them up: who am I is a read, so it is offered and runs
	d.node("which-sign-in#look-up")
	d.phase(phaseResult)
	d.contains("Account ID: 111122223333", "https://demo-corp.signin.aws.amazon.com/console", "Working as: IAM user admin")

	d.keys("h", "2", "1")
	d.node("forgot-root-password#reset-steps")
	d.keys("tab")
	d.lacks("Send the reset email from here")
}

// A change reached by a road no choice hides (here, a tree that starts
// with one) is shown in read-only mode, not run.
func TestActionReadOnlyNeverRunsAChange(t *testing.T) {
	fsys := fstest.MapFS{"act.yaml": {Data: []byte(`id: act
title: Make a key
summary: A tree that starts with a change.
entry: true
start: create
nodes:
  - id: create
    action: create-access-key
    choices:
      - label: Done
        outcome: resolved
`)}}
	set, err := flows.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	o, sb := sandboxOptions(t)
	o.Trees, o.ReadOnly = set, true
	d := newDriver(t, o, 80, 24)
	d.keys("1")
	d.phase(phaseSkipped)
	d.contains("Read-only mode: this step would change the account, so it is not run.", "1. Done")
	d.keys("y", "enter")
	d.at(screenOutcome)
	if got := keyIDs(t, sb, "admin"); len(got) != 1 {
		t.Fatalf("read-only mode changed the account: admin has %v", got)
	}
}

// A secret never outlives its screen: not in the view once left, not when
// coming back, never in the transcript.
func TestActionSecretNeverLeaks(t *testing.T) {
	o, _ := sandboxOptions(t)
	path := filepath.Join(t.TempDir(), "journey.md")
	o.Transcript = transcript.New(path, "sandbox")
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.keys("3", "y")
	d.phase(phaseResult)
	secret := d.m.action.secret.Value.Reveal()
	newKey := d.m.session.Var("new-key")

	// c copies the secret itself to the clipboard, and says so.
	_, cmd := d.m.Update(keyMsgs("c")[0])
	if got := reflect.ValueOf(cmd()); got.Kind() != reflect.String || got.String() != secret {
		t.Fatal("c should set the clipboard to the secret")
	}
	d.contains("copied to the clipboard (if your terminal allows it)")

	d.keys("v")
	d.contains(secret)
	d.keys("esc") // back to the guide before
	d.node("lost-access-keys#iam-keys")
	d.lacks(secret)
	d.keys("1") // choosing it again is a new visit: asks again (for bob)
	d.phase(phaseConfirm)
	d.contains("user: bob (from an earlier step)")
	d.keys("esc") // cancel: nothing was asked, so nothing to go back to
	d.phase(phaseCancelled)
	d.keys("esc")
	d.node("lost-access-keys#iam-keys")

	d.keys("h") // a new journey: a key for carol, revealed, then move on
	d.toCreateKey()
	d.keys("4", "y")
	d.phase(phaseResult)
	second := d.m.action.secret.Value.Reveal()
	d.keys("v", "1")
	d.node("lost-access-keys#switch-programs")
	d.keys("esc") // back to the step: shown as done, the secret gone
	d.node("lost-access-keys#create-key")
	d.phase(phaseResult)
	d.contains("✓ Done earlier in this journey", "The secret was shown once; create a new one if you lost it.")
	d.lacks(second, backend.Redacted)
	d.keys("b") // and the guides never see it
	d.lacks(second)
	d.keys("esc", "q")

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.Contains(text, secret) || strings.Contains(text, second) {
		t.Fatalf("the transcript holds a secret:\n%s", text)
	}
	if !strings.Contains(text, "created access key "+newKey+" for bob") {
		t.Fatalf("the transcript should say what was done:\n%s", text)
	}
}

// A secret nobody has revealed, copied or saved is not left behind by one
// stray key.
func TestActionUnseenSecretAsksBeforeLeaving(t *testing.T) {
	o, _ := sandboxOptions(t)
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.keys("3", "y", "1")
	d.phase(phaseResult)
	d.contains("press again to leave without the secret")
	d.keys("j") // any other key disarms
	d.keys("h")
	d.phase(phaseResult)
	d.keys("h")
	d.at(screenHome)
}

// s saves the secret to a new file only its owner can read, and never
// over another file.
func TestActionSaveSecret(t *testing.T) {
	o, _ := sandboxOptions(t)
	t.Setenv("HOME", t.TempDir())
	d := newDriver(t, o, 80, 24)
	d.toCreateKey()
	d.keys("3", "y")
	secret := d.m.action.secret.Value.Reveal()
	newKey := d.m.session.Var("new-key")
	d.keys("s")
	d.contains("~/signin-doctor-"+newKey+".txt", "enter saves, esc cancels")
	d.keys("esc")
	d.phase(phaseResult)
	d.lacks("enter saves")

	file := filepath.Join(t.TempDir(), "bob.txt")
	d.keys("s", "ctrl+u", file, "enter")
	if want := "saved to " + file + " (only you can read it)"; d.m.status != want {
		t.Fatalf("status %q, want %q", d.m.status, want)
	}
	info, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(file)
	if info.Mode().Perm() != 0o600 || !strings.Contains(string(data), secret) || !strings.Contains(string(data), newKey) {
		t.Fatalf("want a 0600 file with the key and its secret, got %v:\n%s", info.Mode(), data)
	}
	d.keys("s", "enter") // the default name, under the test's home
	if _, err := os.Stat(filepath.Join(os.Getenv("HOME"), "signin-doctor-"+newKey+".txt")); err != nil {
		t.Fatalf("the default file: %v", err)
	}
	d.keys("s", "ctrl+u", file, "enter")
	if !strings.HasPrefix(d.m.status, "Not saved:") || !strings.Contains(d.m.status, "already exists") {
		t.Fatalf("a second save to the same file is refused, status %q", d.m.status)
	}
}

var resetCode = regexp.MustCompile(`(?m)^ {4}(\S.*)$`)

// The root password practice: a typed email, the code from the mail, a
// password hidden as it is typed, esc back a field, and a long result that
// scrolls.
func TestActionRootResetWithTypedInputs(t *testing.T) {
	o, sb := sandboxOptions(t)
	d := newDriver(t, o, 80, 24)
	d.keys("2", "1", "5")
	d.node("forgot-root-password#send-reset")
	d.phase(phaseInputs)
	d.contains("The account's email address", "enter next")
	d.keys("enter")
	d.contains("Type a value first")
	d.keys(sandbox.DemoRootEmail, "enter")
	d.phase(phaseConfirm)
	d.keys("y")
	d.phase(phaseResult)
	d.contains("A reset email went to "+sandbox.DemoRootEmail, "more below")
	d.lacks("› 1. I have the email")
	d.keys("down") // the choices are below the mail: the first key shows them
	d.contains("› 1. I have the email; follow it", "more above")
	if d.m.action.choices.cursor != 0 {
		t.Fatal("bringing the choices into view must not move past the first")
	}
	d.keys("pgup", "pgup")
	d.contains("Send the root password reset email", "more below")
	d.keys("pgdown", "pgdown")
	d.contains("more above")

	mails, err := sb.Outbox()
	if err != nil || len(mails) != 1 {
		t.Fatalf("want one mail, got %d (%v)", len(mails), err)
	}
	code := resetCode.FindStringSubmatch(mails[0].Body)[1]

	d.keys("1")
	d.node("forgot-root-password#follow-email")
	d.keys(code, "enter")
	d.contains("A new root password", "code: "+code)
	d.keys("hunter2")
	d.contains("›", "•••••••")
	d.lacks("hunter2")
	d.keys("esc") // back to the code, which is asked again
	d.contains("The code from the email")
	d.lacks("code: "+code, "•••")
	const password = "New-Root-Passw0rd!"
	d.keys(code, "enter", password, "enter")
	d.phase(phaseConfirm)
	d.contains("new-password: " + backend.Redacted)
	d.lacks(password)
	d.keys("y")
	d.phase(phaseResult)
	d.contains("The root password has been changed.")
	if ok, err := sb.CheckRootPassword(context.Background(), backend.NewSecret(password)); err != nil || !ok {
		t.Fatalf("the new root password should work: %v %v", ok, err)
	}
}

// Without a backend, an action node offers its lead-in and choices, with a
// note saying why nothing runs.
func TestActionWithoutBackend(t *testing.T) {
	d := newDriver(t, testOptions(t), 80, 24)
	d.keys("8", "2", "2", "1")
	d.node("which-sign-in#look-up")
	d.phase(phaseSkipped)
	d.contains("No backend is configured", "1. That's it; now I can sign in")
	d.keys("1")
	d.at(screenOutcome)
}

// A failure the tree has no branch for stays on the action screen: the
// reason, the choices, and t to try again.
func TestActionFailureStays(t *testing.T) {
	o, sb := sandboxOptions(t)
	d := newDriver(t, o, 80, 24)
	d.keys("2", "1", "5")
	d.keys("nobody@example.com", "enter", "y")
	// not-found has a branch here: the journey moves on.
	d.node("forgot-root-password#no-email")
	d.contains("! ")

	d.keys("h", "2", "1", "5", sandbox.DemoRootEmail, "enter", "y", "1")
	d.node("forgot-root-password#follow-email")
	d.keys("WRONG-CODE", "enter", "Another-Passw0rd!", "enter", "y")
	d.phase(phaseFailed)
	d.contains("✗ That did not work", "t/enter try again", "1. Done, I can sign in")
	d.keys("t")
	d.phase(phaseConfirm)
	d.keys("esc", "esc")
	d.phase(phaseInputs)
	if ok, _ := sb.CheckRootPassword(context.Background(), backend.NewSecret("Another-Passw0rd!")); ok {
		t.Fatal("a wrong code must not change the password")
	}
}
