package sandbox

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/signin-doctor/signin-doctor/backend"
)

// stateFormat is the version of the file layout; a file with another number
// was written by another signin-doctor and is not touched.
const stateFormat = 1

// maxAccessKeys is IAM's quota of access keys per user.
const maxAccessKeys = 2

// state is the whole simulated account, exactly as stored in the file.
type state struct {
	Format         int             `json:"format"`
	Account        account         `json:"account"`
	PasswordPolicy *passwordPolicy `json:"password_policy,omitempty"` // nil: IAM's defaults apply
	Users          []*user         `json:"users"`
	RootReset      *pendingReset   `json:"root_reset,omitempty"`
	// Changes counts the changes made since the account was seeded. Each
	// change adds one under the lock, so it shows whether any was lost.
	Changes int64 `json:"changes"`
}

type account struct {
	ID           string       `json:"id"`
	Alias        string       `json:"alias,omitempty"`
	RootEmail    string       `json:"root_email"`
	RootPassword passwordHash `json:"root_password"`
}

type passwordPolicy struct {
	MinimumLength              int  `json:"minimum_length"`
	RequireUppercase           bool `json:"require_uppercase"`
	RequireLowercase           bool `json:"require_lowercase"`
	RequireNumbers             bool `json:"require_numbers"`
	RequireSymbols             bool `json:"require_symbols"`
	AllowUsersToChangePassword bool `json:"allow_users_to_change_password"`
	MaxAgeDays                 int  `json:"max_age_days,omitempty"`
	ReusePrevention            int  `json:"reuse_prevention,omitempty"`
	HardExpiry                 bool `json:"hard_expiry,omitempty"`
}

type user struct {
	Name    string    `json:"name"`
	ID      string    `json:"id"`
	Created time.Time `json:"created"`
	// Note says which situation this demo user is in, for `sandbox show`.
	Note string `json:"note,omitempty"`
	// Admin users may do anything; the others only manage themselves.
	Admin bool `json:"admin,omitempty"`
	// Denied lists IAM actions this user may not take even on themselves.
	Denied []string      `json:"denied,omitempty"`
	Login  *loginProfile `json:"login_profile,omitempty"`
	Keys   []*accessKey  `json:"access_keys,omitempty"`
	MFA    []*mfaDevice  `json:"mfa_devices,omitempty"`
}

type loginProfile struct {
	Password      passwordHash `json:"password"`
	ResetRequired bool         `json:"reset_required,omitempty"`
	Created       time.Time    `json:"created"`
	LastUsed      *time.Time   `json:"last_used,omitempty"`
}

// accessKey holds no secret: like IAM, the sandbox shows a secret once, when
// the key is created, and never stores it.
type accessKey struct {
	ID       string    `json:"id"`
	Active   bool      `json:"active"`
	Created  time.Time `json:"created"`
	LastUsed *keyUse   `json:"last_used,omitempty"`
}

type keyUse struct {
	Time    time.Time `json:"time"`
	Service string    `json:"service"`
	Region  string    `json:"region"`
}

type mfaDevice struct {
	Serial  string    `json:"serial"`
	Enabled time.Time `json:"enabled"`
}

type pendingReset struct {
	Code      passwordHash `json:"code"`
	Requested time.Time    `json:"requested"`
	Mail      string       `json:"mail"`
}

var accountIDPattern = regexp.MustCompile(`^[0-9]{12}$`)

// validate rejects a file that parses but cannot be a sandbox, so a hand edit
// gone wrong is reported instead of acted on.
func (st *state) validate() error {
	if st.Format != stateFormat {
		return fmt.Errorf("it has format %d, and this signin-doctor reads format %d", st.Format, stateFormat)
	}
	if !accountIDPattern.MatchString(st.Account.ID) {
		return fmt.Errorf("the account id %q is not 12 digits", st.Account.ID)
	}
	if st.Account.RootEmail == "" {
		return fmt.Errorf("the account has no root email address")
	}
	names := map[string]bool{}
	keys := map[string]bool{}
	for i, u := range st.Users {
		if u == nil || u.Name == "" {
			return fmt.Errorf("user number %d has no name", i+1)
		}
		if names[u.Name] {
			return fmt.Errorf("the user %s appears twice", u.Name)
		}
		names[u.Name] = true
		if len(u.Keys) > maxAccessKeys {
			return fmt.Errorf("the user %s has %d access keys, more than IAM allows", u.Name, len(u.Keys))
		}
		for _, k := range u.Keys {
			if k == nil || k.ID == "" || keys[k.ID] {
				return fmt.Errorf("the user %s has a missing or repeated access key id", u.Name)
			}
			keys[k.ID] = true
		}
		for _, d := range u.MFA {
			if d == nil || d.Serial == "" {
				return fmt.Errorf("the user %s has an MFA device without a serial", u.Name)
			}
		}
	}
	return nil
}

// user finds a user by name, as IAM does: names are case-sensitive here
// (IAM itself refuses names that differ only in case, which the sandbox
// never creates).
func (st *state) user(name string) (*user, error) {
	for _, u := range st.Users {
		if u.Name == name {
			return u, nil
		}
	}
	return nil, &backend.Error{
		Kind:   backend.ErrNotFound,
		Target: name,
		Detail: fmt.Sprintf("the user with name %s cannot be found", name),
	}
}

func (st *state) userARN(name string) string {
	return "arn:aws:iam::" + st.Account.ID + ":user/" + name
}

func (st *state) policy() backend.PasswordPolicy {
	p := st.PasswordPolicy
	if p == nil {
		return backend.DefaultPasswordPolicy()
	}
	return backend.PasswordPolicy{
		MinimumLength:              p.MinimumLength,
		RequireUppercase:           p.RequireUppercase,
		RequireLowercase:           p.RequireLowercase,
		RequireNumbers:             p.RequireNumbers,
		RequireSymbols:             p.RequireSymbols,
		AllowUsersToChangePassword: p.AllowUsersToChangePassword,
		MaxAgeDays:                 p.MaxAgeDays,
		ReusePrevention:            p.ReusePrevention,
		HardExpiry:                 p.HardExpiry,
	}
}

func (st *state) publicUser(u *user) backend.User {
	out := backend.User{
		Name:            u.Name,
		ARN:             st.userARN(u.Name),
		ID:              u.ID,
		Created:         u.Created,
		ConsolePassword: backend.PasswordNone,
	}
	if u.Login != nil {
		out.ConsolePassword = backend.PasswordSet
		out.PasswordResetRequired = u.Login.ResetRequired
		if u.Login.LastUsed != nil {
			out.PasswordLastUsed = *u.Login.LastUsed
		}
	}
	return out
}

func publicKey(owner string, k *accessKey) backend.AccessKey {
	out := backend.AccessKey{ID: k.ID, User: owner, Active: k.Active, Created: k.Created}
	if k.LastUsed != nil {
		out.LastUsed = &backend.KeyUse{Time: k.LastUsed.Time, Service: k.LastUsed.Service, Region: k.LastUsed.Region}
	}
	return out
}

func publicDevice(owner string, d *mfaDevice) backend.MFADevice {
	return backend.MFADevice{Serial: d.Serial, User: owner, Enabled: d.Enabled}
}

func (st *state) sortUsers() {
	slices.SortFunc(st.Users, func(a, b *user) int { return strings.Compare(a.Name, b.Name) })
}
