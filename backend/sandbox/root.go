package sandbox

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// mailSuffix ends the file name of every reset mail in the outbox.
const mailSuffix = "-password-reset.txt"

// Mail is a message in the sandbox's outbox.
type Mail struct {
	Path    string
	Time    time.Time
	From    string
	To      string
	Subject string
	Body    string
}

// ResetRootPassword practises the root password reset: when email is the
// account's root address, it "sends" the reset mail by writing it to the
// outbox, with a one-time code to use with CompleteRootReset. Anyone may ask,
// as on the real sign-in page; the mail is what proves ownership.
func (s *Sandbox) ResetRootPassword(ctx context.Context, email string) (backend.RootReset, backend.Receipt, error) {
	var reset backend.RootReset
	receipt, err := s.update(ctx, backend.ActionResetRootPassword, email, func(st *state, _ *user) error {
		if !strings.EqualFold(strings.TrimSpace(email), st.Account.RootEmail) {
			return &backend.Error{
				Kind: backend.ErrNotFound,
				Detail: fmt.Sprintf("no account in the sandbox uses the address %s "+
					"(`signin-doctor sandbox show` tells the demo account's address)", email),
			}
		}
		code := newResetCode()
		now := s.now().UTC()
		path, err := s.writeMail(now, resetMail(st, now, code))
		if err != nil {
			return err
		}
		st.RootReset = &pendingReset{Code: hashPassword(normalizeCode(code)), Requested: now, Mail: path}
		reset = backend.RootReset{Email: st.Account.RootEmail, MailPath: path}
		return nil
	})
	if err != nil {
		return backend.RootReset{}, backend.Receipt{}, err
	}
	return reset, receipt, nil
}

// CompleteRootReset finishes a practice root reset: the code from the latest
// reset mail and a new root password (which must follow AWS's default
// password rules) replace the root password. Each code works once.
func (s *Sandbox) CompleteRootReset(ctx context.Context, code string, newPassword backend.Secret) (backend.Receipt, error) {
	return s.update(ctx, "CompleteRootReset", "root", func(st *state, _ *user) error {
		pending := st.RootReset
		if pending == nil {
			return &backend.Error{
				Kind:   backend.ErrNotFound,
				Detail: "no root password reset is waiting; ask for one first, then use the code from the mail",
			}
		}
		if !pending.Code.matches(normalizeCode(code)) {
			return &backend.Error{
				Kind:   backend.ErrInvalidInput,
				Detail: "that code does not match the latest reset mail; copy it again from the newest mail in the outbox",
			}
		}
		if err := backend.DefaultPasswordPolicy().Check(newPassword.Reveal()); err != nil {
			return err
		}
		st.Account.RootPassword = hashPassword(newPassword.Reveal())
		st.RootReset = nil
		return nil
	})
}

// CheckRootPassword reports whether password is the root user's, so that a
// practice run can end with "sign in with the new password".
func (s *Sandbox) CheckRootPassword(ctx context.Context, password backend.Secret) (bool, error) {
	var ok bool
	err := s.view(ctx, "SignIn", "root", func(st *state, _ *user) error {
		ok = st.Account.RootPassword.matches(password.Reveal())
		return nil
	})
	return ok, err
}

// Outbox lists the mails the sandbox has "sent", oldest first.
func (s *Sandbox) Outbox() ([]Mail, error) {
	names, err := filepath.Glob(filepath.Join(s.OutboxDir(), "*"+mailSuffix))
	if err != nil {
		return nil, fmt.Errorf("read outbox: %w", err)
	}
	sort.Strings(names) // names start with the time, so this is oldest first
	mails := make([]Mail, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed by a reset since the listing
		}
		if err != nil {
			return nil, fmt.Errorf("read outbox: %w", err)
		}
		mails = append(mails, parseMail(name, string(data)))
	}
	return mails, nil
}

// normalizeCode lets people type the code in lower case, with or without
// the dash and spaces.
func normalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(code)))
}

// writeMail puts a mail in the outbox atomically and returns its path. The
// caller holds the lock, so checking for a name clash is race-free.
func (s *Sandbox) writeMail(now time.Time, text string) (string, error) {
	if err := os.MkdirAll(s.OutboxDir(), 0o700); err != nil {
		return "", fmt.Errorf("write mail: %w", err)
	}
	stamp := now.Format("20060102T150405.000Z")
	path := filepath.Join(s.OutboxDir(), stamp+mailSuffix)
	for n := 2; fileExists(path); n++ {
		path = filepath.Join(s.OutboxDir(), fmt.Sprintf("%s-%d%s", stamp, n, mailSuffix))
	}
	if err := writeFileAtomic(path, []byte(text)); err != nil {
		return "", fmt.Errorf("write mail: %w", err)
	}
	return path, nil
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func resetMail(st *state, now time.Time, code string) string {
	account := st.Account.ID
	if st.Account.Alias != "" {
		account = st.Account.Alias + " (" + st.Account.ID + ")"
	}
	return fmt.Sprintf(`From: no-reply@sandbox.signin-doctor.invalid
To: %s
Date: %s
Subject: Reset the root user password of AWS account %s (practice)

Hello,

Someone asked to reset the password of the root user of the AWS account
%s. This is the signin-doctor sandbox: no real account is involved.

If it was you, go back to signin-doctor and enter this one-time code, then
choose a new password:

    %s

The code works once. If you ask for another reset, only the newest code works.

If you did not ask for this, ignore this mail; the password stays as it is.

What the real mail looks like: it comes from an address ending in
@amazon.com or @aws.amazon.com, and it holds a link instead of a code. Follow
the link to choose a new password. If the mail does not arrive, look in the
spam folder.
`, st.Account.RootEmail, now.Format(time.RFC1123Z), account, account, code)
}

func parseMail(path, text string) Mail {
	m := Mail{Path: path}
	head, body, _ := strings.Cut(text, "\n\n")
	m.Body = body
	for _, line := range strings.Split(head, "\n") {
		key, value, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		switch key {
		case "From":
			m.From = value
		case "To":
			m.To = value
		case "Subject":
			m.Subject = value
		case "Date":
			m.Time, _ = time.Parse(time.RFC1123Z, value)
		}
	}
	return m
}
