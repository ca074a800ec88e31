package sandbox

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
)

// Alphabets of the identifiers the sandbox makes, shaped like IAM's.
const (
	keyIDAlphabet  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" // base32, as in real key ids
	secretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	codeAlphabet   = "ABCDEFGHJKMNPQRSTUVWXYZ23456789" // no look-alikes: people type it
)

// newAccessKeyID is "AKIA" and 16 more characters, 20 in all, like IAM's.
func newAccessKeyID() string { return "AKIA" + randomString(keyIDAlphabet, 16) }

// newSecretAccessKey is 40 characters, like IAM's.
func newSecretAccessKey() string { return randomString(secretAlphabet, 40) }

// newUserID is "AIDA" and 17 more characters, like IAM's unique user ids.
func newUserID() string { return "AIDA" + randomString(keyIDAlphabet, 17) }

// newResetCode is a one-time code such as "K7QM-2XTP".
func newResetCode() string {
	c := randomString(codeAlphabet, 8)
	return c[:4] + "-" + c[4:]
}

// newRequestID is a random UUID, the shape of IAM's request ids.
func newRequestID() string {
	var b [16]byte
	mustRead(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// randomString draws n characters uniformly from alphabet, rejecting the
// random bytes that would make some characters likelier than others.
func randomString(alphabet string, n int) string {
	out := make([]byte, n)
	limit := 256 - 256%len(alphabet) // reject bytes that would bias the draw
	var b [1]byte
	for i := 0; i < n; {
		mustRead(b[:])
		if int(b[0]) >= limit {
			continue
		}
		out[i] = alphabet[int(b[0])%len(alphabet)]
		i++
	}
	return string(out)
}

// mustRead fills b from crypto/rand, which never fails on Linux (Go 1.24 and
// later crash the program rather than return an error from it).
func mustRead(b []byte) {
	_, _ = rand.Read(b)
}

// passwordHash stores a password as a salted SHA-256. The sandbox holds only
// practice passwords, so a slow password hash would buy nothing; the hash is
// there so that the file never shows a password in clear.
type passwordHash struct {
	Salt   string `json:"salt"`
	SHA256 string `json:"sha256"`
}

func hashPassword(password string) passwordHash {
	var salt [16]byte
	mustRead(salt[:])
	return hashWithSalt(hex.EncodeToString(salt[:]), password)
}

func hashWithSalt(salt, password string) passwordHash {
	sum := sha256.Sum256([]byte(salt + password))
	return passwordHash{Salt: salt, SHA256: hex.EncodeToString(sum[:])}
}

// matches compares in constant time, out of habit: it costs nothing.
func (h passwordHash) matches(password string) bool {
	if h.Salt == "" {
		return false
	}
	want := hashWithSalt(h.Salt, password)
	return subtle.ConstantTimeCompare([]byte(want.SHA256), []byte(h.SHA256)) == 1
}
