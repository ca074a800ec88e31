package backend

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

// Characters a generated password draws from. Look-alikes (I, l, 1, O, 0) are
// left out because generated passwords are often read off a screen and typed,
// and the quote is left out because it trips up shells.
const (
	generatedUpper   = "ABCDEFGHJKLMNPQRSTUVWXYZ"
	generatedLower   = "abcdefghijkmnopqrstuvwxyz"
	generatedDigits  = "23456789"
	generatedSymbols = "!@#$%^&*()_+-=[]{}|"
)

// generatedLength is the length of a generated password unless the policy
// asks for more.
const generatedLength = 20

// GeneratePassword makes a random password, from crypto/rand, that meets the
// policy: it always holds every kind of character, so it satisfies any
// combination of the policy's character rules.
func GeneratePassword(p PasswordPolicy) (Secret, error) {
	length := min(max(p.MinimumLength, generatedLength), MaxPasswordLength)
	classes := []string{generatedUpper, generatedLower, generatedDigits, generatedSymbols}
	all := generatedUpper + generatedLower + generatedDigits + generatedSymbols

	out := make([]byte, 0, length)
	for _, class := range classes {
		c, err := randomChar(class)
		if err != nil {
			return Secret{}, err
		}
		out = append(out, c)
	}
	for len(out) < length {
		c, err := randomChar(all)
		if err != nil {
			return Secret{}, err
		}
		out = append(out, c)
	}
	// Shuffle (Fisher-Yates) so the guaranteed characters are not always
	// the first four.
	for i := len(out) - 1; i > 0; i-- {
		j, err := randomIndex(i + 1)
		if err != nil {
			return Secret{}, err
		}
		out[i], out[j] = out[j], out[i]
	}
	return NewSecret(string(out)), nil
}

func randomChar(set string) (byte, error) {
	i, err := randomIndex(len(set))
	if err != nil {
		return 0, err
	}
	return set[i], nil
}

func randomIndex(n int) (int, error) {
	v, err := rand.Int(rand.Reader, big.NewInt(int64(n)))
	if err != nil {
		return 0, fmt.Errorf("generate password: %w", err)
	}
	return int(v.Int64()), nil
}
