package backend

import (
	"fmt"
	"log/slog"
)

// Redacted is what a Secret shows instead of its value.
const Redacted = "••••••••"

// Secret holds a password or a secret access key. Every way Go has of turning
// it into text (fmt verbs, String, GoString, JSON, text marshalling, slog)
// yields Redacted, so the value cannot reach a log, a transcript or the audit
// file by accident; Reveal is the one explicit way to read it.
type Secret struct {
	value string
}

// NewSecret wraps a value.
func NewSecret(value string) Secret { return Secret{value: value} }

// Reveal returns the value. Call it only where the value must leave the
// program: an API request, or the one screen that shows a new secret.
func (s Secret) Reveal() string { return s.value }

// IsZero reports whether the secret is empty.
func (s Secret) IsZero() bool { return s.value == "" }

// Len is the number of bytes in the value, which is safe to show.
func (s Secret) Len() int { return len(s.value) }

// String returns Redacted.
func (s Secret) String() string { return Redacted }

// GoString returns Redacted, so %#v hides the value too.
func (s Secret) GoString() string { return "backend.Secret(" + Redacted + ")" }

// Format writes Redacted for every verb, including %x and %q, which would
// otherwise bypass String.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, s.GoString())
		return
	}
	fmt.Fprint(f, Redacted)
}

// MarshalJSON encodes Redacted.
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(`"` + Redacted + `"`), nil }

// MarshalText encodes Redacted.
func (s Secret) MarshalText() ([]byte, error) { return []byte(Redacted), nil }

// LogValue makes slog print Redacted.
func (s Secret) LogValue() slog.Value { return slog.StringValue(Redacted) }
