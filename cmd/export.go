package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/queries"
)

// exportOptions are the inputs of one export run.
type exportOptions struct {
	f      *factory
	Format string   // graphml, csv or neo4j-admin
	Paths  []string // neo4j-admin: the articles to extract
	Query  string   // a graph-returning query; empty for the whole graph
	Params map[string]string
	Out    string // graphml: a file, "" or "-" for stdout; csv: a folder
	Config Config
}

// newExportCmd returns the export command. runF, when set, replaces
// runExport.
func newExportCmd(f *factory, runF func(context.Context, *exportOptions) error) *cobra.Command {
	opts := &exportOptions{f: f}
	var params []string
	c := &cobra.Command{
		Use:   "export --format graphml|csv|neo4j-admin [--query NAME --param key=value ...] [--out FILE|DIR] [PATH...]",
		Short: "Write the graph, or the subgraph a query draws, as GraphML or CSV; or articles' graph as neo4j-admin import files",
		Long: `export writes the whole graph, or the subgraph that a graph-returning query
draws (--query), with every property of nodes and edges, provenance included
(articles, sources, evidence, rules, modality, date, date_precision,
confidence):

  --format graphml  one GraphML file (Gephi, yEd, igraph, NetworkX), to --out
                    FILE or to stdout
  --format csv      nodes.csv (id, labels, properties) and edges.csv (from,
                    to, type, properties) in the folder --out DIR

Lists (evidence, articles, aliases, ...) are written as JSON arrays, a point
as lat and lon. The whole graph is streamed from the database, not held in
memory. The graph-returning queries are marked "returns: graph" in query
--list.

  --format neo4j-admin --out DIR PATH...
                    the bulk path for a first load: extracts the articles
                    PATH... (no database is opened) and writes the node and
                    relationship CSV files of "neo4j-admin database import
                    full" into DIR, with the very properties ingest would
                    write (tallies, contributions on Article nodes, name
                    keys), so that later ingest, updates and retractions work
                    on the imported graph. neo4j-admin imports only into an
                    EMPTY database: on Community, --overwrite-destination
                    REPLACES the whole neo4j database. make bulk-load
                    INPUT=... does it all against the local server. Entities
                    and edges are held in memory until the end (articles and
                    MENTIONS are streamed); an article id given twice with
                    other content is an error.`,
		Example: `  actorgraph export --format graphml --out actorgraph.graphml
  actorgraph export --format csv --out export/
  actorgraph export --format graphml --query neighbourhood --param name=Kerry > kerry.graphml
  actorgraph export --format neo4j-admin --published 2016-10-16 --out import/ feed.jsonl`,
		Args: func(c *cobra.Command, args []string) error {
			if opts.Format == "neo4j-admin" {
				return minArgs(1, "PATH (the articles to extract: a file, a folder or - for stdin)")(c, args)
			}
			return noArgs(c, args)
		},
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.check(params); err != nil {
				return err
			}
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			if opts.Format == "neo4j-admin" {
				return runBulkExport(c.Context(), opts)
			}
			return runExport(c.Context(), opts)
		}),
	}
	fl := c.Flags()
	fl.StringVarP(&opts.Format, "format", "f", "graphml", "output format: graphml, csv or neo4j-admin")
	fl.StringVar(&opts.Query, "query", "", "export the subgraph of this graph-returning query instead of the whole graph")
	fl.StringArrayVarP(&params, "param", "p", nil, "query parameter key=value (repeatable; with --query)")
	fl.StringVarP(&opts.Out, "out", "o", "", "graphml: output file (default stdout); csv, neo4j-admin: output folder (required)")
	fl.String("published", "", "neo4j-admin: date (YYYY-MM-DD) of articles that carry none")
	fl.Int("workers", 0, "neo4j-admin: parallel extraction workers (default one per CPU)")
	fl.Int("max-article-bytes", 0, "neo4j-admin: largest article read, in bytes (default 2 MiB)")
	fl.StringSlice("dictionary", nil, "neo4j-admin: YAML file of custom actors and verbs (repeatable)")
	return c
}

