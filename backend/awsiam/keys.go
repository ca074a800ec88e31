package awsiam

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/iam/types"

	"github.com/signin-doctor/signin-doctor/backend"
)

// ListAccessKeys lists a user's keys with GetAccessKeyLastUsed for each. A
// caller who may not read the last use still gets the keys, marked
// LastUsedUnknown.
func (b *Backend) ListAccessKeys(ctx context.Context, user string) ([]backend.AccessKey, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	var keys []backend.AccessKey
	pages := iam.NewListAccessKeysPaginator(b.iam, &iam.ListAccessKeysInput{UserName: aws.String(user)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, classify("ListAccessKeys", user, err)
		}
		for _, m := range page.AccessKeyMetadata {
			keys = append(keys, backend.AccessKey{
				ID:      aws.ToString(m.AccessKeyId),
				User:    aws.ToString(m.UserName),
				Active:  m.Status == types.StatusTypeActive,
				Created: aws.ToTime(m.CreateDate),
			})
		}
	}
	for i := range keys {
		out, err := b.iam.GetAccessKeyLastUsed(ctx, &iam.GetAccessKeyLastUsedInput{AccessKeyId: aws.String(keys[i].ID)})
		if err != nil {
			cerr := classify("GetAccessKeyLastUsed", user+"/"+keys[i].ID, err)
			if errors.Is(cerr, backend.ErrAccessDenied) {
				keys[i].LastUsedUnknown = true
				continue
			}
			return nil, cerr
		}
		// A key never used has no date, and "N/A" as service and region.
		if used := out.AccessKeyLastUsed; used != nil && used.LastUsedDate != nil {
			keys[i].LastUsed = &backend.KeyUse{
				Time:    *used.LastUsedDate,
				Service: aws.ToString(used.ServiceName),
				Region:  aws.ToString(used.Region),
			}
		}
	}
	return keys, nil
}

// CreateAccessKey creates a key; IAM refuses a third one with LimitExceeded.
func (b *Backend) CreateAccessKey(ctx context.Context, user string) (backend.NewAccessKey, backend.Receipt, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String(user)})
	if err != nil {
		return backend.NewAccessKey{}, backend.Receipt{}, classify("CreateAccessKey", user, err)
	}
	k := out.AccessKey
	return backend.NewAccessKey{
		ID:      aws.ToString(k.AccessKeyId),
		User:    aws.ToString(k.UserName),
		Secret:  backend.NewSecret(aws.ToString(k.SecretAccessKey)),
		Created: aws.ToTime(k.CreateDate),
	}, receipt(out.ResultMetadata), nil
}

// SetAccessKeyStatus activates or deactivates a key with UpdateAccessKey.
func (b *Backend) SetAccessKeyStatus(ctx context.Context, user, keyID string, active bool) (backend.Receipt, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	status := types.StatusTypeInactive
	if active {
		status = types.StatusTypeActive
	}
	out, err := b.iam.UpdateAccessKey(ctx, &iam.UpdateAccessKeyInput{
		UserName:    aws.String(user),
		AccessKeyId: aws.String(keyID),
		Status:      status,
	})
	if err != nil {
		return backend.Receipt{}, classify("UpdateAccessKey", user+"/"+keyID, err)
	}
	return receipt(out.ResultMetadata), nil
}

// DeleteAccessKey deletes a key.
func (b *Backend) DeleteAccessKey(ctx context.Context, user, keyID string) (backend.Receipt, error) {
	ctx, cancel := b.bound(ctx)
	defer cancel()
	out, err := b.iam.DeleteAccessKey(ctx, &iam.DeleteAccessKeyInput{
		UserName:    aws.String(user),
		AccessKeyId: aws.String(keyID),
	})
	if err != nil {
		return backend.Receipt{}, classify("DeleteAccessKey", user+"/"+keyID, err)
	}
	return receipt(out.ResultMetadata), nil
}
