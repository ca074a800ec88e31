package backend

// The descriptions below name each change as the IAM API does, so the dry-run
// output and the audit log read the same and an auditor can match them to
// CloudTrail. They hold no secret: password parameters are shown redacted.

// ActionResetRootPassword is the action name used for a root password reset.
// It has no service prefix because AWS has no API for it.
const ActionResetRootPassword = "ResetRootPassword"

func resetPasswordCall(user string, hasPassword bool) PlannedCall {
	action := "iam:CreateLoginProfile"
	if hasPassword {
		action = "iam:UpdateLoginProfile"
	}
	return PlannedCall{Action: action, Params: []Param{
		{"UserName", user},
		{"Password", Redacted + " (generated to meet the password policy)"},
		{"PasswordResetRequired", "true"},
	}}
}

func changePasswordCall() PlannedCall {
	return PlannedCall{Action: "iam:ChangePassword", Params: []Param{
		{"OldPassword", Redacted},
		{"NewPassword", Redacted},
	}}
}

func createAccessKeyCall(user string) PlannedCall {
	return PlannedCall{Action: "iam:CreateAccessKey", Params: []Param{{"UserName", user}}}
}

func setAccessKeyStatusCall(user, keyID string, active bool) PlannedCall {
	return PlannedCall{Action: "iam:UpdateAccessKey", Params: []Param{
		{"UserName", user},
		{"AccessKeyId", keyID},
		{"Status", keyStatus(active)},
	}}
}

func deleteAccessKeyCall(user, keyID string) PlannedCall {
	return PlannedCall{Action: "iam:DeleteAccessKey", Params: []Param{
		{"UserName", user},
		{"AccessKeyId", keyID},
	}}
}

func deactivateMFADeviceCall(user, serial string) PlannedCall {
	return PlannedCall{Action: "iam:DeactivateMFADevice", Params: []Param{
		{"UserName", user},
		{"SerialNumber", serial},
	}}
}

// completeRootResetCall names the sandbox's practice step; it has no
// parameters worth showing, and the code and password must never be shown.
func completeRootResetCall() PlannedCall {
	return PlannedCall{Action: "sandbox:CompleteRootReset"}
}

func resetRootPasswordCall(email string) PlannedCall {
	return PlannedCall{Action: ActionResetRootPassword, Params: []Param{{"Email", email}}}
}
