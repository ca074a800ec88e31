// Package sandbox is signin-doctor's default backend: a simulated AWS account
// kept in a JSON file on this computer, where anyone can practise every
// recovery procedure without touching a real account.
//
// It behaves like IAM where it matters to the procedures: two access keys per
// user, key ids and secrets shaped like real ones, a password policy that is
// enforced, not-found and access-denied errors for the same mistakes, and a
// caller whose permissions decide what they may do. A root password reset
// "sends" its mail to an outbox folder beside the file.
//
// Several signin-doctor processes may share one sandbox: every change is a
// read-modify-write under an exclusive file lock, and the file is replaced
// atomically, so no update is lost and a crash never leaves half a file.
package sandbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// DefaultCaller is the user the sandbox acts as until SetCaller picks another.
const DefaultCaller = "admin"

// File names inside the sandbox folder.
const (
	stateFile = "sandbox.json"
	lockFile  = "sandbox.lock"
	outboxDir = "outbox"
)

// Sandbox is a simulated AWS account stored in a folder.
type Sandbox struct {
	dir string
	now func() time.Time

	mu     sync.Mutex
	caller string
}

var _ backend.Backend = (*Sandbox)(nil)

// New opens the sandbox kept in dir, creating the folder if needed. The
// account itself is created (seeded with the demo account) on first use.
func New(dir string) (*Sandbox, error) {
	if dir == "" {
		return nil, errors.New("open sandbox: no folder given")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open sandbox %s: %w", dir, err)
	}
	// The folder holds password hashes and practice mail: private to the user.
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("open sandbox: %w", err)
	}
	return &Sandbox{dir: abs, now: time.Now, caller: DefaultCaller}, nil
}

// DefaultDir is where the sandbox lives unless told otherwise:
// $XDG_STATE_HOME/signin-doctor, or ~/.local/state/signin-doctor when
// XDG_STATE_HOME is unset (or, against the XDG rules, not absolute).
func DefaultDir() (string, error) {
	if state := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(state) {
		return filepath.Join(state, "signin-doctor"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the sandbox folder: %w", err)
	}
	return filepath.Join(home, ".local", "state", "signin-doctor"), nil
}

// Name is backend.NameSandbox.
func (s *Sandbox) Name() string { return backend.NameSandbox }

// Dir is the sandbox's folder.
func (s *Sandbox) Dir() string { return s.dir }

// Path is the sandbox's JSON file.
func (s *Sandbox) Path() string { return filepath.Join(s.dir, stateFile) }

// OutboxDir is the folder the simulated mails are written to.
func (s *Sandbox) OutboxDir() string { return filepath.Join(s.dir, outboxDir) }

// Caller is the name of the IAM user the sandbox acts as.
func (s *Sandbox) Caller() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.caller
}

// SetCaller makes the sandbox act as another of its IAM users, for example
// to practise "change my own password" as that user, or to see what a user
// without permissions runs into. The choice lasts as long as this Sandbox
// value; it is not saved.
func (s *Sandbox) SetCaller(ctx context.Context, name string) error {
	err := s.view(ctx, "SetCaller", name, func(st *state, _ *user) error {
		if _, err := st.user(name); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.caller = name
	s.mu.Unlock()
	return nil
}
