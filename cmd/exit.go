package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

// Exit codes of the actorgraph command.
const (
	ExitOK          = 0   // success
	ExitFailure     = 1   // the work failed, e.g. no article could be read
	ExitUsage       = 2   // bad usage or config, or Neo4j unreachable or refusing the credentials
	ExitInterrupted = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM
)

// errInterrupted reports a run stopped by a signal; its summary is printed.
var errInterrupted = errors.New("interrupted")

// usageError is bad usage: an unknown flag, a wrong argument, a bad config
// value. The command's usage is printed with it.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// runError marks an error returned by a command's run function, as against
// one from cobra's parsing (an unknown command), which is a usage error.
type runError struct{ err error }

func (e *runError) Error() string { return e.err.Error() }
func (e *runError) Unwrap() error { return e.err }

// dbError names the server a database error came from.
type dbError struct {
	URI, User string
	err       error
}

func (e *dbError) Error() string { return e.err.Error() }
func (e *dbError) Unwrap() error { return e.err }

// silentError has been reported already; only its exit code is left.
type silentError struct {
	code int
	err  error
}

func (e *silentError) Error() string { return e.err.Error() }
func (e *silentError) Unwrap() error { return e.err }

// exitCode prints err, if any, to stderr and returns the process exit code.
// It is the one place where errors become exit codes.
func exitCode(err error, c *cobra.Command, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	var silent *silentError
	if errors.As(err, &silent) {
		return silent.code
	}
	if errors.Is(err, errInterrupted) || errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "actorgraph: interrupted")
		return ExitInterrupted
	}
	var db *dbError
	uri, user := "the configured URI", "neo4j"
	if errors.As(err, &db) {
		uri, user = db.URI, db.User
	}
	switch {
	case errors.Is(err, graph.ErrUnavailable):
		fmt.Fprintf(stderr, "actorgraph: cannot reach Neo4j at %s: start the local server with `make neo4j-start`, "+
			"or point --neo4j-uri or ACTORGRAPH_NEO4J_URI at a running one.\n", uri)
		return ExitUsage
	case errors.Is(err, graph.ErrAuth):
		fmt.Fprintf(stderr, "actorgraph: Neo4j at %s refused user %q with the given password: "+
			"set ACTORGRAPH_NEO4J_PASSWORD (or NEO4J_PASSWORD) to the right one.\n", uri, user)
		return ExitUsage
	}
	var usage *usageError
	var run *runError
	if errors.As(err, &usage) || !errors.As(err, &run) {
		fmt.Fprintf(stderr, "actorgraph: %v\n", err)
		if c != nil {
			fmt.Fprintf(stderr, "\n%s", c.UsageString())
		}
		return ExitUsage
	}
	fmt.Fprintf(stderr, "actorgraph: %v\n", err)
	return ExitFailure
}
