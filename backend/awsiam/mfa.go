package awsiam

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ListMFADevices lists the MFA devices assigned to a user.
func (b *Backend) ListMFADevices(ctx context.Context, user string) ([]backend.MFADevice, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	var devices []backend.MFADevice
	pages := iam.NewListMFADevicesPaginator(b.iam, &iam.ListMFADevicesInput{UserName: aws.String(user)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, classify("ListMFADevices", user, err)
		}
		for _, d := range page.MFADevices {
			devices = append(devices, backend.MFADevice{
				Serial:  aws.ToString(d.SerialNumber),
				User:    aws.ToString(d.UserName),
				Enabled: aws.ToTime(d.EnableDate),
			})
		}
	}
	return devices, nil
}

// DeactivateMFADevice detaches a device from a user.
func (b *Backend) DeactivateMFADevice(ctx context.Context, user, serial string) (backend.Receipt, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.DeactivateMFADevice(ctx, &iam.DeactivateMFADeviceInput{
		UserName:     aws.String(user),
		SerialNumber: aws.String(serial),
	})
	if err != nil {
		return backend.Receipt{}, classify("DeactivateMFADevice", user+"/"+serial, err)
	}
	return receipt(out.ResultMetadata), nil
}
