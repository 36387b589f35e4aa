// Package cmd is the actorgraph command line: the cobra command tree, the
// configuration, and the mapping of errors to exit codes (exit.go). It is
// the only package that imports cobra and viper.
package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// streams are where a run reads and writes, and its environment.
type streams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	ErrTTY bool // stderr is a terminal: show a progress bar
	Getenv func(string) string
}

// factory carries what every command needs; tests replace its parts.
type factory struct {
	streams
	configPath string
	quiet      bool
	// connect opens the database; nil means the real Neo4j.
	connect func(ctx context.Context, c Neo4jConfig, batchSize int) (*conn, error)
}

// flagKeys binds flag names to config keys.
var flagKeys = map[string]string{
	"neo4j.uri":                "neo4j-uri",
	"neo4j.user":               "neo4j-user",
	"neo4j.database":           "neo4j-database",
	"load.batch_size":          "batch-size",
	"ingest.workers":           "workers",
	"ingest.published":         "published",
	"ingest.max_article_bytes": "max-article-bytes",
	"extract.dictionaries":     "dictionary",
}

// config loads the configuration of the running command.
func (f *factory) config(c *cobra.Command) (Config, error) {
	return loadConfig(f.configPath, f.Getenv, c.Flags(), flagKeys)
}

// Main runs the command line with the process's arguments and streams and
// returns the exit code.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first signal, a second one kills the process as usual.
	context.AfterFunc(ctx, stop)
	s := streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())), Getenv: os.Getenv}
	return run(ctx, os.Args[1:], s, nil)
}

// run executes args and returns the exit code. A panic becomes exit code 1
// with a one-line message (the stack only with ACTORGRAPH_DEBUG=1).
func run(ctx context.Context, args []string, s streams, f *factory) (code int) {
	if f == nil {
		f = &factory{}
	}
	f.streams = s
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.Err, "actorgraph: internal error: %v\n", r)
			if s.Getenv("ACTORGRAPH_DEBUG") != "" {
				s.Err.Write(debug.Stack())
			}
			code = ExitFailure
		}
	}()
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	c, err := root.ExecuteContextC(ctx)
	return exitCode(err, c, s.Err)
}

// newRootCmd returns the actorgraph command with its subcommands.
func newRootCmd(f *factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "Turn news articles into a knowledge graph of geopolitical actors in Neo4j",
		Long: `actorgraph reads news articles, extracts the geopolitical actors they name
(countries, people, cities, regions, organisations) and what they did to each
other (met, called, accused, bombed, ...), and loads the result into Neo4j.

The graph model (labels, ids, relationship types with their CAMEO roots,
provenance and modality) is described in docs/graph-model.md of the
repository; actorgraph query --list lists the canned questions.

Configuration comes from, highest first: flags, ACTORGRAPH_* environment
variables (ACTORGRAPH_NEO4J_URI, ...), NEO4J_URI / NEO4J_USERNAME /
NEO4J_PASSWORD, the config file (--config, else ./config.yaml), defaults.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return &usageError{errors.New("missing command")}
		},
	}
	addGlobalFlags(root, f)
	root.AddCommand(newExtractCmd(f, nil), newIngestCmd(f, nil), newSchemaCmd(f, nil), newQueryCmd(f, nil),
		newExportCmd(f, nil), newRetractCmd(f, nil))
	return root
}

// addGlobalFlags adds the flags every command takes to root.
func addGlobalFlags(root *cobra.Command, f *factory) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&f.configPath, "config", "", "config file (default ./config.yaml when present)")
	pf.BoolVarP(&f.quiet, "quiet", "q", false, "print no progress and no summary")
	pf.String("neo4j-uri", "", "Neo4j URI (default bolt://127.0.0.1:7687)")
	pf.String("neo4j-user", "", "Neo4j user (default neo4j)")
	pf.String("neo4j-database", "", "Neo4j database (default neo4j)")
	root.CompletionOptions.DisableDefaultCmd = true
}

// runE marks the errors of a command's run function, for exitCode.
func runE(fn func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		if err := fn(c, args); err != nil {
			return &runError{err}
		}
		return nil
	}
}

func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unknown command %q for %q", args[0], c.CommandPath())
	}
	return nil
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s: missing %s", c.CommandPath(), what)
		}
		return nil
	}
}
