package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/schema"
)

// schemaOptions are the inputs of one schema run.
type schemaOptions struct {
	f      *factory
	Action string // apply, show or warm-up
	// AfterImport also gives a graph neo4j-admin imported the empty lists
	// its CSV files cannot hold.
	AfterImport bool
	Config      Config
}

// newSchemaCmd returns the schema command. runF, when set, replaces
// runSchema.
func newSchemaCmd(f *factory, runF func(context.Context, *schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{f: f}
	c := &cobra.Command{
		Use:   "schema apply|show|warm-up",
		Short: "Create the graph's constraints and indexes, print them, or warm up the server's write plans",
		Long: `schema apply creates the unique constraints and indexes of the actor graph in
Neo4j and gives the actors of a graph an older actorgraph loaded their look-up
keys and event counters, counted from their events (idempotent; ingest does it
too). schema show prints the statements.

After a neo4j-admin import of the files of export --format neo4j-admin, run
schema apply --after-import: it also sets the list properties that CSV files
cannot hold when empty (aliases, evidence, ...) to [], as ingest would have
(it reads every entity and edge once; make bulk-load runs it).

schema warm-up applies the schema, then has the server compile every write
statement ingest and retract can issue (one per entity label and per
relationship type of the ontology, whatever the articles) by running each
once on a synthetic article in a transaction that is rolled back: nothing
changes. A fresh server otherwise spends about a second of CPU per statement
at the first ingest; make neo4j-start runs it.`,
		Example: "  actorgraph schema show\n  actorgraph schema apply\n  actorgraph schema apply --after-import\n  actorgraph schema warm-up",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 || (args[0] != "apply" && args[0] != "show" && args[0] != "warm-up") {
				return usagef("%s: want apply, show or warm-up", c.CommandPath())
			}
			return nil
		},
		ValidArgs: []string{"apply", "show", "warm-up"},
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Action = args[0]
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return runSchema(c.Context(), opts)
		}),
	}
	c.Flags().BoolVar(&opts.AfterImport, "after-import", false, "also set the empty lists that a neo4j-admin import of export --format neo4j-admin files lacks")
	return c
}

// runSchema prints or applies the schema statements.
func runSchema(ctx context.Context, opts *schemaOptions) (err error) {
	f := opts.f
	stmts := schema.Statements()
	if opts.Action == "show" {
		for _, s := range stmts {
			fmt.Fprintf(f.Out, "%s;\n", strings.TrimSuffix(strings.TrimSpace(s), ";"))
		}
		return nil
	}
	cn, err := f.open(ctx, opts.Config)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cn.close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	if err := cn.writer.ApplySchema(ctx); err != nil {
		return withDB(opts.Config, fmt.Errorf("apply schema: %w", err))
	}
	if opts.Action == "warm-up" {
		return warmUp(ctx, opts, cn)
	}
	if opts.AfterImport {
		fi, ok := cn.writer.(interface {
			FinishImport(context.Context) (int, error)
		})
		if !ok {
			return errors.New("schema apply --after-import: not supported by this database connection")
		}
		n, err := fi.FinishImport(ctx)
		if err != nil {
			return withDB(opts.Config, err)
		}
		if !f.quiet {
			fmt.Fprintf(f.Err, "schema: set %d empty list properties of the imported graph\n", n)
		}
	}
	if !f.quiet {
		fmt.Fprintf(f.Err, "schema: applied %d statements to %s (database %s)\n", len(stmts), opts.Config.Neo4j.URI, opts.Config.Neo4j.Database)
	}
	return nil
}

// warmUp runs the warm-up of the write plans (graph.Writer.WarmUp).
func warmUp(ctx context.Context, opts *schemaOptions, cn *conn) error {
	wu, ok := cn.writer.(interface {
		WarmUp(context.Context) (int, error)
	})
	if !ok {
		return errors.New("schema warm-up: not supported by this database connection")
	}
	start := time.Now()
	n, err := wu.WarmUp(ctx)
	if err != nil {
		return withDB(opts.Config, fmt.Errorf("warm up the write plans: %w", err))
	}
	if !opts.f.quiet {
		fmt.Fprintf(opts.f.Err, "schema: compiled %d write statements on %s (database %s) in %.1fs; nothing kept\n",
			n, opts.Config.Neo4j.URI, opts.Config.Neo4j.Database, time.Since(start).Seconds())
	}
	return nil
}
