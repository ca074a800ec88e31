package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/signin-doctor/signin-doctor/backend/actions"
	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/flows"
)

// env is the process's streams, passed down so tests can run the program
// against buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// globalFlags are the flags every command takes.
type globalFlags struct {
	backend     string
	profile     string
	region      string
	endpointURL string
	readOnly    bool
	dryRun      bool
	sandboxUser string
	plain       bool
	transcript  string
}

var backendNames = []string{"sandbox", "aws"}

func newRootCommand(e *env) *cobra.Command {
	var g globalFlags
	root := &cobra.Command{
		Use:   "signin-doctor",
		Short: "Get back into AWS: decision trees, guidance and fixes for sign-in trouble",
		Long: "signin-doctor walks you through AWS sign-in trouble (forgotten passwords, lost access keys, a lost\n" +
			"MFA device, credentials that don't work) and can carry out the fix on a sandbox account or on AWS IAM.\n\n" +
			"With no command it opens the full-screen program, or plain numbered prompts with --plain,\n" +
			"ACCESSIBLE=1, or when input or output is not a terminal.",
		Example: "  signin-doctor                       # start (full screen in a terminal)\n" +
			"  signin-doctor --plain               # numbered prompts, for screen readers and scripts\n" +
			"  signin-doctor guides                # list every guide\n" +
			"  signin-doctor guide reset-root-password\n" +
			"  signin-doctor flows graph --format mermaid forgot-root-password",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q", args[0])
			if close := cmd.SuggestionsFor(args[0]); len(close) > 0 {
				msg += "; did you mean " + strings.Join(close, ", ") + "?"
			}
			var names []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return usageErrorf("%s; the commands are: %s", msg, strings.Join(names, ", "))
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains(backendNames, g.backend) {
				return usageErrorf("unknown backend %q given to --backend: use %s", g.backend, strings.Join(backendNames, " or "))
			}
			return checkBackendFlags(&g)
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInteractive(cmd.Context(), e, &g)
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&g.backend, "backend", "sandbox", "where fixes are carried out: sandbox (a practice account on this machine) or aws")
	f.StringVar(&g.profile, "profile", "", "AWS profile for --backend aws (default: the standard credential chain)")
	f.StringVar(&g.region, "region", "", "AWS region for --backend aws")
	f.StringVar(&g.endpointURL, "endpoint-url", "", "IAM/STS endpoint for --backend aws, e.g. a local test server")
	f.BoolVar(&g.readOnly, "read-only", false, "hide every action that would change something")
	f.BoolVar(&g.dryRun, "dry-run", false, "show the calls an action would make without making them")
	f.StringVar(&g.sandboxUser, "sandbox-user", "", "act as this demo user in the sandbox (default admin), e.g. erin, who may not manage her keys")
	root.Flags().BoolVar(&g.plain, "plain", false, "numbered prompts instead of the full screen (also ACCESSIBLE=1)")
	root.Flags().StringVar(&g.transcript, "transcript", "", "keep a record of the questions, answers and actions in this file")

	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v (see '%s --help' for the flags it takes)", err, cmd.CommandPath())
	})
	root.SuggestionsMinimumDistance = 2
	root.AddCommand(newGuidesCommand(e), newGuideCommand(e), newFlowsCommand(e), newSandboxCommand(e))
	return root
}

// loadAll loads the built-in trees and guides and checks them together. It
// runs on every start, so it must stay cheap (see BenchmarkStartup).
func loadAll() (*flows.Set, *content.Library, error) {
	lib, err := content.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("the built-in guides are broken:\n%w", err)
	}
	set, err := flows.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("the built-in trees are broken:\n%w", err)
	}
	if problems := flows.Validate(set, catalog(lib)); len(problems) > 0 {
		return nil, nil, fmt.Errorf("the built-in trees are broken:\n%w", problems.Err())
	}
	return set, lib, nil
}

// catalog is what the validator checks tree references against. Without a
// library (the guides failed to load) guide references go unchecked.
func catalog(lib *content.Library) flows.Catalog {
	c := flows.Catalog{ActionIDs: actionIDs()}
	if lib != nil {
		c.GuideIDs = lib.IDs()
	}
	return c
}

// actionIDs lists the backend actions trees may name.
func actionIDs() []string { return actions.IDs() }

// isTerminal reports whether a stream is a terminal. (A character device is
// not enough: /dev/null is one, and `signin-doctor </dev/null` must not
// open the full screen.)
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
