// Command signin-doctor walks a person who cannot sign in to AWS through the
// fix: decision trees, guidance written from the official pages, and (with a
// backend) the repair itself. This file only wires the parts together.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
)

// version is set at build time with -ldflags "-X main.version=…"; builds
// from source fall back to the module version or "dev".
var version = ""

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the process exit status:
// 0 on success, 1 when the work failed, 2 when the command line was wrong.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildVersion()),
		fang.WithErrorHandler(errorHandler(stderr)),
		fang.WithoutManpage(),
	)
	return exitStatus(err)
}

// exitError carries an exit status; quiet ones have already told the person
// what went wrong.
type exitError struct {
	status int
	msg    string
	quiet  bool
}

func (e *exitError) Error() string { return e.msg }

// usageErrorf reports a wrong command line (exit status 2), saying what would work.
func usageErrorf(format string, args ...any) error {
	return &exitError{status: 2, msg: fmt.Sprintf(format, args...)}
}

// errReported is a failure whose details were already printed (exit status 1).
var errReported = &exitError{status: 1, msg: "failed", quiet: true}

func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.status
	}
	if isCobraUsageError(err) {
		return 2
	}
	return 1
}

// isCobraUsageError recognises cobra's own command-line errors, which it
// returns as plain strings.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "too many arguments"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// errorHandler prints errors fang's way in a terminal, and as one plain
// "signin-doctor: …" line for scripts and logs, where a styled box would be
// folded at the wrong width.
func errorHandler(stderr io.Writer) fang.ErrorHandler {
	return func(w io.Writer, styles fang.Styles, err error) {
		var e *exitError
		if errors.As(err, &e) && e.quiet {
			return
		}
		if !isTerminal(stderr) {
			fmt.Fprintf(stderr, "signin-doctor: %v\n", err)
			return
		}
		fang.DefaultErrorHandler(w, styles, err)
	}
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
