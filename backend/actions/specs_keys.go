package actions

import (
	"context"
	"fmt"

	"github.com/signin-doctor/signin-doctor/backend"
)

func init() {
	register(listAccessKeys, createAccessKey, checkKeyLastUse, deactivateAccessKey, reactivateAccessKey, deleteAccessKey)
}

var pickUser = Input{Name: "user", Prompt: "Which user?", Kind: PickUser, Var: "user"}

// pickOldKey is the key a rotation retires: the one that was there before
// the new key was made, when an earlier step knows it.
var pickOldKey = Input{Name: "key", Prompt: "Which access key?", Kind: PickAccessKey, Var: "old-key"}

var listAccessKeys = &Spec{
	ID:      "list-access-keys",
	Title:   "List a user's access keys",
	Summary: "Shows each key's status and when it was last used.",
	Inputs:  []Input{pickUser},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user := r.Values["user"]
		keys, err := b.ListAccessKeys(ctx, user)
		if err != nil {
			return Result{}, err
		}
		res := Result{Vars: map[string]string{"user": user}, Note: fmt.Sprintf("listed %d access key(s) of %s", len(keys), user)}
		if len(keys) == 0 {
			res.Lines = []string{user + " has no access keys."}
			return res, nil
		}
		res.Lines = []string{fmt.Sprintf("%s has %d of the 2 access keys IAM allows:", user, len(keys))}
		for _, k := range keys {
			res.Lines = append(res.Lines, "• "+keyLine(k))
		}
		// The key least recently used is the one to remove when the user
		// is at the limit.
		if len(keys) == 2 {
			res.Vars["old-key"] = leastRecentlyUsed(keys).ID
		}
		return res, nil
	},
}

func leastRecentlyUsed(keys []backend.AccessKey) backend.AccessKey {
	best := keys[0]
	for _, k := range keys[1:] {
		switch {
		case best.LastUsed == nil:
		case k.LastUsed == nil, k.LastUsed.Time.Before(best.LastUsed.Time):
			best = k
		}
	}
	return best
}

var createAccessKey = &Spec{
	ID:      "create-access-key",
	Title:   "Create a new access key",
	Summary: "Makes a second key so programs can switch over before the old one goes. The secret is shown once.",
	Inputs:  []Input{pickUser},
	Changes: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Create a new access key for %s? Its secret is shown only once, so be ready to store it.", v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user := r.Values["user"]
		// Remember which key was there before, so the later steps of a
		// rotation retire the right one.
		before, _ := b.ListAccessKeys(ctx, user)
		key, _, err := b.CreateAccessKey(ctx, user)
		if err != nil {
			return Result{}, err
		}
		res := Result{
			Lines: []string{
				"Access key ID: " + key.ID,
				"Store the secret now, in your password manager or the program's configuration: nobody can show it again.",
			},
			Secret: &Shown{
				Label: "Secret access key", With: "Access key ID " + key.ID, Value: key.Secret,
				FileText: func(secret string) string {
					return fmt.Sprintf("[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\n", user, key.ID, secret)
				},
			},
			Vars: map[string]string{"user": user, "new-key": key.ID},
			Note: "created access key " + key.ID + " for " + user,
		}
		for _, k := range before {
			if k.ID != key.ID {
				res.Vars["old-key"] = k.ID
			}
		}
		return res, nil
	},
}

var checkKeyLastUse = &Spec{
	ID:      "check-key-last-use",
	Title:   "Check when a key was last used",
	Summary: "Before switching a key off, see whether anything still uses it.",
	Inputs:  []Input{pickUser, pickOldKey},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user, id := r.Values["user"], r.Values["key"]
		keys, err := b.ListAccessKeys(ctx, user)
		if err != nil {
			return Result{}, err
		}
		for _, k := range keys {
			if k.ID != id {
				continue
			}
			res := Result{
				Lines: []string{id + ": " + lastUse(k) + "."},
				Vars:  map[string]string{"user": user, "old-key": id},
				Note:  "checked the last use of " + id + ": " + lastUse(k),
			}
			if usedRecently(k) {
				res.Warning = "This key was used in the last week. If that was after you switched your programs, something still uses it: find it before you switch the key off."
			}
			return res, nil
		}
		return Result{}, &backend.Error{Kind: backend.ErrNotFound, Op: "GetAccessKeyLastUsed", Target: user + "/" + id,
			Detail: fmt.Sprintf("%s has no access key %s", user, id)}
	},
}

var deactivateAccessKey = &Spec{
	ID:      "deactivate-access-key",
	Title:   "Switch an access key off",
	Summary: "Makes the key stop working but keeps it, so it can be switched back on if something breaks.",
	Inputs:  []Input{pickUser, pickOldKey},
	Changes: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Switch off key %s of %s? Programs still using it will start failing; you can switch it back on.", v["key"], v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		return setKeyStatus(ctx, b, r, false)
	},
}

var reactivateAccessKey = &Spec{
	ID:      "reactivate-access-key",
	Title:   "Switch an access key back on",
	Summary: "Undoes a deactivation when a program turned out to need the key.",
	Inputs:  []Input{pickUser, pickOldKey},
	Changes: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Switch key %s of %s back on?", v["key"], v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		return setKeyStatus(ctx, b, r, true)
	},
}

func setKeyStatus(ctx context.Context, b backend.Backend, r Request, active bool) (Result, error) {
	user, id := r.Values["user"], r.Values["key"]
	if _, err := b.SetAccessKeyStatus(ctx, user, id, active); err != nil {
		return Result{}, err
	}
	state := "off (inactive). Check that everything still works before you delete it."
	note := "deactivated"
	if active {
		state, note = "back on (active).", "reactivated"
	}
	return Result{
		Lines: []string{"Key " + id + " of " + user + " is now " + state},
		Vars:  map[string]string{"user": user, "old-key": id},
		Note:  note + " access key " + id + " of " + user,
	}, nil
}

var deleteAccessKey = &Spec{
	ID:            "delete-access-key",
	Title:         "Delete an access key",
	Summary:       "Removes the key for good. Anything still using it stops working and cannot be switched back.",
	Inputs:        []Input{pickUser, pickOldKey},
	Changes:       true,
	ConfirmByName: true,
	Confirm: func(v map[string]string) string {
		return fmt.Sprintf("Delete key %s of %s for good? This cannot be undone.", v["key"], v["user"])
	},
	run: func(ctx context.Context, b backend.Backend, r Request) (Result, error) {
		user, id := r.Values["user"], r.Values["key"]
		if _, err := b.DeleteAccessKey(ctx, user, id); err != nil {
			return Result{}, err
		}
		return Result{
			Lines: []string{"Key " + id + " of " + user + " has been deleted."},
			// The deleted key is no longer anyone's "old key".
			Vars: map[string]string{"user": user, "old-key": ""},
			Note: "deleted access key " + id + " of " + user,
		}, nil
	},
}
