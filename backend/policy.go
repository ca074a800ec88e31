package backend

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// PasswordSymbols are the symbols IAM counts towards a password policy's
// symbol rule.
const PasswordSymbols = "!@#$%^&*()_+-=[]{}|'"

// MaxPasswordLength is the longest password IAM accepts.
const MaxPasswordLength = 128

// PasswordPolicy is an account's rules for IAM user passwords.
type PasswordPolicy struct {
	MinimumLength    int
	RequireUppercase bool
	RequireLowercase bool
	RequireNumbers   bool
	RequireSymbols   bool
	// MinimumCharacterTypes is how many of the four kinds (uppercase,
	// lowercase, numbers, symbols) must appear. IAM's default rules ask for
	// three; a custom policy uses the Require* fields instead and leaves it 0.
	MinimumCharacterTypes      int
	AllowUsersToChangePassword bool
	MaxAgeDays                 int  // 0: passwords never expire
	ReusePrevention            int  // how many previous passwords cannot be reused; 0: no rule
	HardExpiry                 bool // an expired password can only be reset by an administrator
	// IsDefault is true when the account has no password policy of its own
	// and IAM's default rules apply.
	IsDefault bool
}

// DefaultPasswordPolicy is what IAM enforces when an account has no password
// policy: 8 to 128 characters, with at least three of uppercase letters,
// lowercase letters, numbers and symbols.
func DefaultPasswordPolicy() PasswordPolicy {
	return PasswordPolicy{MinimumLength: 8, MinimumCharacterTypes: 3, IsDefault: true}
}

// Rules lists the policy's rules as short phrases for a person, e.g.
// "at least 12 characters".
func (p PasswordPolicy) Rules() []string {
	rules := []string{fmt.Sprintf("at least %d characters", max(p.MinimumLength, 1))}
	if p.MinimumCharacterTypes > 0 {
		rules = append(rules, fmt.Sprintf("at least %d of: uppercase letters, lowercase letters, numbers, symbols", p.MinimumCharacterTypes))
	}
	if p.RequireUppercase {
		rules = append(rules, "an uppercase letter (A-Z)")
	}
	if p.RequireLowercase {
		rules = append(rules, "a lowercase letter (a-z)")
	}
	if p.RequireNumbers {
		rules = append(rules, "a number (0-9)")
	}
	if p.RequireSymbols {
		rules = append(rules, "a symbol, one of "+PasswordSymbols)
	}
	return rules
}

// Violations lists the rules a password breaks, in the words of Rules, plus
// IAM's 128-character ceiling. An empty list means the password is accepted.
// Rules that need history (reuse prevention) cannot be checked here.
func (p PasswordPolicy) Violations(password string) []string {
	var broken []string
	length := utf8.RuneCountInString(password)
	if length < p.MinimumLength {
		broken = append(broken, fmt.Sprintf("at least %d characters", p.MinimumLength))
	}
	if length > MaxPasswordLength {
		broken = append(broken, fmt.Sprintf("at most %d characters", MaxPasswordLength))
	}
	upper, lower, number, symbol := characterTypes(password)
	kinds := 0
	for _, has := range []bool{upper, lower, number, symbol} {
		if has {
			kinds++
		}
	}
	if kinds < p.MinimumCharacterTypes {
		broken = append(broken, fmt.Sprintf("at least %d of: uppercase letters, lowercase letters, numbers, symbols", p.MinimumCharacterTypes))
	}
	if p.RequireUppercase && !upper {
		broken = append(broken, "an uppercase letter (A-Z)")
	}
	if p.RequireLowercase && !lower {
		broken = append(broken, "a lowercase letter (a-z)")
	}
	if p.RequireNumbers && !number {
		broken = append(broken, "a number (0-9)")
	}
	if p.RequireSymbols && !symbol {
		broken = append(broken, "a symbol, one of "+PasswordSymbols)
	}
	return broken
}

// Check returns an error of kind ErrPolicyViolation naming the broken rules,
// or nil when the password meets the policy.
func (p PasswordPolicy) Check(password string) error {
	broken := p.Violations(password)
	if len(broken) == 0 {
		return nil
	}
	return &Error{
		Kind:   ErrPolicyViolation,
		Detail: "the password needs " + strings.Join(broken, "; "),
	}
}

func characterTypes(password string) (upper, lower, number, symbol bool) {
	for _, r := range password {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= '0' && r <= '9':
			number = true
		case strings.ContainsRune(PasswordSymbols, r):
			symbol = true
		}
	}
	return upper, lower, number, symbol
}
