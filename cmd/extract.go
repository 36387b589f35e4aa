package cmd

import (
	"context"
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
	Format string // json or text
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
and relations, and prints them merged into one graph: the extraction JSON
(--format json, the default; fields as in docs/graph-model.md) or a readable
list (--format text).
It never opens Neo4j. Messages and the summary go to stderr.`,
		Example: `  actorgraph extract examples/articles
  actorgraph extract --format json --published 2016-10-12 article.txt
  cat feed.jsonl | actorgraph extract --format text -`,
		Args: minArgs(1, "PATH (a file, a folder or - for stdin)"),
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Format != "json" && opts.Format != "text" {
				return usagef("--format %q: want json or text", opts.Format)
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
	fl.StringVarP(&opts.Format, "format", "f", "json", "output format: json or text")
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
	p, err := ingest.NewPipeline(ingest.Options{Dictionaries: opts.Config.Extract.Dictionaries})
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	bar := newProgress(f.Err, f.ErrTTY && !f.quiet, "extract")
	merged := graph.New()
	params := &extractParams{
		paths: opts.Paths, stdin: f.In, workers: opts.Config.Ingest.Workers,
		published: opts.Config.Ingest.Published, pipeline: p,
		maxArticle: opts.Config.Ingest.MaxArticleBytes, bar: bar,
	}
	params.sink = func(j job) error {
		defer bar.Extracted(1)
		switch {
		case j.err != nil && ctx.Err() != nil:
			// interrupted: dropped
		case j.err != nil:
			t.failed++
			bar.printf(f.Err, "actorgraph: %v\n", j.err)
		default:
			t.read++
			merged.Merge(j.graph)
		}
		return nil
	}
	bar.start(opts.Paths)
	err = extractAll(ctx, params)
	bar.finish()
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	t.entities, t.relations = counts(merged)
	if !f.quiet {
		fmt.Fprintln(f.Err, t.summary("extract", errors.Is(err, errInterrupted)))
	}
	if err != nil {
		return err
	}
	if err := params.nothingRead(t); err != nil {
		return err
	}
	if opts.Format == "text" {
		err = writeText(f.Out, merged)
	} else {
		err = merged.WriteJSON(f.Out)
	}
	return errors.Join(err, params.missingPaths())
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
