package awsiam

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/iam/types"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"github.com/signin-doctor/signin-doctor/backend"
)

// loginProfileLookups bounds the GetLoginProfile calls ListUsers makes at
// once: enough to list a few hundred users quickly, few enough not to be
// throttled.
const loginProfileLookups = 8

// WhoAmI asks STS who the credentials belong to and IAM for the account's
// alias. A caller who may not read the alias still gets an answer, with the
// sign-in address built from the account id.
func (b *Backend) WhoAmI(ctx context.Context) (backend.Identity, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	who, err := b.sts.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return backend.Identity{}, classify("GetCallerIdentity", "", err)
	}
	alias := ""
	aliases, err := b.iam.ListAccountAliases(ctx, &iam.ListAccountAliasesInput{})
	switch {
	case err == nil && len(aliases.AccountAliases) > 0:
		alias = aliases.AccountAliases[0]
	case err != nil:
		if cerr := classify("ListAccountAliases", "", err); !errors.Is(cerr, backend.ErrAccessDenied) {
			return backend.Identity{}, cerr
		}
	}
	return backend.IdentityFromARN(aws.ToString(who.Account), alias, aws.ToString(who.Arn)), nil
}

// PasswordPolicy reads the account's password policy; an account without
// one gets IAM's defaults, marked IsDefault.
func (b *Backend) PasswordPolicy(ctx context.Context) (backend.PasswordPolicy, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.GetAccountPasswordPolicy(ctx, &iam.GetAccountPasswordPolicyInput{})
	if err != nil {
		cerr := classify("GetAccountPasswordPolicy", "", err)
		if errors.Is(cerr, backend.ErrNotFound) {
			return backend.DefaultPasswordPolicy(), nil
		}
		return backend.PasswordPolicy{}, cerr
	}
	p := out.PasswordPolicy
	// 6 is what UpdateAccountPasswordPolicy sets when it is given no length.
	minLength := 6
	if p.MinimumPasswordLength != nil {
		minLength = int(*p.MinimumPasswordLength)
	}
	return backend.PasswordPolicy{
		MinimumLength:              minLength,
		RequireUppercase:           p.RequireUppercaseCharacters,
		RequireLowercase:           p.RequireLowercaseCharacters,
		RequireNumbers:             p.RequireNumbers,
		RequireSymbols:             p.RequireSymbols,
		AllowUsersToChangePassword: p.AllowUsersToChangePassword,
		MaxAgeDays:                 int(aws.ToInt32(p.MaxPasswordAge)),
		ReusePrevention:            int(aws.ToInt32(p.PasswordReusePrevention)),
		HardExpiry:                 aws.ToBool(p.HardExpiry),
	}, nil
}

// ListUsers lists every IAM user, sorted by name, with whether each has a
// console password. Where the caller may not read a login profile, that
// user's ConsolePassword is PasswordUnknown rather than failing the list.
func (b *Backend) ListUsers(ctx context.Context) ([]backend.User, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	var users []backend.User
	pages := iam.NewListUsersPaginator(b.iam, &iam.ListUsersInput{})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, classify("ListUsers", "", err)
		}
		for _, u := range page.Users {
			users = append(users, publicUser(u))
		}
	}

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		slots    = make(chan struct{}, loginProfileLookups)
	)
	for i := range users {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			if err := b.fillLoginProfile(ctx, &users[i]); err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	sort.Slice(users, func(i, j int) bool { return users[i].Name < users[j].Name })
	return users, nil
}

// GetUser describes one user, with their console password state.
func (b *Backend) GetUser(ctx context.Context, name string) (backend.User, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.GetUser(ctx, &iam.GetUserInput{UserName: aws.String(name)})
	if err != nil {
		return backend.User{}, classify("GetUser", name, err)
	}
	u := publicUser(*out.User)
	if err := b.fillLoginProfile(ctx, &u); err != nil {
		return backend.User{}, err
	}
	return u, nil
}

// fillLoginProfile sets the user's ConsolePassword from GetLoginProfile.
func (b *Backend) fillLoginProfile(ctx context.Context, u *backend.User) error {
	out, err := b.iam.GetLoginProfile(ctx, &iam.GetLoginProfileInput{UserName: aws.String(u.Name)})
	if err != nil {
		cerr := classify("GetLoginProfile", u.Name, err)
		switch {
		case errors.Is(cerr, backend.ErrNotFound):
			u.ConsolePassword = backend.PasswordNone
			return nil
		case errors.Is(cerr, backend.ErrAccessDenied):
			u.ConsolePassword = backend.PasswordUnknown
			return nil
		}
		return cerr
	}
	u.ConsolePassword = backend.PasswordSet
	u.PasswordResetRequired = out.LoginProfile.PasswordResetRequired
	return nil
}

func publicUser(u types.User) backend.User {
	return backend.User{
		Name:             aws.ToString(u.UserName),
		ARN:              aws.ToString(u.Arn),
		ID:               aws.ToString(u.UserId),
		Created:          aws.ToTime(u.CreateDate),
		PasswordLastUsed: aws.ToTime(u.PasswordLastUsed),
	}
}
