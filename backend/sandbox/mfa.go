package sandbox

import (
	"context"
	"fmt"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ListMFADevices lists the MFA devices assigned to a user.
func (s *Sandbox) ListMFADevices(ctx context.Context, name string) ([]backend.MFADevice, error) {
	var devices []backend.MFADevice
	err := s.view(ctx, "ListMFADevices", name, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:ListMFADevices", name)
		if err != nil {
			return err
		}
		for _, d := range u.MFA {
			devices = append(devices, publicDevice(u.Name, d))
		}
		return nil
	})
	return devices, err
}

// DeactivateMFADevice removes a device from a user, who can then sign in with
// their password alone and register a new device.
func (s *Sandbox) DeactivateMFADevice(ctx context.Context, name, serial string) (backend.Receipt, error) {
	return s.update(ctx, "DeactivateMFADevice", name+"/"+serial, func(st *state, caller *user) error {
		u, err := st.authorizedUser(caller, "iam:DeactivateMFADevice", name)
		if err != nil {
			return err
		}
		for i, d := range u.MFA {
			if d.Serial == serial {
				u.MFA = append(u.MFA[:i], u.MFA[i+1:]...)
				return nil
			}
		}
		return &backend.Error{
			Kind:   backend.ErrNotFound,
			Detail: fmt.Sprintf("no MFA device with serial %s is assigned to %s", serial, name),
		}
	})
}
