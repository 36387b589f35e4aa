package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/schema"
)

// ingestOptions are the inputs of one ingest run.
type ingestOptions struct {
	f     *factory
	Paths []string
	Force bool // extract and write even articles already loaded
	// LogBatches prints one line per written batch to stderr (benchmarks).
	LogBatches bool
	Config     Config
}

// newIngestCmd returns the ingest command. runF, when set, replaces
// runIngest.
func newIngestCmd(f *factory, runF func(context.Context, *ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{f: f}
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and load their graph into Neo4j",
		Long: `ingest reads articles (files, folders, or - for stdin), skips those already
loaded with the same content, extracts the rest in parallel workers and loads
them through one writer, in transactions of load.batch_size articles: each
article is committed whole or not at all. The schema is applied first.
Ctrl-C stops reading, lets the current batch finish, and exits with code 130.`,
		Example: `  actorgraph ingest examples/articles
  actorgraph ingest --workers 4 --batch-size 50 feed.jsonl
  cat article.txt | actorgraph ingest --published 2016-10-12 -`,
		Args: minArgs(1, "PATH (a file, a folder or - for stdin)"),
		RunE: runE(func(c *cobra.Command, args []string) error {
			opts.Paths = args
			cfg, err := f.config(c)
			if err != nil {
				return err
			}
			opts.Config = cfg
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return runIngest(c.Context(), opts)
		}),
	}
	fl := c.Flags()
	fl.BoolVar(&opts.Force, "force", false, "extract and write articles even when already loaded with the same content")
	fl.String("published", "", "date (YYYY-MM-DD) of articles that carry none")
	fl.Int("workers", 0, "parallel extraction workers (default one per CPU)")
	fl.Int("max-article-bytes", 0, "largest article read, in bytes; a larger one fails alone (default 2 MiB)")
	fl.Int("batch-size", 0, "articles per write transaction (default 200)")
	fl.StringSlice("dictionary", nil, "YAML file of custom actors and verbs (repeatable)")
	fl.BoolVar(&opts.LogBatches, "log-batches", false, "print a line per written batch: articles written so far and seconds since the start")
	return c
}

// runIngest loads the articles of opts.Paths into Neo4j.
func runIngest(ctx context.Context, opts *ingestOptions) (err error) {
	f, cfg := opts.f, opts.Config
	t := tally{start: time.Now()}
	p, err := ingest.NewPipeline(ingest.Options{Dictionaries: cfg.Extract.Dictionaries})
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	cn, err := f.open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cn.close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	if err := cn.writer.ApplySchema(ctx); err != nil {
		return withDB(cfg, fmt.Errorf("apply schema: %w", err))
	}
	w := &batcher{w: cn.writer, size: cfg.Load.BatchSize, entities: map[string]bool{}, relations: map[graph.Key]bool{}}
	if opts.LogBatches {
		w.log = func() {
			fmt.Fprintf(f.Err, "ingest: batch %d written: %d articles in %.3fs\n", w.batches, w.written, time.Since(t.start).Seconds())
		}
	}
	bar := newProgress(f.Err, f.ErrTTY && !f.quiet, "ingest")
	params := &extractParams{
		paths: opts.Paths, stdin: f.In, workers: cfg.Ingest.Workers,
		published: cfg.Ingest.Published, pipeline: p, maxArticle: cfg.Ingest.MaxArticleBytes,
		// Events are stored with a date; an undated article has none to give.
		check: func(a ingest.Article) error {
			if a.Published == "" {
				return fmt.Errorf("read %s: article has no published date: give one in the file, or use --published or ingest.published", where(a))
			}
			return nil
		},
	}
	if !opts.Force {
		params.skip = func(ctx context.Context, a ingest.Article) (bool, error) {
			id, sha := ingest.ArticleKey(a)
			seen, err := cn.writer.Seen(ctx, id, sha)
			if err != nil {
				return false, fmt.Errorf("look up %s: %w", where(a), err)
			}
			return seen, nil
		}
	}
	// A write in progress when Ctrl-C comes is let finish: nothing is half
	// written either way, since each batch is one transaction.
	writeCtx := context.WithoutCancel(ctx)
	report := func(err error) {
		bar.clear()
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		for _, e := range errs {
			fmt.Fprintf(f.Err, "actorgraph: %v\n", e)
		}
	}
	params.sink = func(j job) error {
		defer func() { bar.update(t.read+t.failed, int(params.queued.Load()), false) }()
		switch {
		case j.err != nil && ctx.Err() != nil:
			return nil // interrupted before extraction: not counted
		case j.err != nil && isDBFatal(j.err):
			t.failed++
			return withDB(cfg, j.err)
		case j.err != nil:
			t.failed++
			report(j.err)
			return nil
		case j.skipped:
			t.read++
			t.skipped++
			return nil
		}
		t.read++
		failed, err := w.add(writeCtx, j.graph)
		t.failed += failed
		if err != nil {
			if isDBFatal(err) {
				return withDB(cfg, err)
			}
			report(err)
		}
		return nil
	}
	err = extractAll(ctx, params)
	if err == nil {
		failed, ferr := w.flush(writeCtx)
		t.failed += failed
		if ferr != nil {
			if isDBFatal(ferr) {
				err = withDB(cfg, ferr)
			} else {
				report(ferr)
			}
		}
	} else {
		t.failed += w.pending // the unsent batch is not written
	}
	bar.clear()
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	t.entities, t.relations = len(w.entities), len(w.relations)
	if !f.quiet {
		fmt.Fprintln(f.Err, t.summary("ingest", errors.Is(err, errInterrupted)))
	}
	if w.legacy > 0 {
		fmt.Fprintf(f.Err, "actorgraph: %s\n", unrecordedNote(w.legacy, "replaced"))
	}
	if err != nil {
		return err
	}
	if err := params.nothingRead(t); err != nil {
		return err
	}
	if w.written == 0 && t.skipped < t.read {
		return &silentError{code: ExitFailure, err: errors.New("no article could be written")}
	}
	return params.missingPaths()
}

