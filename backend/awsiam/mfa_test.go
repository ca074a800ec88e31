package awsiam

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

func TestMFADevices(t *testing.T) {
	a := newAccount(t, motoEndpointEnv)
	user := a.createUser(t, "mfa", true)
	device, err := a.iam.CreateVirtualMFADevice(ctx, &iam.CreateVirtualMFADeviceInput{VirtualMFADeviceName: aws.String(user + "-phone")})
	if err != nil {
		t.Fatal(err)
	}
	serial := aws.ToString(device.VirtualMFADevice.SerialNumber)
	_, err = a.iam.EnableMFADevice(ctx, &iam.EnableMFADeviceInput{
		UserName: aws.String(user), SerialNumber: aws.String(serial),
		AuthenticationCode1: aws.String("123456"), AuthenticationCode2: aws.String("654321"),
	})
	if err != nil {
		t.Fatal(err)
	}

	devices, err := a.backend.ListMFADevices(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	if len(devices) != 1 || devices[0].Serial != serial || devices[0].User != user || !devices[0].Virtual() || devices[0].Enabled.IsZero() {
		t.Fatalf("devices = %+v", devices)
	}

	receipt, err := a.backend.DeactivateMFADevice(ctx, user, serial)
	if err != nil {
		t.Fatal(err)
	}
	wantRequestID(t, receipt.RequestID)
	if devices, _ := a.backend.ListMFADevices(ctx, user); len(devices) != 0 {
		t.Errorf("after deactivating: %+v", devices)
	}
	_, err = a.backend.DeactivateMFADevice(ctx, user, serial)
	wantKind(t, err, backend.ErrNotFound, "Check the spelling")
	_, err = a.backend.ListMFADevices(ctx, "nobody-"+user)
	wantKind(t, err, backend.ErrNotFound)
}
