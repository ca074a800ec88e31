package awsiam

import (
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestWhoAmI(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	id, err := a.backend.WhoAmI(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.AccountID != a.id || id.AccountAlias != "" || id.SignInURL != "https://"+a.id+".signin.aws.amazon.com/console" {
		t.Errorf("WhoAmI without alias = %+v", id)
	}

	alias := uniqueName("corp")
	if _, err := a.iam.CreateAccountAlias(ctx, &iam.CreateAccountAliasInput{AccountAlias: aws.String(alias)}); err != nil {
		t.Fatal(err)
	}
	// Act as a real IAM user, with an access key moto made for them.
	user := a.createUser(t, "whoami", false)
	key, err := a.iam.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String(user)})
	if err != nil {
		t.Fatal(err)
	}
	creds := credentials.NewStaticCredentialsProvider(*key.AccessKey.AccessKeyId, *key.AccessKey.SecretAccessKey, "")
	id, err = a.backendAs(t, creds).WhoAmI(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := backend.Identity{
		AccountID:    a.id,
		AccountAlias: alias,
		ARN:          "arn:aws:iam::" + a.id + ":user/" + user,
		UserName:     user,
		SignInURL:    "https://" + alias + ".signin.aws.amazon.com/console",
	}
	if id != want {
		t.Errorf("WhoAmI = %+v, want %+v", id, want)
	}

	// WhoAmI used the key, last for iam:ListAccountAliases, so IAM now knows
	// when and for what.
	keys, err := a.backend.ListAccessKeys(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0].LastUsed == nil || keys[0].LastUsed.Service != "iam" ||
		keys[0].LastUsed.Region != testRegion || keys[0].LastUsed.Time.IsZero() {
		t.Errorf("after use: %+v (last used %+v)", keys, keys[0].LastUsed)
	}
}

func TestPasswordPolicy(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	p, err := a.backend.PasswordPolicy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p != backend.DefaultPasswordPolicy() {
		t.Errorf("policy of an account without one = %+v, want IAM's defaults", p)
	}

	_, err = a.iam.UpdateAccountPasswordPolicy(ctx, &iam.UpdateAccountPasswordPolicyInput{
		MinimumPasswordLength:      aws.Int32(14),
		RequireUppercaseCharacters: true,
		RequireNumbers:             true,
		RequireSymbols:             true,
		AllowUsersToChangePassword: true,
		MaxPasswordAge:             aws.Int32(90),
		PasswordReusePrevention:    aws.Int32(5),
	})
	if err != nil {
		t.Fatal(err)
	}
	p, err = a.backend.PasswordPolicy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := backend.PasswordPolicy{
		MinimumLength: 14, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true,
		AllowUsersToChangePassword: true, MaxAgeDays: 90, ReusePrevention: 5,
	}
	if p != want {
		t.Errorf("policy = %+v, want %+v", p, want)
	}
}

func TestListUsersAndGetUser(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	withPassword := a.createUser(t, "console", true)
	withoutPassword := a.createUser(t, "program", false)

	users, err := a.backend.ListUsers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(users) != 2 || !slices.IsSortedFunc(users, func(x, y backend.User) int { return compare(x.Name, y.Name) }) {
		t.Fatalf("users = %+v", users)
	}
	for _, u := range users {
		want := backend.PasswordNone
		if u.Name == withPassword {
			want = backend.PasswordSet
		}
		if u.ConsolePassword != want || u.ARN != "arn:aws:iam::"+a.id+":user/"+u.Name || u.ID == "" || u.Created.IsZero() {
			t.Errorf("user %+v", u)
		}
	}

	u, err := a.backend.GetUser(ctx, withoutPassword)
	if err != nil || u.Name != withoutPassword || u.HasConsolePassword() {
		t.Errorf("GetUser = %+v, %v", u, err)
	}
	_, err = a.backend.GetUser(ctx, "nobody-"+withoutPassword)
	e := wantKind(t, err, backend.ErrNotFound, "cannot be found", "Check the spelling")
	if e.Op != "GetUser" {
		t.Errorf("Op = %q", e.Op)
	}
	wantRequestID(t, e.RequestID)
}

func compare(x, y string) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
