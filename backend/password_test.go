package backend_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestGeneratePasswordMeetsPolicies(t *testing.T) {
	strict := backend.PasswordPolicy{MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true}
	long := strict
	long.MinimumLength = 64
	tooLong := strict
	tooLong.MinimumLength = 500 // IAM caps policies at 128; the generator must too
	policies := map[string]backend.PasswordPolicy{
		"default": backend.DefaultPasswordPolicy(),
		"strict":  strict,
		"long":    long,
		"capped":  tooLong,
	}
	for name, p := range policies {
		t.Run(name, func(t *testing.T) {
			seen := map[string]bool{}
			for range 200 {
				pw, err := backend.GeneratePassword(p)
				if err != nil {
					t.Fatal(err)
				}
				v := pw.Reveal()
				if p.MinimumLength <= backend.MaxPasswordLength {
					if broken := p.Violations(v); len(broken) > 0 {
						t.Fatalf("generated %q breaks %v", v, broken)
					}
				}
				if len(v) < min(max(p.MinimumLength, 20), 128) || len(v) > 128 {
					t.Fatalf("length %d for policy minimum %d", len(v), p.MinimumLength)
				}
				if strings.ContainsAny(v, "Il1O0'") {
					t.Fatalf("generated %q holds a look-alike or a quote", v)
				}
				seen[v] = true
			}
			if len(seen) != 200 {
				t.Fatalf("only %d distinct passwords in 200", len(seen))
			}
		})
	}
}

func TestPasswordPolicyViolations(t *testing.T) {
	strict := backend.PasswordPolicy{MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true}
	cases := []struct {
		policy   backend.PasswordPolicy
		password string
		broken   []string
	}{
		{strict, "Abcdefgh123!", nil},
		{strict, "Abc1!", []string{"at least 12 characters"}},
		{strict, "abcdefgh123!", []string{"an uppercase letter (A-Z)"}},
		{strict, "ABCDEFGH123!", []string{"a lowercase letter (a-z)"}},
		{strict, "Abcdefghijk!", []string{"a number (0-9)"}},
		{strict, "Abcdefgh1234", []string{"a symbol, one of " + backend.PasswordSymbols}},
		{backend.DefaultPasswordPolicy(), "abcdefg1", []string{"at least 3 of: uppercase letters, lowercase letters, numbers, symbols"}},
		{backend.DefaultPasswordPolicy(), "abcdefG1", nil},
		{backend.DefaultPasswordPolicy(), strings.Repeat("aB1", 43), []string{"at most 128 characters"}},
	}
	for _, c := range cases {
		got := c.policy.Violations(c.password)
		if !slices.Equal(got, c.broken) {
			t.Errorf("Violations(%q) = %q, want %q", c.password, got, c.broken)
		}
		err := c.policy.Check(c.password)
		if (err == nil) != (len(c.broken) == 0) {
			t.Errorf("Check(%q) = %v", c.password, err)
		}
		if err != nil && !strings.Contains(backend.Explain(err), c.broken[0]) {
			t.Errorf("Explain(Check(%q)) = %q, does not name the rule", c.password, backend.Explain(err))
		}
	}
}

func TestPasswordPolicyRules(t *testing.T) {
	rules := backend.DefaultPasswordPolicy().Rules()
	want := []string{"at least 8 characters", "at least 3 of: uppercase letters, lowercase letters, numbers, symbols"}
	if !slices.Equal(rules, want) {
		t.Fatalf("default rules = %q", rules)
	}
}
