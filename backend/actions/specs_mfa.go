package actions

import (
	"context"
	"fmt"

	"github.com/signin-doctor/signin-doctor/backend"
)

func init() {
	register(listMFADevices, deactivateMFADevice)
}

var listMFADevices = &Spec{
	ID:      "list-mfa-devices",
	Title:   "List a user's MFA devices",
	Summary: "Shows the MFA devices assigned to a user.",
	Inputs:  []Input{pickUser},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user := r.Values["user"]
		devices, err := b.ListMFADevices(ctx, user)
		if err != nil {
			return Result{}, err
		}
		res := Result{Vars: map[string]string{"user": user}, Note: fmt.Sprintf("listed %d MFA device(s) of %s", len(devices), user)}
		if len(devices) == 0 {
			res.Lines = []string{user + " has no MFA device."}
		}
		for _, d := range devices {
			kind := "hardware device"
			if d.Virtual() {
				kind = "virtual device (an app on a phone)"
			}
			res.Lines = append(res.Lines, fmt.Sprintf("• %s, a %s, enabled %s", d.Serial, kind, ago(d.Enabled)))
		}
		return res, nil
	},
}

var deactivateMFADevice = &Spec{
	ID:      "deactivate-mfa-device",
	Title:   "Deactivate a lost MFA device",
	Summary: "Detaches the device so the user can sign in with their password and set up a new one.",
	Inputs: []Input{
		pickUser,
		{Name: "serial", Prompt: "Which device?", Kind: PickMFADevice},
	},
	Changes:       true,
	ConfirmByName: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Deactivate MFA device %s of %s? Until they set up a new one, their password alone signs them in.", v["serial"], v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user, serial := r.Values["user"], r.Values["serial"]
		if _, err := b.DeactivateMFADevice(ctx, user, serial); err != nil {
			return Result{}, err
		}
		return Result{
			Lines: []string{
				"The device " + serial + " no longer protects " + user + ".",
				"Ask " + user + " to sign in and set up a new MFA device straight away.",
			},
			Vars: map[string]string{"user": user},
			Note: "deactivated MFA device " + serial + " of " + user,
		}, nil
	},
}
