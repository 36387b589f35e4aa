package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/schema"
)

// schemaOptions are the inputs of one schema run.
type schemaOptions struct {
	f      *factory
	Action string // apply or show
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
		Use:   "schema apply|show",
		Short: "Create the graph's constraints and indexes, or print them",
		Long: `schema apply creates the unique constraints and indexes of the actor graph in
Neo4j and gives the actors of a graph an older actorgraph loaded their look-up
keys and event counters, counted from their events (idempotent; ingest does it
too). schema show prints the statements.

After a neo4j-admin import of the files of export --format neo4j-admin, run
schema apply --after-import: it also sets the list properties that CSV files
cannot hold when empty (aliases, evidence, ...) to [], as ingest would have
(it reads every entity and edge once; make bulk-load runs it).`,
		Example: "  actorgraph schema show\n  actorgraph schema apply\n  actorgraph schema apply --after-import",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 || (args[0] != "apply" && args[0] != "show") {
				return usagef("%s: want apply or show", c.CommandPath())
			}
			return nil
		},
		ValidArgs: []string{"apply", "show"},
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
