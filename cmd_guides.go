package main

import (
	"fmt"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/signin-doctor/signin-doctor/content"
	"github.com/signin-doctor/signin-doctor/internal/suggest"
)

func newGuidesCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "guides",
		Short: "List every guide: ID<TAB>TITLE, one per line",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := content.Embedded()
			if err != nil {
				return err
			}
			for _, g := range lib.All() {
				fmt.Fprintf(e.stdout, "%s\t%s\n", g.ID, g.Title)
			}
			return nil
		},
	}
}

func newGuideCommand(e *env) *cobra.Command {
	var width int
	cmd := &cobra.Command{
		Use:   "guide ID",
		Short: "Show one guide (plain text when the output is not a terminal)",
		Example: "  signin-doctor guide reset-root-password\n" +
			"  signin-doctor guide rotate-access-keys --width 60 | less",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("guide takes one guide ID; run 'signin-doctor guides' to list them")
			}
			return nil
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			lib, err := content.Embedded()
			if err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
			return lib.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if width < 0 || width > 1000 {
				return usageErrorf("the width %d given to --width is out of range: use a column count from %d to 1000, or leave it out", width, content.MinWidth)
			}
			lib, err := content.Embedded()
			if err != nil {
				return err
			}
			g, ok := lib.Guide(args[0])
			if !ok {
				return unknownID("guide", args[0], lib.IDs(), "signin-doctor guides")
			}
			style, w := guideStyle(e, width)
			out, err := content.NewRenderer(style).Render(g, w)
			if err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, out)
			return nil
		},
	}
	cmd.Flags().IntVar(&width, "width", 0, "wrap the guide at this many columns (default: the terminal's width, or 80)")
	return cmd
}

// guideStyle picks colours and width for printing a guide: plain text when
// the output is not a terminal or NO_COLOR is set, otherwise the terminal's
// own light or dark.
func guideStyle(e *env, width int) (string, int) {
	out, isFile := e.stdout.(*os.File)
	if !isFile || !isTerminal(out) {
		if width == 0 {
			width = 80
		}
		return content.StylePlain, width
	}
	if width == 0 {
		width = 80
		if w, _, err := term.GetSize(out.Fd()); err == nil && w > 0 {
			width = min(w, 120)
		}
	}
	if os.Getenv("NO_COLOR") != "" {
		return content.StylePlain, width
	}
	if lipgloss.HasDarkBackground(os.Stdin, out) {
		return content.StyleDark, width
	}
	return content.StyleLight, width
}

// unknownID is the exit-2 error for an id that does not exist, naming the
// closest ones and then the command that lists them all (or, with no such
// command, every valid id).
func unknownID(kind, id string, valid []string, listCommand string) error {
	msg := fmt.Sprintf("no %s has the id %q", kind, id)
	if close := suggest.Closest(id, valid, 3); len(close) > 0 {
		msg += "; did you mean " + strings.Join(close, ", ") + "?"
	}
	if listCommand == "" {
		return usageErrorf("%s (the %ss are: %s)", msg, kind, strings.Join(valid, ", "))
	}
	return usageErrorf("%s (run '%s' for the full list)", msg, listCommand)
}

// noArgs rejects positional arguments with a message that says what to do.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("'%s' takes no arguments, but got %q (see '%s --help')", cmd.CommandPath(), strings.Join(args, " "), cmd.CommandPath())
	}
	return nil
}
