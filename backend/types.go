package backend

import (
	"fmt"
	"strings"
	"time"
)

// Identity is who a backend acts as.
type Identity struct {
	AccountID    string
	AccountAlias string // "" when the account has none or it could not be read
	ARN          string // the caller's ARN
	UserName     string // the IAM user name; "" for the root user and for roles
	IsRoot       bool
	SignInURL    string // the account's IAM user sign-in page, see SignInURL
}

// SignInURL is the sign-in page for the IAM users of an account: it uses the
// alias when there is one, because that is what people are told to remember.
func SignInURL(accountID, alias string) string {
	name := alias
	if name == "" {
		name = accountID
	}
	return "https://" + name + ".signin.aws.amazon.com/console"
}

// IdentityFromARN fills in UserName and IsRoot from a caller ARN such as
// arn:aws:iam::111122223333:user/alice or arn:aws:iam::111122223333:root.
func IdentityFromARN(accountID, alias, arn string) Identity {
	id := Identity{AccountID: accountID, AccountAlias: alias, ARN: arn, SignInURL: SignInURL(accountID, alias)}
	resource := arn
	if parts := strings.SplitN(arn, ":", 6); len(parts) == 6 {
		resource = parts[5]
	}
	switch {
	case resource == "root":
		id.IsRoot = true
	case strings.HasPrefix(resource, "user/"):
		// A user ARN may carry a path (user/division/alice); the name is its
		// last part.
		id.UserName = resource[strings.LastIndex(resource, "/")+1:]
	}
	return id
}

// ConsolePassword says whether an IAM user can sign in to the console.
type ConsolePassword int

// The states of a user's console password (IAM calls it a login profile).
const (
	// PasswordUnknown means it could not be read, for example because the
	// caller lacks iam:GetLoginProfile.
	PasswordUnknown ConsolePassword = iota
	// PasswordSet means the user has a console password.
	PasswordSet
	// PasswordNone means the user cannot sign in to the console at all.
	PasswordNone
)

// String is "unknown", "set" or "none".
func (p ConsolePassword) String() string {
	switch p {
	case PasswordSet:
		return "set"
	case PasswordNone:
		return "none"
	default:
		return "unknown"
	}
}

// User is an IAM user.
type User struct {
	Name                  string
	ARN                   string
	ID                    string
	Created               time.Time
	ConsolePassword       ConsolePassword
	PasswordResetRequired bool      // must choose a new password at next sign-in
	PasswordLastUsed      time.Time // zero when never used or not known
}

// HasConsolePassword reports whether the user is known to have a console
// password.
func (u User) HasConsolePassword() bool { return u.ConsolePassword == PasswordSet }

// AccessKey describes an access key; its secret is never readable again after
// creation.
type AccessKey struct {
	ID       string
	User     string
	Active   bool
	Created  time.Time
	LastUsed *KeyUse // nil when the key has never been used (or LastUsedUnknown)
	// LastUsedUnknown is true when the last use could not be read, for
	// example because the caller lacks iam:GetAccessKeyLastUsed.
	LastUsedUnknown bool
}

// Status is "Active" or "Inactive", as IAM spells it.
func (k AccessKey) Status() string { return keyStatus(k.Active) }

func keyStatus(active bool) string {
	if active {
		return "Active"
	}
	return "Inactive"
}

// KeyUse is the last time an access key was used, and for what.
type KeyUse struct {
	Time    time.Time
	Service string // e.g. "s3"
	Region  string // e.g. "eu-west-1"
}

// NewAccessKey is a freshly created access key, the only moment its secret can
// be seen.
type NewAccessKey struct {
	ID      string
	User    string
	Secret  Secret
	Created time.Time
}

// MFADevice is an MFA device assigned to a user.
type MFADevice struct {
	Serial  string // an ARN for virtual devices, a serial number for hardware ones
	User    string
	Enabled time.Time
}

// Virtual reports whether the device is a virtual (app) device, whose serial
// is an ARN, rather than a hardware token.
func (d MFADevice) Virtual() bool { return strings.HasPrefix(d.Serial, "arn:") }

// PasswordReset is the outcome of ResetUserPassword.
type PasswordReset struct {
	User          string
	Password      Secret // the generated password, to hand to the user once
	Created       bool   // the user had no console password and now has one
	ResetRequired bool   // the user must choose a new password at next sign-in
}

// RootReset is the outcome of a simulated root password reset.
type RootReset struct {
	Email    string
	MailPath string // where the reset mail was written
}

// Receipt identifies the request that made a change, for the audit log.
type Receipt struct {
	RequestID string
}

// PlannedCall is an API call described without making it: the IAM action and
// its parameters, in order. Secret parameters are shown redacted.
type PlannedCall struct {
	Action string // e.g. "iam:CreateAccessKey"
	Params []Param
}

// Param is one named parameter of a PlannedCall.
type Param struct {
	Name  string
	Value string
}

// String is the call as a person would read it: "iam:CreateAccessKey UserName=bob".
func (c PlannedCall) String() string {
	var b strings.Builder
	b.WriteString(c.Action)
	for _, p := range c.Params {
		fmt.Fprintf(&b, " %s=%s", p.Name, p.Value)
	}
	return b.String()
}
