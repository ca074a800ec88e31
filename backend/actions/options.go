package actions

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
)

// Options lists the choices for a picker input, given the values chosen so
// far (a key picker needs the user). Front-ends call it in the background.
func Options(ctx context.Context, b backend.Backend, in Input, values map[string]string) ([]Option, error) {
	switch in.Kind {
	case PickUser:
		users, err := b.ListUsers(ctx)
		if errors.Is(err, backend.ErrAccessDenied) {
			// Someone who may not list users can usually still manage
			// themselves: offer their own name rather than a dead end.
			if id, idErr := b.WhoAmI(ctx); idErr == nil && id.UserName != "" {
				return []Option{{Value: id.UserName, Label: id.UserName + "  (you)"}}, nil
			}
		}
		if err != nil {
			return nil, err
		}
		opts := make([]Option, len(users))
		for i, u := range users {
			opts[i] = Option{Value: u.Name, Label: u.Name + "  " + userState(u)}
		}
		return opts, nil
	case PickAccessKey:
		keys, err := b.ListAccessKeys(ctx, values["user"])
		if err != nil {
			return nil, err
		}
		opts := make([]Option, len(keys))
		for i, k := range keys {
			opts[i] = Option{Value: k.ID, Label: keyLine(k)}
		}
		return opts, nil
	case PickMFADevice:
		devices, err := b.ListMFADevices(ctx, values["user"])
		if err != nil {
			return nil, err
		}
		opts := make([]Option, len(devices))
		for i, d := range devices {
			opts[i] = Option{Value: d.Serial, Label: fmt.Sprintf("%s  enabled %s", d.Serial, ago(d.Enabled))}
		}
		return opts, nil
	}
	return nil, nil
}

// Picker reports whether the input is chosen from a list.
func (in Input) Picker() bool {
	return in.Kind == PickUser || in.Kind == PickAccessKey || in.Kind == PickMFADevice
}

// EmptyOptions says why a picker has nothing to offer, and what to do.
func EmptyOptions(in Input, values map[string]string) string {
	switch in.Kind {
	case PickUser:
		return "This account has no IAM users."
	case PickAccessKey:
		return values["user"] + " has no access keys. Go back and create one, or pick another user."
	case PickMFADevice:
		return values["user"] + " has no MFA device assigned, so there is nothing to deactivate."
	}
	return ""
}

func userState(u backend.User) string {
	var parts []string
	switch u.ConsolePassword {
	case backend.PasswordSet:
		parts = append(parts, "console password")
	case backend.PasswordNone:
		parts = append(parts, "no console password")
	}
	if u.PasswordResetRequired {
		parts = append(parts, "must change password")
	}
	return strings.Join(parts, ", ")
}
