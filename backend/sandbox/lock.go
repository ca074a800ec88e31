package sandbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// maxLockWait bounds the wait for another process's lock when the caller's
// context has no deadline, so a stopped process (ctrl-Z) cannot hang us.
const maxLockWait = 15 * time.Second

// fileLock is an exclusive flock(2) on a lock file of its own. The lock lives
// on a separate file because the state file is replaced by rename on every
// write: a lock on the old file would not exclude a process that opened the
// new one.
type fileLock struct {
	f *os.File
}

// acquireLock waits for the exclusive lock on path. It polls with LOCK_NB
// rather than blocking in flock, so that the wait respects ctx.
func acquireLock(ctx context.Context, path string) (*fileLock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open sandbox lock: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, maxLockWait)
	defer cancel()
	wait := time.Millisecond
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return &fileLock{f: f}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock sandbox: %w", err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil, &backend.Error{Target: path, Err: ctx.Err()}
			}
			return nil, &backend.Error{
				Kind:   backend.ErrTimeout,
				Target: path,
				Detail: "another signin-doctor is holding the sandbox; close it and try again",
				Err:    ctx.Err(),
			}
		case <-time.After(wait):
		}
		wait = min(wait*2, 20*time.Millisecond)
	}
}

// release drops the lock; closing the file would drop it too, but saying so
// keeps the intent readable.
func (l *fileLock) release() {
	_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	_ = l.f.Close()
}
