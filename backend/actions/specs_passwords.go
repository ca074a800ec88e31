package actions

import (
	"context"
	"fmt"

	"github.com/signin-doctor/signin-doctor/backend"
)

func init() {
	register(resetUserPassword, changeOwnPassword)
}

var resetUserPassword = &Spec{
	ID:      "reset-user-password",
	Title:   "Reset an IAM user's console password",
	Summary: "Sets a new generated password that meets the policy; the user must choose their own at next sign-in.",
	Inputs: []Input{
		{Name: "user", Prompt: "Whose password?", Kind: PickUser, Var: "user"},
	},
	Changes:       true,
	ConfirmByName: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Give %s a new console password? Their current password stops working at once.", v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user := r.Values["user"]
		reset, _, err := b.ResetUserPassword(ctx, user)
		if err != nil {
			return Result{}, err
		}
		lines := []string{}
		if reset.Created {
			lines = append(lines, user+" had no console password; one has been created.")
		} else {
			lines = append(lines, user+"'s console password has been replaced.")
		}
		if reset.ResetRequired {
			lines = append(lines, "They must choose their own password the next time they sign in.")
		}
		if id, err := b.WhoAmI(ctx); err == nil {
			lines = append(lines, "They sign in at "+id.SignInURL+" with the user name "+user+".")
		}
		lines = append(lines, "Pass the password on privately (in person or by phone), never in the same message as the user name.")
		return Result{
			Lines: lines,
			Secret: &Shown{
				Label: "Temporary password", With: "User " + user, Value: reset.Password,
				FileText: func(secret string) string {
					return fmt.Sprintf("user: %s\ntemporary password: %s\n", user, secret)
				},
			},
			Vars: map[string]string{"user": user},
			Note: "reset the console password of " + user,
		}, nil
	},
}

var changeOwnPassword = &Spec{
	ID:      "change-own-password",
	Title:   "Change your own console password",
	Summary: "Changes the password of the IAM user the backend works as.",
	Inputs: []Input{
		{Name: "old-password", Prompt: "Your current password", Kind: SecretText},
		{Name: "new-password", Prompt: "Your new password", Kind: SecretText},
	},
	Changes: true,
	Confirm: func(map[string]string) string { return "Change your console password now?" },
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		if _, err := b.ChangeOwnPassword(ctx, r.Secrets["old-password"], r.Secrets["new-password"]); err != nil {
			return Result{}, err
		}
		return Result{
			Lines: []string{"Your password has been changed. Use the new one the next time you sign in."},
			Note:  "changed own console password",
		}, nil
	},
}
