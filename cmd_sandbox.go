package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/signin-doctor/signin-doctor/backend/sandbox"
)

func newSandboxCommand(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sandbox",
		Short: "Look at, or start over, the practice account on this machine",
		Long: "The sandbox is a simulated AWS account kept in a file under $XDG_STATE_HOME/signin-doctor\n" +
			"(~/.local/state/signin-doctor by default). Its demo users are each in a situation the trees\n" +
			"cover, so every fix can be practised without touching a real account.",
		Args: noArgs,
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "show",
			Short: "Print the practice account: users, keys, MFA devices, password policy",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				sb, err := openSandbox()
				if err != nil {
					return err
				}
				summary, err := sb.Summary(cmd.Context())
				if err != nil {
					return err
				}
				fmt.Fprint(e.stdout, strings.TrimRight(summary, "\n")+"\n")
				return nil
			},
		},
		&cobra.Command{
			Use:   "reset",
			Short: "Put the practice account back as it started (the outbox is kept)",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				sb, err := openSandbox()
				if err != nil {
					return err
				}
				if err := sb.Reset(cmd.Context()); err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "The sandbox account is back to its demo state (%s).\n", sb.Path())
				return nil
			},
		},
		&cobra.Command{
			Use:   "outbox",
			Short: "Print the practice emails the sandbox has sent (newest last)",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				sb, err := openSandbox()
				if err != nil {
					return err
				}
				mails, err := sb.Outbox()
				if err != nil {
					return err
				}
				if len(mails) == 0 {
					fmt.Fprintln(e.stdout, "The outbox is empty. A practice root password reset sends a mail here.")
					return nil
				}
				for _, m := range mails {
					fmt.Fprintf(e.stdout, "── %s ──\nFrom: %s\nTo: %s\nSubject: %s\n\n%s\n\n", m.Path, m.From, m.To, m.Subject, strings.TrimRight(m.Body, "\n"))
				}
				return nil
			},
		},
	)
	return cmd
}

func openSandbox() (*sandbox.Sandbox, error) {
	dir, err := sandbox.DefaultDir()
	if err != nil {
		return nil, err
	}
	return sandbox.New(dir)
}
