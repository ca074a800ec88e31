package sandbox

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// Snapshot is the whole sandbox account for `signin-doctor sandbox show`. It
// holds no secret: the sandbox never stores one in clear.
type Snapshot struct {
	Path             string
	AccountID        string
	AccountAlias     string
	RootEmail        string
	SignInURL        string
	Caller           string
	PasswordPolicy   backend.PasswordPolicy
	Users            []UserSnapshot
	RootResetPending bool
	Changes          int64 // changes made since the account was seeded
}

// UserSnapshot is one user with everything attached to it.
type UserSnapshot struct {
	backend.User
	Note       string   // the situation this demo user is in
	Admin      bool     // may do everything
	Denied     []string // IAM actions denied even on themselves
	AccessKeys []backend.AccessKey
	MFADevices []backend.MFADevice
}

// Show reads the whole account, regardless of the caller's permissions: it
// is a look at the local file, not an IAM call.
func (s *Sandbox) Show(ctx context.Context) (Snapshot, error) {
	var snap Snapshot
	err := s.view(ctx, "ShowSandbox", "", func(st *state, caller *user) error {
		snap = Snapshot{
			Path:             s.Path(),
			AccountID:        st.Account.ID,
			AccountAlias:     st.Account.Alias,
			RootEmail:        st.Account.RootEmail,
			SignInURL:        backend.SignInURL(st.Account.ID, st.Account.Alias),
			Caller:           caller.Name,
			PasswordPolicy:   st.policy(),
			RootResetPending: st.RootReset != nil,
			Changes:          st.Changes,
		}
		for _, u := range st.Users {
			us := UserSnapshot{User: st.publicUser(u), Note: u.Note, Admin: u.Admin, Denied: append([]string(nil), u.Denied...)}
			for _, k := range u.Keys {
				us.AccessKeys = append(us.AccessKeys, publicKey(u.Name, k))
			}
			for _, d := range u.MFA {
				us.MFADevices = append(us.MFADevices, publicDevice(u.Name, d))
			}
			snap.Users = append(snap.Users, us)
		}
		return nil
	})
	return snap, err
}

// Summary is Show as plain text, one fact a line, for a terminal or a pipe.
func (s *Sandbox) Summary(ctx context.Context) (string, error) {
	snap, err := s.Show(ctx)
	if err != nil {
		return "", err
	}
	return snap.String(), nil
}

// String renders the snapshot as plain text.
func (snap Snapshot) String() string {
	now := time.Now()
	var b strings.Builder
	fmt.Fprintf(&b, "Sandbox file: %s\n", snap.Path)
	fmt.Fprintf(&b, "Account: %s (alias %s)\n", snap.AccountID, orNone(snap.AccountAlias))
	fmt.Fprintf(&b, "Root user email: %s\n", snap.RootEmail)
	fmt.Fprintf(&b, "IAM user sign-in page: %s\n", snap.SignInURL)
	fmt.Fprintf(&b, "Acting as: %s\n", snap.Caller)
	fmt.Fprintf(&b, "Practice passwords when the demo account is created: root %s, users %s\n", DemoRootPassword, DemoUserPassword)
	policy := "IAM default rules"
	if !snap.PasswordPolicy.IsDefault {
		policy = "custom"
	}
	fmt.Fprintf(&b, "Password policy (%s): %s\n", policy, strings.Join(snap.PasswordPolicy.Rules(), "; "))
	if snap.RootResetPending {
		b.WriteString("A root password reset is waiting: its code is in the newest outbox mail.\n")
	}
	fmt.Fprintf(&b, "Changes since the demo account was created: %d\n", snap.Changes)
	b.WriteString("\nUsers:\n")
	for _, u := range snap.Users {
		fmt.Fprintf(&b, "  %s", u.Name)
		if u.Note != "" {
			fmt.Fprintf(&b, " — %s", u.Note)
		}
		b.WriteString("\n")
		console := "none"
		if u.HasConsolePassword() {
			console = "set"
			if u.PasswordResetRequired {
				console += ", must be changed at next sign-in"
			}
		}
		fmt.Fprintf(&b, "    console password: %s\n", console)
		if len(u.Denied) > 0 {
			fmt.Fprintf(&b, "    denied: %s\n", strings.Join(u.Denied, ", "))
		}
		for _, k := range u.AccessKeys {
			used := "never used"
			if k.LastUsed != nil {
				used = fmt.Sprintf("last used %s ago (%s, %s)", ago(now, k.LastUsed.Time), k.LastUsed.Service, k.LastUsed.Region)
			}
			fmt.Fprintf(&b, "    access key %s: %s, created %s ago, %s\n", k.ID, strings.ToLower(k.Status()), ago(now, k.Created), used)
		}
		for _, d := range u.MFADevices {
			fmt.Fprintf(&b, "    MFA device %s, enabled %s ago\n", d.Serial, ago(now, d.Enabled))
		}
	}
	return b.String()
}

// Reset puts the demo account back as it was first seeded, whatever the file
// holds (even a damaged one), and empties the outbox. Practice changes are
// lost; that is the point.
func (s *Sandbox) Reset(ctx context.Context) error {
	lock, err := acquireLock(ctx, filepath.Join(s.dir, lockFile))
	if err != nil {
		return fmt.Errorf("reset sandbox: %w", err)
	}
	defer lock.release()
	if err := s.save(seed(s.now())); err != nil {
		return fmt.Errorf("reset sandbox: %w", err)
	}
	mails, _ := filepath.Glob(filepath.Join(s.OutboxDir(), "*"+mailSuffix))
	for _, m := range mails {
		if err := os.Remove(m); err != nil {
			return fmt.Errorf("reset sandbox: empty the outbox: %w", err)
		}
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// ago is a rough, readable age: "3 days", "6 months", "2 years".
func ago(now, t time.Time) string {
	d := now.Sub(t)
	days := int(d.Hours() / 24)
	switch {
	case d < time.Hour:
		return "less than an hour"
	case days < 1:
		return plural(int(d.Hours()), "hour")
	case days < 60:
		return plural(days, "day")
	case days < 730:
		return plural(days/30, "month")
	default:
		return plural(days/365, "year")
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
