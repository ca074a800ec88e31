package actions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// SaveSecret writes a shown secret to a new file that only its owner can
// read (mode 0600). It never overwrites: a file already at path is left as
// it was, so a slip of the keyboard cannot destroy another secret.
func SaveSecret(path string, s *Shown) error {
	if s == nil || s.Value.IsZero() {
		return errors.New("there is no secret to save")
	}
	path = expandHome(strings.TrimSpace(path))
	if path == "" {
		return errors.New("give a file name, for example ~/new-access-key.txt")
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; choose a new file name (nothing was overwritten)", path)
	}
	if err != nil {
		return fmt.Errorf("save the secret: %w", err)
	}
	text := s.Value.Reveal() + "\n"
	if s.FileText != nil {
		text = s.FileText(s.Value.Reveal())
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("save the secret: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("save the secret: %w", err)
	}
	return f.Close()
}

func expandHome(path string) string {
	if path == "~" || strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, strings.TrimPrefix(path, "~"))
		}
	}
	return path
}
