package cmd

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

// Exit codes of the actorgraph command.
const (
	ExitOK          = 0   // success
	ExitFailure     = 1   // the work failed, e.g. no article could be read
	ExitUsage       = 2   // bad usage, config or query parameter, or a Neo4j connection that cannot work as configured
	ExitPartial     = 3   // a PATH could not be read (not found, not permitted); the others were
	ExitInterrupted = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM
)

// errInterrupted reports a run stopped by a signal; its summary is printed.
var errInterrupted = errors.New("interrupted")

// errNoArticles is the cause of a run whose paths hold no article file.
var errNoArticles = errors.New("they hold no .txt, .md, .json, .jsonl, .ndjson, .html or .htm file (hidden entries and *.gold.json are skipped)")

// missingPathsError names the paths of the command line that could not be
// read in a run that read the others.
type missingPathsError struct {
	paths []string
	of    int
}

func (e *missingPathsError) Error() string {
	return fmt.Sprintf("%d of %d paths could not be read (%s); the other paths were read", len(e.paths), e.of, strings.Join(e.paths, ", "))
}

// usageError is bad usage: an unknown flag, a wrong argument, a bad config
// value. The command's usage is printed with it.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// briefUsageError is bad usage that one line explains, such as a bad query
// parameter: it is printed with its hint, without the command's usage.
type briefUsageError struct {
	err  error
	hint string
}

func (e *briefUsageError) Error() string { return e.err.Error() }
func (e *briefUsageError) Unwrap() error { return e.err }

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
	var missing *missingPathsError
	if errors.As(err, &missing) {
		fmt.Fprintf(stderr, "actorgraph: %v.\n", err)
		return ExitPartial
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
	var unknownDB *unknownDatabaseError
	switch {
	case errors.As(err, &unknownDB):
		fmt.Fprintf(stderr, "actorgraph: Neo4j at %s has no database %q%s: set --neo4j-database or ACTORGRAPH_NEO4J_DATABASE to one that exists.\n",
			uri, unknownDB.Name, listDatabases(unknownDB.Existing))
		return ExitUsage
	case isRateLimited(err):
		fmt.Fprintf(stderr, "actorgraph: Neo4j at %s refuses logins of user %q for a while after repeated wrong passwords "+
			"(dbms.security.auth_lock_time, 5 seconds by default): wait 5 seconds, then retry with the right password.\n", uri, user)
		return ExitUsage
	case isTLSMismatch(err, uri):
		fmt.Fprintf(stderr, "actorgraph: Neo4j at %s does not answer TLS: for a server without encryption, such as the local one, "+
			"use %s instead.\n", uri, plainURI(uri))
		return ExitUsage
	case isHTTPPort(err):
		fmt.Fprintf(stderr, "actorgraph: %s is Neo4j's HTTP port (the Browser), not its Bolt port: "+
			"point --neo4j-uri or ACTORGRAPH_NEO4J_URI at the Bolt port, 7687 by default (%s).\n", uri, boltURI(uri))
		return ExitUsage
	case errors.Is(err, graph.ErrUnavailable) && !isLoopback(uri):
		fmt.Fprintf(stderr, "actorgraph: cannot reach Neo4j at %s: check the host, the port and the network%s.\n", uri, tlsHint(uri))
		return ExitUsage
	case errors.Is(err, graph.ErrUnavailable):
		fmt.Fprintf(stderr, "actorgraph: cannot reach Neo4j at %s: start the local server with `make neo4j-start`, "+
			"or point --neo4j-uri or ACTORGRAPH_NEO4J_URI at a running one.\n", uri)
		return ExitUsage
	case errors.Is(err, graph.ErrAuth):
		fmt.Fprintf(stderr, "actorgraph: Neo4j at %s refused user %q with the given password: "+
			"set ACTORGRAPH_NEO4J_PASSWORD (or NEO4J_PASSWORD) to the right one.\n", uri, user)
		return ExitUsage
	}
	var brief *briefUsageError
	if errors.As(err, &brief) {
		fmt.Fprintf(stderr, "actorgraph: %v; %s.\n", brief.err, brief.hint)
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

// listDatabases is " (it has a, b)", or nothing when the list is unknown.
func listDatabases(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return " (it has " + strings.Join(names, ", ") + ")"
}

// isRateLimited reports Neo4j refusing a login after repeated failures,
// whatever the password.
func isRateLimited(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit"
}

// isTLSMismatch reports a TLS scheme (+s, +ssc) whose server closed the
// connection at the TLS handshake: a server without encryption.
func isTLSMismatch(err error, uri string) bool {
	var ce *neo4j.ConnectivityError
	var re tls.RecordHeaderError
	scheme, _, _ := strings.Cut(uri, "://")
	return strings.Contains(scheme, "+") && (errors.As(err, &re) ||
		errors.As(err, &ce) && strings.Contains(ce.Error(), "TLS"))
}

// isHTTPPort reports a Bolt connection answered by an HTTP server.
func isHTTPPort(err error) bool {
	return err != nil && strings.Contains(err.Error(), "server responded HTTP")
}

// plainURI is uri without TLS: neo4j+s://h:p -> neo4j://h:p or bolt://h:p.
func plainURI(uri string) string {
	scheme, rest, _ := strings.Cut(uri, "://")
	base, _, _ := strings.Cut(scheme, "+")
	if base == "neo4j" {
		return "neo4j://" + rest + " or bolt://" + rest
	}
	return base + "://" + rest
}

// boltURI is uri with the default Bolt port.
func boltURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "bolt://127.0.0.1:7687"
	}
	return u.Scheme + "://" + net.JoinHostPort(u.Hostname(), "7687")
}

// isLoopback reports a URI on this machine, where `make neo4j-start` helps.
func isLoopback(uri string) bool {
	u, err := url.Parse(uri)
	if err != nil {
		return true
	}
	host := u.Hostname()
	ip := net.ParseIP(host)
	return host == "localhost" || ip != nil && ip.IsLoopback()
}

// tlsHint tells a plain URI to a remote server that it may need TLS.
func tlsHint(uri string) string {
	scheme, _, _ := strings.Cut(uri, "://")
	if strings.Contains(scheme, "+") {
		return ""
	}
	return "; a server that requires TLS, such as Aura, needs neo4j+s:// (bolt:// and neo4j:// do not encrypt)"
}