// check validates the flags and reads the params.
func (opts *exportOptions) check(params []string) error {
	switch opts.Format {
	case "graphml":
	case "csv":
		if opts.Out == "" || opts.Out == "-" {
			return usagef("--format csv writes nodes.csv and edges.csv: give the folder with --out DIR")
		}
	case "neo4j-admin":
		if opts.Out == "" || opts.Out == "-" {
			return usagef("--format neo4j-admin writes CSV files for neo4j-admin import: give the folder with --out DIR")
		}
		if opts.Query != "" || len(params) > 0 {
			return usagef("--format neo4j-admin exports the articles PATH..., not a query")
		}
		return nil
	default:
		return usagef("--format %q: want graphml, csv or neo4j-admin", opts.Format)
	}
	var err error
	if opts.Params, err = parseParams(opts.Query, params); err != nil {
		return err
	}
	if opts.Query == "" {
		if len(opts.Params) > 0 {
			return usagef("--param needs --query")
		}
		return nil
	}
	q, err := queries.Get(opts.Query)
	if err != nil {
		return &briefUsageError{err, "run `actorgraph query --list` for what each answers"}
	}
	if !q.Graph {
		var names []string
		for _, q := range queries.List() {
			if q.Graph {
				names = append(names, q.Name)
			}
		}
		return usagef("--query %s returns rows, not a graph: export takes one of %s", q.Name, strings.Join(names, ", "))
	}
	if _, err := q.Bind(opts.Params); err != nil {
		return &briefUsageError{err, fmt.Sprintf("run `actorgraph query %s --help` for its parameters", q.Name)}
	}
	return nil
}

// runExport streams the graph or the query's subgraph to the output.
func runExport(ctx context.Context, opts *exportOptions) (err error) {
	f := opts.f
	cn, err := f.open(ctx, opts.Config)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cn.close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	out, err := newExportOutput(f.Out, opts.Format, opts.Out)
	if err != nil {
		return err
	}
	if err := cn.export(ctx, opts.Query, opts.Params, out.sink); err != nil {
		out.abort()
		if errors.Is(err, queries.ErrBadParam) || errors.Is(err, queries.ErrUnknownQuery) {
			return &briefUsageError{err, fmt.Sprintf("run `actorgraph query %s --help` for its parameters", opts.Query)}
		}
		return withDB(opts.Config, err)
	}
	if err := out.commit(); err != nil {
		return err
	}
	if !f.quiet {
		nodes, edges := out.counts()
		fmt.Fprintf(f.Err, "export: %d nodes, %d edges -> %s\n", nodes, edges, out.where)
	}
	return nil
}

// exportOutput is where an export goes: files are written under temporary
// names and renamed into place only when the export succeeds.
type exportOutput struct {
	sink   queries.Sink
	files  []*os.File
	final  []string
	where  string
	counts func() (int, int)
}

func newExportOutput(stdout io.Writer, format, out string) (*exportOutput, error) {
	o := &exportOutput{}
	if format == "graphml" && (out == "" || out == "-") {
		g := queries.NewGraphML(stdout)
		o.sink, o.where, o.counts = g, "stdout", func() (int, int) { return g.Nodes, g.Edges }
		return o, nil
	}
	names := []string{out}
	if format == "csv" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return nil, fmt.Errorf("export: create folder %s: %w", out, err)
		}
		names = []string{filepath.Join(out, "nodes.csv"), filepath.Join(out, "edges.csv")}
	}
	for _, name := range names {
		fh, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
		if err != nil {
			o.abort()
			return nil, fmt.Errorf("export: create %s: %w", name, err)
		}
		o.files, o.final = append(o.files, fh), append(o.final, name)
	}
	if format == "csv" {
		c := queries.NewCSV(o.files[0], o.files[1])
		o.sink, o.where, o.counts = c, out, func() (int, int) { return c.Nodes, c.Edges }
	} else {
		g := queries.NewGraphML(o.files[0])
		o.sink, o.where, o.counts = g, out, func() (int, int) { return g.Nodes, g.Edges }
	}
	return o, nil
}

// commit closes the temporary files and renames them into place.
func (o *exportOutput) commit() error {
	for i, fh := range o.files {
		if err := fh.Close(); err != nil {
			o.abort()
			return fmt.Errorf("export: write %s: %w", o.final[i], err)
		}
	}
	for i, fh := range o.files {
		if err := os.Rename(fh.Name(), o.final[i]); err != nil {
			o.abort()
			return fmt.Errorf("export: write %s: %w", o.final[i], err)
		}
	}
	return nil
}

// abort removes the temporary files.
func (o *exportOutput) abort() {
	for _, fh := range o.files {
		fh.Close()
		os.Remove(fh.Name())
	}
}
