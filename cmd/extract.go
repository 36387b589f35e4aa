package cmd

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/schema"
)

// extractOptions are the inputs of one extract run.
type extractOptions struct {
	f      *factory
	Paths  []string
	Format string // json, jsonl or text
	Config Config
}

// newExtractCmd returns the extract command. runF, when set, replaces
// runExtract (tests use it to check the parsed options).
func newExtractCmd(f *factory, runF func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{f: f}
	c := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the actors and relations found in articles, without a database",
		Long: `extract reads articles (files, folders, or - for stdin), extracts their actors
and relations, and prints them:

  --format json   (the default) the graph of all articles merged into one
                  extraction JSON document (fields as in docs/graph-model.md).
                  The merged graph is held in memory until the end: about
                  45 KB per article (470 MB peak RSS for 10,000 articles,
                  2.2 GB for 50,000); use jsonl for large inputs.
  --format jsonl  one extraction JSON document per line, one line per
                  article, in input order, written as each article is done:
                  memory stays flat however many articles are read. Entities
                  and relations are not merged across lines.
  --format text   the merged graph as a readable list.

It never opens Neo4j. Messages and the summary go to stderr.`,
		Example: `  actorgraph extract examples/articles
  actorgraph extract --format json --published 2016-10-12 article.txt
  actorgraph extract --format jsonl feed.jsonl > graphs.jsonl
  cat feed.jsonl | actorgraph extract --format text -`,
		Args: minArgs(1, "PATH (a file, a folder or - for stdin)"),
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Format != "json" && opts.Format != "jsonl" && opts.Format != "text" {
				return usagef("--format %q: want json, jsonl or text", opts.Format)
			}
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return runExtract(c.Context(), opts)
		}),
	}
	fl := c.Flags()
	fl.StringVarP(&opts.Format, "format", "f", "json", "output format: json (merged), jsonl (one article a line, flat memory) or text")
	fl.String("published", "", "date (YYYY-MM-DD) of articles that carry none")
	fl.Int("workers", 0, "parallel extraction workers (default one per CPU)")
	fl.Int("max-article-bytes", 0, "largest article read, in bytes; a larger one fails alone (default 2 MiB)")
	fl.StringSlice("dictionary", nil, "YAML file of custom actors and verbs (repeatable)")
	return c
}

// runExtract extracts every article and prints the merged graph.
func runExtract(ctx context.Context, opts *extractOptions) error {
	f := opts.f
	t := tally{start: time.Now()}
	p, err := ingest.NewPipeline(ingest.Options{Dictionaries: opts.Config.Extract.Dictionaries, Published: opts.Config.Ingest.Published})
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	bar := newProgress(f.Err, f.ErrTTY && !f.quiet, "extract")
	params := &extractParams{
		paths: opts.Paths, stdin: f.In, workers: opts.Config.Ingest.Workers,
		pipeline:   p,
		maxArticle: opts.Config.Ingest.MaxArticleBytes, bar: bar,
	}
	var merged *graph.Graph
	var lines *jsonlWriter
	use := func(g *graph.Graph) error { merged.Merge(g); return nil }
	if opts.Format == "jsonl" {
		lines = newJSONLWriter(f.Out)
		use = func(g *graph.Graph) error {
			e, r := counts(g)
			t.entities, t.relations = t.entities+e, t.relations+r
			return lines.write(g)
		}
	} else {
		merged = graph.New()
	}
	params.sink = graphSink(ctx, &t, bar, f.Err, use)
	bar.start(opts.Paths)
	err = extractAll(ctx, params)
	bar.finish()
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	if lines != nil {
		err = errors.Join(err, lines.flush())
	} else {
		t.entities, t.relations = counts(merged)
	}
	if !f.quiet {
		fmt.Fprintln(f.Err, t.summary("extract", errors.Is(err, errInterrupted)))
	}
	if err != nil {
		return err
	}
	if err := params.nothingRead(t); err != nil {
		return err
	}
	switch opts.Format {
	case "text":
		err = writeText(f.Out, merged)
	case "json":
		err = merged.WriteJSON(f.Out)
	}
	return errors.Join(err, params.missingPaths())
}

// jsonlWriter writes one article's extraction JSON a line.
type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc}
}

// write writes the extraction JSON of g as one line.
func (l *jsonlWriter) write(g *graph.Graph) error {
	if err := l.enc.Encode(g.Extraction()); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

func (l *jsonlWriter) flush() error {
	if err := l.w.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// counts returns the number of entities and of relations other than
// MENTIONS in g.
func counts(g *graph.Graph) (entities, relations int) {
	entities, _ = g.Len()
	for _, e := range g.Edges() {
		if e.Type != schema.Mentions {
			relations++
		}
	}
	return entities, relations
}

// writeText prints g as a readable list: articles, entities by type, then
// relations with their evidence.
func writeText(w io.Writer, g *graph.Graph) error {
	var b strings.Builder
	x := g.Extraction()
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	fmt.Fprintf(&b, "Articles (%d)\n", len(x.Articles))
	for _, a := range x.Articles {
		fmt.Fprintf(&b, "  %s  %s  %q\n", a.ID, orDash(a.Published), a.Title)
	}
	byType := map[string][]graph.Entity{}
	for _, e := range x.Entities {
		byType[e.Type] = append(byType[e.Type], e)
	}
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(&b, "\nEntities (%d)\n", len(x.Entities))
	for _, t := range types {
		fmt.Fprintf(&b, "  %s\n", t)
		for _, e := range byType[t] {
			fmt.Fprintf(&b, "    %-28s %s", e.Name, e.ID)
			if len(e.Aliases) > 0 {
				fmt.Fprintf(&b, "  (also: %s)", strings.Join(e.Aliases, ", "))
			}
			b.WriteByte('\n')
		}
	}
	var rels []graph.Relation
	for _, r := range x.Relations {
		if r.Type != string(schema.Mentions) {
			rels = append(rels, r)
		}
	}
	fmt.Fprintf(&b, "\nRelations (%d)\n", len(rels))
	for _, r := range rels {
		name := func(id string) string {
			if n, ok := names[id]; ok {
				return n
			}
			return id
		}
		fmt.Fprintf(&b, "  %s -[%s]-> %s", name(r.Source), r.Type, name(r.Target))
		var attrs []string
		if r.Date != "" {
			attrs = append(attrs, r.Date)
		}
		if r.Modality != "" {
			attrs = append(attrs, r.Modality)
		}
		if t, ok := r.Properties["title"].(string); ok {
			attrs = append(attrs, "title "+t)
		}
		attrs = append(attrs, fmt.Sprintf("confidence %.2f", r.Confidence))
		if r.Rule != "" {
			attrs = append(attrs, "rule "+r.Rule)
		}
		fmt.Fprintf(&b, "  (%s)\n", strings.Join(attrs, ", "))
		for _, e := range r.Evidence {
			fmt.Fprintf(&b, "      %q\n", e)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
