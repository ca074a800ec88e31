package sandbox

import (
	"context"
	"fmt"
	"regexp"

	"github.com/signin-doctor/signin-doctor/backend"
)

// keyIDPattern is IAM's rule for an access key id parameter.
var keyIDPattern = regexp.MustCompile(`^[\w]{16,128}$`)

// ListAccessKeys lists a user's keys, oldest first, with their last use.
func (s *Sandbox) ListAccessKeys(ctx context.Context, name string) ([]backend.AccessKey, error) {
	var keys []backend.AccessKey
	err := s.view(ctx, "ListAccessKeys", name, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:ListAccessKeys", name)
		if err != nil {
			return err
		}
		for _, k := range u.Keys {
			keys = append(keys, publicKey(u.Name, k))
		}
		return nil
	})
	return keys, err
}

// CreateAccessKey creates an active key. Like IAM, it refuses a third key.
func (s *Sandbox) CreateAccessKey(ctx context.Context, name string) (backend.NewAccessKey, backend.Receipt, error) {
	var out backend.NewAccessKey
	receipt, err := s.update(ctx, "CreateAccessKey", name, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:CreateAccessKey", name)
		if err != nil {
			return err
		}
		if len(u.Keys) >= maxAccessKeys {
			return &backend.Error{
				Kind:   backend.ErrLimitExceeded,
				Detail: fmt.Sprintf("cannot exceed quota for AccessKeysPerUser: %d", maxAccessKeys),
			}
		}
		k := &accessKey{ID: newAccessKeyID(), Active: true, Created: s.now().UTC()}
		u.Keys = append(u.Keys, k)
		out = backend.NewAccessKey{ID: k.ID, User: u.Name, Secret: backend.NewSecret(newSecretAccessKey()), Created: k.Created}
		return nil
	})
	if err != nil {
		return backend.NewAccessKey{}, backend.Receipt{}, err
	}
	return out, receipt, nil
}

// SetAccessKeyStatus activates or deactivates one of a user's keys.
func (s *Sandbox) SetAccessKeyStatus(ctx context.Context, name, keyID string, active bool) (backend.Receipt, error) {
	return s.update(ctx, "UpdateAccessKey", name+"/"+keyID, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:UpdateAccessKey", name)
		if err != nil {
			return err
		}
		i, err := findKey(u, keyID)
		if err != nil {
			return err
		}
		u.Keys[i].Active = active
		return nil
	})
}

// DeleteAccessKey deletes one of a user's keys.
func (s *Sandbox) DeleteAccessKey(ctx context.Context, name, keyID string) (backend.Receipt, error) {
	return s.update(ctx, "DeleteAccessKey", name+"/"+keyID, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:DeleteAccessKey", name)
		if err != nil {
			return err
		}
		i, err := findKey(u, keyID)
		if err != nil {
			return err
		}
		u.Keys = append(u.Keys[:i], u.Keys[i+1:]...)
		return nil
	})
}

// authorizedUser checks the caller's permission first and then finds the
// user, in IAM's order.
func (st *state) authorizedUser(caller *user, action, name string) (*user, error) {
	if err := st.authorize(caller, action, name); err != nil {
		return nil, err
	}
	return st.user(name)
}

// findKey finds a key among the user's own: like IAM, a key that belongs to
// someone else is "not found" for this user.
func findKey(u *user, keyID string) (int, error) {
	if !keyIDPattern.MatchString(keyID) {
		return 0, &backend.Error{
			Kind:   backend.ErrInvalidInput,
			Detail: fmt.Sprintf("%q is not an access key id (they look like AKIA followed by 16 letters and digits)", keyID),
		}
	}
	for i, k := range u.Keys {
		if k.ID == keyID {
			return i, nil
		}
	}
	return 0, &backend.Error{
		Kind:   backend.ErrNotFound,
		Detail: fmt.Sprintf("the access key with id %s cannot be found for user %s", keyID, u.Name),
	}
}
