package sandbox

import (
	"context"
	"fmt"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ResetUserPassword gives a user a generated password that meets the policy
// and must be changed at next sign-in, creating their console password (login
// profile) if they had none. Only administrators may.
func (s *Sandbox) ResetUserPassword(ctx context.Context, name string) (backend.PasswordReset, backend.Receipt, error) {
	var reset backend.PasswordReset
	receipt, err := s.update(ctx, "UpdateLoginProfile", name, func(st *state, caller *user) error {
		target, findErr := st.user(name)
		action := "iam:UpdateLoginProfile"
		if findErr == nil && target.Login == nil {
			action = "iam:CreateLoginProfile"
		}
		// IAM checks permission before existence: a caller without the
		// permission is denied even for a user that does not exist.
		if err := st.authorize(caller, action, name); err != nil {
			return withOp(err, strings.TrimPrefix(action, "iam:"))
		}
		if findErr != nil {
			return findErr
		}
		password, err := backend.GeneratePassword(st.policy())
		if err != nil {
			return err
		}
		reset = backend.PasswordReset{User: name, Password: password, ResetRequired: true}
		if target.Login == nil {
			target.Login = &loginProfile{Created: s.now().UTC()}
			reset.Created = true
		}
		target.Login.Password = hashPassword(password.Reveal())
		target.Login.ResetRequired = true
		return nil
	})
	if err != nil {
		return backend.PasswordReset{}, backend.Receipt{}, err
	}
	return reset, receipt, nil
}

// ChangeOwnPassword changes the caller's own password. It needs the current
// password, and the new one must meet the policy.
func (s *Sandbox) ChangeOwnPassword(ctx context.Context, oldPassword, newPassword backend.Secret) (backend.Receipt, error) {
	return s.update(ctx, "ChangePassword", "", func(st *state, caller *user) error {
		if err := st.authorizeOwnPasswordChange(caller); err != nil {
			return err
		}
		policy := st.policy()
		if caller.Login == nil {
			return &backend.Error{
				Kind:   backend.ErrNotFound,
				Target: caller.Name,
				Detail: fmt.Sprintf("%s has no console password to change; an administrator must create one", caller.Name),
			}
		}
		if !caller.Login.Password.matches(oldPassword.Reveal()) {
			return &backend.Error{
				Kind:   backend.ErrInvalidInput,
				Target: caller.Name,
				Detail: "the current password is not right",
			}
		}
		if err := policy.Check(newPassword.Reveal()); err != nil {
			return err
		}
		if policy.ReusePrevention > 0 && newPassword.Reveal() == oldPassword.Reveal() {
			return &backend.Error{
				Kind:   backend.ErrPolicyViolation,
				Target: caller.Name,
				Detail: "the new password must differ from the current one",
			}
		}
		caller.Login.Password = hashPassword(newPassword.Reveal())
		caller.Login.ResetRequired = false
		return nil
	})
}

// withOp names the failing operation on an error that has none yet.
func withOp(err error, op string) error {
	if e := backend.AsError(err); e != nil && e.Op == "" {
		e.Op = op
	}
	return err
}
