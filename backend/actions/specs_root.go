package actions

import (
	"context"
	"os"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
)

func init() {
	register(rootPasswordReset, completeRootReset)
}

var rootPasswordReset = &Spec{
	ID:      "root-password-reset",
	Title:   "Send the root password reset email",
	Summary: "In the sandbox, the email lands in a local outbox you can open. AWS has no API for this: on aws you get the console steps.",
	Inputs: []Input{
		{Name: "email", Prompt: "The account's email address", Kind: Text, Var: "email"},
	},
	Changes: true,
	Confirm: func(v map[string]string) string {
		return "Send a password reset email to " + v["email"] + "?"
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		email := strings.TrimSpace(r.Values["email"])
		reset, _, err := b.ResetRootPassword(ctx, email)
		if err != nil {
			return Result{}, err
		}
		res := Result{
			Lines: []string{"A reset email went to " + reset.Email + "."},
			Vars:  map[string]string{"email": email},
			Note:  "sent the root password reset email to " + reset.Email,
		}
		if reset.MailPath != "" {
			res.Lines = append(res.Lines, "It is in the sandbox outbox: "+reset.MailPath)
			if text, err := os.ReadFile(reset.MailPath); err == nil {
				res.Lines = append(res.Lines, "", "──── the email ────")
				res.Lines = append(res.Lines, strings.Split(strings.TrimRight(string(text), "\n"), "\n")...)
				res.Lines = append(res.Lines, "───────────────────")
			}
		}
		return res, nil
	},
}

var completeRootReset = &Spec{
	ID:      "complete-root-reset",
	Title:   "Follow the reset email: choose a new root password",
	Summary: "Uses the code from the sandbox email to set the root user's new password, as the email's link would.",
	Inputs: []Input{
		{Name: "code", Prompt: "The code from the email", Kind: Text},
		{Name: "new-password", Prompt: "A new root password", Kind: SecretText},
	},
	Changes: true,
	Confirm: func(map[string]string) string { return "Set the new root password now?" },
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		if _, err := b.CompleteRootReset(ctx, r.Values["code"], r.Secrets["new-password"]); err != nil {
			return Result{}, err
		}
		return Result{
			Lines: []string{"The root password has been changed. Sign in as the root user with the new password."},
			Note:  "completed the root password reset",
		}, nil
	},
}
