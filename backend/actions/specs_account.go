package actions

import (
	"context"

	"github.com/signin-doctor/signin-doctor/backend"
)

func init() {
	register(whoAmI, passwordPolicy)
}

var whoAmI = &Spec{
	ID:      "who-am-i",
	Title:   "Show this account's ID, alias and sign-in address",
	Summary: "Looks up which account and identity the backend works as.",
	run: func(ctx context.Context, b backend.Backend, _ Request) (Result, error) {
		id, err := b.WhoAmI(ctx)
		if err != nil {
			return Result{}, err
		}
		alias := id.AccountAlias
		if alias == "" {
			alias = "(none set)"
		}
		who := id.ARN
		switch {
		case id.IsRoot:
			who = "the root user"
		case id.UserName != "":
			who = "IAM user " + id.UserName
		}
		return Result{
			Lines: []string{
				"Account ID: " + id.AccountID,
				"Account alias: " + alias,
				"IAM users sign in at: " + id.SignInURL,
				"Working as: " + who,
			},
			Note: "looked up account " + id.AccountID,
		}, nil
	},
}

var passwordPolicy = &Spec{
	ID:      "password-policy",
	Title:   "Show the account's password rules",
	Summary: "Reads the password policy a new password must meet.",
	run: func(ctx context.Context, b backend.Backend, _ Request) (Result, error) {
		p, err := b.PasswordPolicy(ctx)
		if err != nil {
			return Result{}, err
		}
		lines := []string{}
		if p.IsDefault {
			lines = append(lines, "This account sets no password policy, so IAM's default rules apply:")
		} else {
			lines = append(lines, "A new password must follow these rules:")
		}
		for _, r := range p.Rules() {
			lines = append(lines, "• "+r)
		}
		if p.AllowUsersToChangePassword {
			lines = append(lines, "IAM users may change their own password.")
		} else {
			lines = append(lines, "IAM users may not change their own password: an administrator must do it.")
		}
		return Result{Lines: lines, Note: "read the password policy"}, nil
	},
}
