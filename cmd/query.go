package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/queries"
)

// queryOptions are the inputs of one query run.
type queryOptions struct {
	f      *factory
	Name   string
	List   bool
	Params map[string]string
	Format string // table, json or csv
	Config Config
}

// newQueryCmd returns the query command. runF, when set, replaces runQuery.
func newQueryCmd(f *factory, runF func(context.Context, *queryOptions) error) *cobra.Command {
	opts := &queryOptions{f: f}
	var params []string
	c := &cobra.Command{
		Use:   "query NAME [--param key=value ...] | query --list",
		Short: "Run a canned query against the graph",
		Long: `query runs one of the canned Cypher queries of the queries/ folder and prints
its rows as a table (default), JSON or CSV. query --list names them, with
their parameters.`,
		Example: `  actorgraph query --list
  actorgraph query meetings --param from=2016-10-01 --param actor=Kerry
  actorgraph query countries-met --format csv`,
		Args: func(c *cobra.Command, args []string) error {
			switch {
			case opts.List && len(args) > 0:
				return usagef("%s: --list takes no query name", c.CommandPath())
			case !opts.List && len(args) != 1:
				return usagef("%s: want one query NAME, or --list", c.CommandPath())
			}
			return nil
		},
		RunE: runE(func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			switch opts.Format {
			case "table", "json", "csv":
			default:
				return usagef("--format %q: want table, json or csv", opts.Format)
			}
			var err error
			if opts.Params, err = parseParams(opts.Name, params); err != nil {
				return err
			}
			if !opts.List {
				// Unknown queries and bad values are refused before Neo4j is
				// asked, in one line.
				q, err := queries.Get(opts.Name)
				if err != nil {
					return &briefUsageError{err, "run `actorgraph query --list` for what each answers"}
				}
				if _, err := q.Bind(opts.Params); err != nil {
					return &briefUsageError{err, fmt.Sprintf("run `actorgraph query %s --help` for its parameters", q.Name)}
				}
			}
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return runQuery(c.Context(), opts)
		}),
	}
	defaultHelp := c.HelpFunc()
	c.SetHelpFunc(func(c *cobra.Command, args []string) {
		if q, err := queries.Get(c.Flags().Arg(0)); err == nil {
			writeQueryHelp(c.OutOrStdout(), q)
			fmt.Fprintf(c.OutOrStdout(), "\nFlags:\n%s\nGlobal Flags:\n%s", c.LocalFlags().FlagUsages(), c.InheritedFlags().FlagUsages())
			return
		}
		defaultHelp(c, args)
	})
	fl := c.Flags()
	fl.BoolVarP(&opts.List, "list", "l", false, "list the canned queries and their parameters")
	fl.StringArrayVarP(&params, "param", "p", nil, "query parameter key=value (repeatable)")
	fl.StringVarP(&opts.Format, "format", "f", "table", "output format: table, json or csv")
	return c
}

// parseParams reads the --param key=value flags of query name.
func parseParams(name string, params []string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range params {
		k, v, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(k) == "" {
			hint := "run `actorgraph query --list` for the queries and their parameters"
			if _, err := queries.Get(name); err == nil {
				hint = fmt.Sprintf("run `actorgraph query %s --help` for its parameters", name)
			}
			return nil, &briefUsageError{fmt.Errorf("--param %q: want key=value", p), hint}
		}
		out[strings.TrimSpace(k)] = v
	}
	return out, nil
}

// runQuery lists the queries or runs one and prints its rows.
func runQuery(ctx context.Context, opts *queryOptions) (err error) {
	f := opts.f
	if opts.List {
		tw := tabwriter.NewWriter(f.Out, 0, 4, 2, ' ', 0)
		for _, q := range queries.List() {
			answers := q.Answers
			if q.Graph {
				answers += " [draws a graph: Neo4j Browser, export --query " + q.Name + "]"
			}
			fmt.Fprintf(tw, "%s\t%s\n", q.Name, answers)
			writeParams(tw, q, "\t  ")
		}
		return tw.Flush()
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
	res, err := cn.query(ctx, opts.Name, opts.Params)
	if err != nil {
		if errors.Is(err, queries.ErrBadParam) || errors.Is(err, queries.ErrUnknownQuery) {
			return &briefUsageError{err, fmt.Sprintf("run `actorgraph query %s --help` for its parameters", opts.Name)}
		}
		return withDB(opts.Config, err)
	}
	switch opts.Format {
	case "json":
		return queries.FormatJSON(f.Out, res)
	case "csv":
		return queries.FormatCSV(f.Out, res)
	}
	if err := queries.FormatTable(f.Out, res); err != nil {
		return err
	}
	if !f.quiet {
		fmt.Fprintf(f.Err, "query %s: %d rows\n", opts.Name, len(res.Rows))
	}
	return nil
}

// writeParams writes one line per parameter of q, each after indent.
func writeParams(w io.Writer, q queries.Query, indent string) {
	for _, p := range q.Params {
		def := "required"
		if !p.Required {
			def = "default " + p.Default
		}
		fmt.Fprintf(w, "%s--param %s=<%s>  %s (%s)\n", indent, p.Name, p.Kind(), p.Doc, def)
	}
}

// writeQueryHelp is the help of `query NAME --help`: what the query answers
// and its parameters.
func writeQueryHelp(w io.Writer, q queries.Query) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "query %s: %s\n\nUsage:\n  actorgraph query %s [--param key=value ...] [--format table|json|csv]\n", q.Name, q.Answers, q.Name)
	if len(q.Params) > 0 {
		fmt.Fprintf(tw, "\nParameters:\n")
		writeParams(tw, q, "  ")
	}
	tw.Flush()
}
