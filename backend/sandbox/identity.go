package sandbox

import (
	"context"

	"github.com/signin-doctor/signin-doctor/backend"
)

// WhoAmI describes the current caller. Like sts:GetCallerIdentity, it needs
// no permission.
func (s *Sandbox) WhoAmI(ctx context.Context) (backend.Identity, error) {
	var id backend.Identity
	err := s.view(ctx, "GetCallerIdentity", "", func(st *state, caller *user) error {
		id = backend.IdentityFromARN(st.Account.ID, st.Account.Alias, st.userARN(caller.Name))
		return nil
	})
	return id, err
}

// PasswordPolicy is the demo account's policy, or IAM's defaults if it has
// none.
func (s *Sandbox) PasswordPolicy(ctx context.Context) (backend.PasswordPolicy, error) {
	var p backend.PasswordPolicy
	err := s.view(ctx, "GetAccountPasswordPolicy", "", func(st *state, caller *user) error {
		if err := st.authorize(caller, "iam:GetAccountPasswordPolicy", ""); err != nil {
			return err
		}
		p = st.policy()
		return nil
	})
	return p, err
}

// ListUsers lists every user, sorted by name. Only administrators may.
func (s *Sandbox) ListUsers(ctx context.Context) ([]backend.User, error) {
	var users []backend.User
	err := s.view(ctx, "ListUsers", "", func(st *state, caller *user) error {
		if err := st.authorize(caller, "iam:ListUsers", ""); err != nil {
			return err
		}
		for _, u := range st.Users {
			users = append(users, st.publicUser(u))
		}
		return nil
	})
	return users, err
}

// GetUser describes one user.
func (s *Sandbox) GetUser(ctx context.Context, name string) (backend.User, error) {
	var out backend.User
	err := s.view(ctx, "GetUser", name, func(st *state, caller *user) error {
		if err := st.authorize(caller, "iam:GetUser", name); err != nil {
			return err
		}
		u, err := st.user(name)
		if err != nil {
			return err
		}
		out = st.publicUser(u)
		return nil
	})
	return out, err
}
