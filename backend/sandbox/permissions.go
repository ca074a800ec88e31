package sandbox

import (
	"fmt"
	"slices"

	"github.com/signin-doctor/signin-doctor/backend"
)

// selfService are the actions a user who is not an administrator may take on
// their own user, as the self-service policies in AWS's documentation allow.
// iam:ChangePassword is not here: see authorizeOwnPasswordChange.
var selfService = map[string]bool{
	"iam:GetUser":                  true,
	"iam:GetLoginProfile":          true,
	"iam:ListAccessKeys":           true,
	"iam:CreateAccessKey":          true,
	"iam:UpdateAccessKey":          true,
	"iam:DeleteAccessKey":          true,
	"iam:ListMFADevices":           true,
	"iam:DeactivateMFADevice":      true,
	"iam:GetAccountPasswordPolicy": true,
}

// authorize decides whether caller may take action on the user named
// target ("" for account-wide actions), the way IAM would with the demo
// account's policies: administrators may do anything not explicitly denied;
// everyone else only self-service actions on themselves.
func (st *state) authorize(caller *user, action, target string) error {
	allowed := caller.Admin || (selfService[action] && (target == "" || target == caller.Name))
	if slices.Contains(caller.Denied, action) {
		allowed = false // an explicit deny wins, as in IAM
	}
	if allowed {
		return nil
	}
	return st.denied(caller, action, target)
}

// authorizeOwnPasswordChange follows IAM: a password policy with
// AllowUsersToChangePassword lets every user change their own password;
// otherwise only users granted iam:ChangePassword (administrators here) may.
func (st *state) authorizeOwnPasswordChange(caller *user) error {
	allowed := caller.Admin || st.policy().AllowUsersToChangePassword
	if slices.Contains(caller.Denied, "iam:ChangePassword") {
		allowed = false
	}
	if allowed {
		return nil
	}
	return st.denied(caller, "iam:ChangePassword", caller.Name)
}

// denied is the access-denied error IAM would give, naming the permission.
func (st *state) denied(caller *user, action, target string) error {
	resource := "arn:aws:iam::" + st.Account.ID + ":*"
	if target != "" {
		resource = st.userARN(target)
	}
	return &backend.Error{
		Kind:       backend.ErrAccessDenied,
		Target:     target,
		Permission: action,
		Detail: fmt.Sprintf("User: %s is not authorized to perform: %s on resource: %s",
			st.userARN(caller.Name), action, resource),
	}
}
