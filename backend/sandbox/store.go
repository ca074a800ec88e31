package sandbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/signin-doctor/signin-doctor/backend"
)

// view runs fn on the account as the current caller, changing nothing.
func (s *Sandbox) view(ctx context.Context, op, target string, fn func(*state, *user) error) error {
	_, err := s.transact(ctx, op, target, false, fn)
	return err
}

// update runs fn on the account as the current caller and saves its changes
// when it succeeds. The returned receipt carries a fresh request id, which is
// also put on any error, as AWS does.
func (s *Sandbox) update(ctx context.Context, op, target string, fn func(*state, *user) error) (backend.Receipt, error) {
	return s.transact(ctx, op, target, true, fn)
}

func (s *Sandbox) transact(ctx context.Context, op, target string, write bool, fn func(*state, *user) error) (backend.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return backend.Receipt{}, &backend.Error{Kind: contextKind(err), Op: op, Target: target, Err: err}
	}
	receipt := backend.Receipt{RequestID: newRequestID()}
	fail := func(err error) (backend.Receipt, error) {
		if e := backend.AsError(err); e != nil {
			if e.Op == "" {
				e.Op = op
			}
			if e.Target == "" {
				e.Target = target
			}
			if e.RequestID == "" {
				e.RequestID = receipt.RequestID
			}
			return backend.Receipt{}, e
		}
		return backend.Receipt{}, fmt.Errorf("%s %s: %w", op, target, err)
	}

	lock, err := acquireLock(ctx, filepath.Join(s.dir, lockFile))
	if err != nil {
		return fail(err)
	}
	defer lock.release()

	st, err := s.load()
	if err != nil {
		return fail(err)
	}
	caller, err := st.user(s.Caller())
	if err != nil {
		return fail(&backend.Error{
			Kind:   backend.ErrNotFound,
			Target: s.Caller(),
			Detail: "the sandbox caller " + s.Caller() + " no longer exists; choose another caller",
		})
	}
	if err := fn(st, caller); err != nil {
		return fail(err)
	}
	if write {
		st.Changes++
		if err := s.save(st); err != nil {
			return fail(err)
		}
	}
	return receipt, nil
}

// contextKind is ErrTimeout for a deadline, and no kind for a cancellation:
// the person stopped waiting, nothing timed out.
func contextKind(err error) *backend.Kind {
	if errors.Is(err, context.DeadlineExceeded) {
		return backend.ErrTimeout
	}
	return nil
}

// load reads the account, seeding the demo account when there is no file
// yet. A file that exists but cannot be read is never replaced: it may hold
// someone's practice work, so the error says how to repair or reset it.
// The caller must hold the lock.
func (s *Sandbox) load() (*state, error) {
	path := s.Path()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		st := seed(s.now())
		if err := s.save(st); err != nil {
			return nil, err
		}
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read sandbox %s: %w", path, err)
	}
	var st state
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, corrupt(path, fmt.Errorf("it is not valid JSON: %w", err))
	}
	if err := st.validate(); err != nil {
		return nil, corrupt(path, err)
	}
	return &st, nil
}

func corrupt(path string, err error) error {
	return &backend.Error{
		Kind:   backend.ErrCorruptState,
		Op:     "load sandbox",
		Target: path,
		Detail: fmt.Sprintf("%v; repair the file by hand, or run `signin-doctor sandbox reset` to start again from the demo account", err),
		Err:    err,
	}
}

// save writes the account atomically. The caller must hold the lock.
func (s *Sandbox) save(st *state) error {
	st.sortUsers()
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("encode sandbox: %w", err)
	}
	s.removeStaleTemps()
	if err := writeFileAtomic(s.Path(), append(data, '\n')); err != nil {
		return fmt.Errorf("save sandbox: %w", err)
	}
	return nil
}

// tempPattern matches the temporary files writeFileAtomic creates for the
// state file.
func (s *Sandbox) tempPattern() string { return filepath.Join(s.dir, "."+stateFile+".*.tmp") }

// removeStaleTemps deletes temporary files left by a process killed while
// saving. It is safe only under the lock: no one else can be writing one.
func (s *Sandbox) removeStaleTemps() {
	stale, _ := filepath.Glob(s.tempPattern())
	for _, name := range stale {
		_ = os.Remove(name)
	}
}

// writeFileAtomic replaces path with data so that a reader, or a crash at any
// moment, sees either the old file or the new one, never a mix: write a
// temporary file in the same folder, fsync it, rename it over path, and fsync
// the folder so the rename itself survives a power cut.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(0o600); err != nil {
		return err
	}
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