// isDBFatal reports errors after which no later write can succeed.
func isDBFatal(err error) bool {
	return errors.Is(err, graph.ErrUnavailable) || errors.Is(err, graph.ErrAuth)
}

// batcher is the one serial writer: it merges articles' graphs into a batch
// and writes the batch in one transaction when it holds size articles.
type batcher struct {
	w         writer
	size      int
	batch     *graph.Graph
	parts     []*graph.Graph // the articles' graphs in batch
	pending   int            // articles in batch
	written   int            // articles written
	batches   int
	entities  map[string]bool
	relations map[graph.Key]bool
	legacy    int    // replaced articles loaded with no record of what they gave
	log       func() // called after each batch written, when set
}

// add puts g in the batch and writes the batch when it is full. It returns
// the number of articles that failed.
func (b *batcher) add(ctx context.Context, g *graph.Graph) (int, error) {
	if b.batch == nil {
		b.batch = graph.New()
	}
	b.batch.Merge(g)
	b.parts = append(b.parts, g)
	b.pending++
	if b.pending < b.size {
		return 0, nil
	}
	return b.flush(ctx)
}

// flush writes the batch, if any, in one transaction, one graph per article
// so that an article loaded before is replaced exactly. When that fails for
// a reason other than the server, each article is written on its own, so
// that one bad article does not take its batch with it.
func (b *batcher) flush(ctx context.Context) (int, error) {
	if b.pending == 0 {
		return 0, nil
	}
	g, parts, n := b.batch, b.parts, b.pending
	b.batch, b.parts, b.pending = nil, nil, 0
	b.batches++
	st, err := b.w.Write(ctx, parts...)
	if err == nil {
		b.done(g, n)
		b.legacy += st.Unrecorded
		return 0, nil
	}
	err = fmt.Errorf("write batch %d (%d articles): %w", b.batches, n, err)
	if isDBFatal(err) || n == 1 {
		return n, err
	}
	failed, ok := 0, 0
	var errs []error
	for _, part := range parts {
		st, perr := b.w.Write(ctx, part)
		if perr != nil {
			if isDBFatal(perr) {
				return n - ok, perr
			}
			failed++
			errs = append(errs, fmt.Errorf("write %s: %w", articleIDs(part), perr))
			continue
		}
		b.done(part, 1)
		b.legacy += st.Unrecorded
		ok++
	}
	return failed, errors.Join(errs...)
}

// done counts what a successful write loaded.
func (b *batcher) done(g *graph.Graph, articles int) {
	b.written += articles
	if b.log != nil {
		defer b.log()
	}
	for _, node := range g.Nodes() {
		b.entities[node.ID] = true
	}
	for _, e := range g.Edges() {
		if e.Type != schema.Mentions {
			b.relations[e.Key()] = true
		}
	}
}

func articleIDs(g *graph.Graph) string {
	ids := make([]string, len(g.Articles))
	for i, a := range g.Articles {
		ids[i] = a.ID
	}
	return strings.Join(ids, ", ")
}
