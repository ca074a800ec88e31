package main

import (
	"context"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"

	"github.com/signin-doctor/signin-doctor/backend"
	"github.com/signin-doctor/signin-doctor/backend/awsiam"
	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

// auditFileName is the audit log, kept in the state directory beside the
// sandbox, for every backend.
const auditFileName = "audit.jsonl"

// checkBackendFlags rejects flag combinations that would silently do nothing.
func checkBackendFlags(g *globalFlags) error {
	if g.backend == backend.NameSandbox {
		for name, value := range map[string]string{"--profile": g.profile, "--region": g.region, "--endpoint-url": g.endpointURL} {
			if value != "" {
				return usageErrorf("%s applies to --backend aws only; the sandbox needs no credentials (drop %s, or add --backend aws)", name, name)
			}
		}
	}
	if g.backend == backend.NameAWS && g.sandboxUser != "" {
		return usageErrorf("--sandbox-user applies to the sandbox only; with --backend aws you act as your AWS credentials")
	}
	return nil
}

// openBackend builds the configured backend, wrapped so that every change
// is audited and, with --dry-run, only described. It makes no AWS request.
func openBackend(ctx context.Context, g *globalFlags) (backend.Backend, error) {
	stateDir, err := sandbox.DefaultDir()
	if err != nil {
		return nil, err
	}
	var b backend.Backend
	switch g.backend {
	case backend.NameAWS:
		b, err = awsiam.New(ctx, awsiam.Options{Profile: g.profile, Region: g.region, EndpointURL: g.endpointURL})
		if err != nil {
			return nil, fmt.Errorf("open the aws backend: %s", backend.Explain(err))
		}
	default:
		sb, err := sandbox.New(stateDir)
		if err != nil {
			return nil, err
		}
		if g.sandboxUser != "" {
			if err := sb.SetCaller(ctx, g.sandboxUser); err != nil {
				return nil, usageErrorf("--sandbox-user: %s (run 'signin-doctor sandbox show' for the demo users)", backend.Explain(err))
			}
		}
		b = sb
	}
	// Dry runs stay out of the audit log: DryRun wraps Audited, so nothing
	// reaches the log when nothing changes.
	who := caller()
	if sb, ok := b.(*sandbox.Sandbox); ok {
		who += " as sandbox user " + sb.Caller()
	}
	b = backend.NewAudited(b, filepath.Join(stateDir, auditFileName), who)
	if g.dryRun {
		b = backend.NewDryRun(b)
	}
	return b, nil
}

// backendLabel is what the screens show as "backend: …".
func backendLabel(g *globalFlags) string {
	parts := []string{g.backend}
	if g.backend == backend.NameSandbox && g.sandboxUser != "" {
		parts = append(parts, "as "+g.sandboxUser)
	}
	if g.profile != "" {
		parts = append(parts, "profile "+g.profile)
	}
	if g.region != "" {
		parts = append(parts, g.region)
	}
	if g.endpointURL != "" {
		parts = append(parts, g.endpointURL)
	}
	return strings.Join(parts, " · ")
}

// caller names the person running signin-doctor, for the audit log.
func caller() string {
	name := "unknown"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	if host, err := os.Hostname(); err == nil {
		name += "@" + host
	}
	return name
}
