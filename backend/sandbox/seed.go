package sandbox

import "time"

// The demo account the sandbox starts with (and returns to on Reset).
//
// Account 111122223333, alias demo-corp, so IAM users sign in at
// https://demo-corp.signin.aws.amazon.com/console. The root user's email is
// root@demo-corp.example and its practice password is DemoRootPassword.
//
// Password policy: at least 12 characters with an uppercase letter, a
// lowercase letter, a number and a symbol; users may change their own
// password.
//
// Users, each in one of the situations the decision trees cover. Those with
// a console password have the practice password DemoUserPassword.
//
//   - admin: the default caller, an administrator who may do everything.
//   - alice: at the two-key limit: two active keys, one of them not used for
//     about six months, so a new key needs an old one deleted first.
//   - bob: one old access key that has never been used.
//   - carol: signs in with a virtual MFA device (her phone), the user who
//     lost her device.
//   - dave: no console password at all (a programmatic user); he cannot sign
//     in to the console until an administrator creates one.
//   - erin: may not manage her own access keys: as the caller, every key
//     operation is denied, naming the missing IAM permission.
//
// Everyone but admin may manage only themselves: their own keys, MFA devices
// and password, as a common self-service policy allows.
const (
	DemoAccountID    = "111122223333"
	DemoAccountAlias = "demo-corp"
	DemoRootEmail    = "root@demo-corp.example"
	DemoRootPassword = "Demo-Root-Passw0rd!"
	DemoUserPassword = "Practice-Passw0rd!"
)

// keyActions are the IAM actions for managing access keys, all denied to erin.
var keyActions = []string{"iam:ListAccessKeys", "iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey"}

// seed builds the demo account with dates relative to now, so "not used for
// six months" stays true however long ago the sandbox was created.
func seed(now time.Time) *state {
	now = now.UTC().Truncate(time.Second)
	days := func(n int) time.Time { return now.AddDate(0, 0, -n) }
	daysPtr := func(n int) *time.Time { t := days(n); return &t }
	login := func(created int, lastUsed *time.Time) *loginProfile {
		return &loginProfile{Password: hashPassword(DemoUserPassword), Created: days(created), LastUsed: lastUsed}
	}
	key := func(created int, used *keyUse) *accessKey {
		return &accessKey{ID: newAccessKeyID(), Active: true, Created: days(created), LastUsed: used}
	}
	used := func(daysAgo int, service, region string) *keyUse {
		return &keyUse{Time: days(daysAgo), Service: service, Region: region}
	}

	return &state{
		Format: stateFormat,
		Account: account{
			ID:           DemoAccountID,
			Alias:        DemoAccountAlias,
			RootEmail:    DemoRootEmail,
			RootPassword: hashPassword(DemoRootPassword),
		},
		PasswordPolicy: &passwordPolicy{
			MinimumLength:              12,
			RequireUppercase:           true,
			RequireLowercase:           true,
			RequireNumbers:             true,
			RequireSymbols:             true,
			AllowUsersToChangePassword: true,
		},
		Users: []*user{
			{
				Name: "admin", ID: newUserID(), Created: days(900), Admin: true,
				Note:  "administrator; the default caller",
				Login: login(900, daysPtr(0)),
				Keys:  []*accessKey{key(60, used(0, "iam", "us-east-1"))},
			},
			{
				Name: "alice", ID: newUserID(), Created: days(700),
				Note:  "at the two-key limit; one key unused for six months",
				Login: login(700, daysPtr(2)),
				Keys: []*accessKey{
					key(400, used(183, "s3", "us-east-1")),
					key(30, used(1, "ec2", "eu-west-1")),
				},
			},
			{
				Name: "bob", ID: newUserID(), Created: days(800),
				Note:  "one old access key, never used",
				Login: login(800, daysPtr(40)),
				Keys:  []*accessKey{key(730, nil)},
			},
			{
				Name: "carol", ID: newUserID(), Created: days(500),
				Note:  "signs in with a virtual MFA device",
				Login: login(500, daysPtr(3)),
				MFA: []*mfaDevice{{
					Serial:  "arn:aws:iam::" + DemoAccountID + ":mfa/carol-phone",
					Enabled: days(480),
				}},
			},
			{
				Name: "dave", ID: newUserID(), Created: days(300),
				Note: "no console password (programmatic access only)",
				Keys: []*accessKey{key(300, used(0, "sts", "us-west-2"))},
			},
			{
				Name: "erin", ID: newUserID(), Created: days(200),
				Note:   "may not manage her own access keys",
				Login:  login(200, daysPtr(5)),
				Denied: keyActions,
				Keys:   []*accessKey{key(200, used(10, "lambda", "eu-central-1"))},
			},
		},
	}
}
