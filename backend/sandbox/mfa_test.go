package sandbox

import (
	"testing"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestMFADevices(t *testing.T) {
	s := newTestSandbox(t)
	devices, err := s.ListMFADevices(ctx, "carol")
	if err != nil || len(devices) != 1 {
		t.Fatalf("ListMFADevices = %+v, %v", devices, err)
	}
	serial := devices[0].Serial

	_, err = s.DeactivateMFADevice(ctx, "carol", "arn:aws:iam::111122223333:mfa/other")
	wantKind(t, err, backend.ErrNotFound, "No MFA device")
	_, err = s.DeactivateMFADevice(ctx, "bob", serial) // carol's device, not bob's
	wantKind(t, err, backend.ErrNotFound)

	receipt, err := s.DeactivateMFADevice(ctx, "carol", serial)
	if err != nil {
		t.Fatal(err)
	}
	wantReceipt(t, receipt)
	if devices, _ := s.ListMFADevices(ctx, "carol"); len(devices) != 0 {
		t.Errorf("after deactivating: %+v", devices)
	}
	_, err = s.ListMFADevices(ctx, "nobody")
	wantKind(t, err, backend.ErrNotFound)

	asCaller(t, s, "bob")
	_, err = s.ListMFADevices(ctx, "carol")
	wantKind(t, err, backend.ErrAccessDenied, "iam:ListMFADevices")
}
