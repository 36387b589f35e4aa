package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
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
	// DryRun rolls back every batch it writes.
	DryRun bool
	Config Config
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
	fl.BoolVar(&opts.DryRun, "dry-run", false, "write every batch in a transaction that is rolled back: checks the articles against the database and compiles the write plans they need (schema warm-up compiles all), changes nothing")
	fl.BoolVar(&opts.LogBatches, "log-batches", false, "print a line per written batch: articles written so far, seconds since the start and rows written so far")
	return c
}

// runIngest loads the articles of opts.Paths into Neo4j.
func runIngest(ctx context.Context, opts *ingestOptions) (err error) {
	f, cfg := opts.f, opts.Config
	t := tally{start: time.Now()}
	p, err := ingest.NewPipeline(ingest.Options{Dictionaries: cfg.Extract.Dictionaries, Published: cfg.Ingest.Published})
	if err != nil {
		return fmt.Errorf("build pipeline: %w", err)
	}
	// A signal before the articles are read still prints the summary.
	early := func(err error) error {
		if errors.Is(err, errInterrupted) && !f.quiet {
			fmt.Fprintln(f.Err, t.summary("ingest", true))
		}
		return err
	}
	cn, err := f.open(ctx, cfg)
	if err != nil {
		return early(err)
	}
	defer func() {
		if cerr := cn.close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	if err := cn.writer.ApplySchema(ctx); err != nil {
		if ctx.Err() != nil {
			return early(errInterrupted)
		}
		return withDB(cfg, fmt.Errorf("apply schema: %w", err))
	}
	bar := newProgress(f.Err, f.ErrTTY && !f.quiet, "ingest")
	w := &batcher{w: cn.writer, size: cfg.Load.BatchSize, dry: opts.DryRun, entities: map[string]bool{}, relations: map[graph.Key]bool{}, bar: bar}
	if opts.LogBatches {
		w.log = func() {
			fmt.Fprintf(f.Err, "ingest: batch %d written: %d articles in %.3fs, %d rows\n", w.batches, w.written, time.Since(t.start).Seconds(), w.rows)
		}
	}
	params := &extractParams{
		paths: opts.Paths, stdin: f.In, workers: cfg.Ingest.Workers,
		pipeline: p, maxArticle: cfg.Ingest.MaxArticleBytes, bar: bar,
		// Events are stored with a date; an undated article has none to give.
		check: needPublished(p),
	}
	if !opts.Force {
		params.skip = func(ctx context.Context, as []ingest.Article) ([]bool, error) {
			keys := make([]graph.Article, len(as))
			for i, a := range as {
				keys[i].ID, keys[i].ContentSHA256 = ingest.ArticleKey(a)
			}
			seen, err := cn.writer.SeenAll(ctx, keys)
			if err != nil {
				return nil, err
			}
			out := make([]bool, len(as))
			for i, k := range keys {
				out[i] = seen[k.ID]
			}
			return out, nil
		}
	}
	// A write in progress when Ctrl-C comes is let finish: nothing is half
	// written either way, since each batch is one transaction.
	writeCtx := context.WithoutCancel(ctx)
	report := func(err error) {
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		for _, e := range errs {
			bar.printf(f.Err, "actorgraph: %v\n", e)
		}
	}
	params.sink = func(j job) error {
		defer bar.Extracted(1)
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
		failed, err := w.add(j.graph)
		t.failed += failed
		if err != nil {
			if isDBFatal(err) {
				return withDB(cfg, err)
			}
			report(err)
		}
		return nil
	}
	w.start(writeCtx)
	bar.start(opts.Paths)
	err = extractAll(ctx, params)
	bar.Phase(phaseWrite)
	if err == nil {
		failed, ferr := w.flush()
		t.failed += failed
		if ferr != nil {
			if isDBFatal(ferr) {
				err = withDB(cfg, ferr)
			} else {
				report(ferr)
			}
		}
	} else {
		// The batch being filled is not written; those handed over are.
		failed, serr := w.stop()
		t.failed += failed
		if serr != nil && !isDBFatal(serr) {
			report(serr)
		}
	}
	bar.finish()
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	t.entities, t.relations = len(w.entities), len(w.relations)
	if !f.quiet {
		verb := "ingest"
		if opts.DryRun {
			verb = "ingest --dry-run (nothing kept)"
		}
		fmt.Fprintln(f.Err, t.summary(verb, errors.Is(err, errInterrupted)))
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
// and hands a full batch to its writing goroutine, which writes it in one
// transaction while extraction goes on. At most one full batch waits for
// the writer (a bounded queue): extraction is held up only when the
// database is slower than it. add and flush are called from one goroutine.
type batcher struct {
	w       writer
	size    int
	dry     bool // roll every write back
	batch   *graph.Graph
	parts   []*graph.Graph // the articles' graphs in batch
	pending int            // articles in batch
	queue   chan batch     // full batches, to the writing goroutine
	idle    chan struct{}  // closed when the writing goroutine has ended

	mu     sync.Mutex // guards failed, errs and fatal
	failed int        // articles that failed since the last take
	errs   []error
	fatal  error // a database error after which nothing is written

	// Touched by the writing goroutine only, until it has ended.
	written   int // articles written
	rows      int // UNWIND rows written (nodes, edges, mentions, articles)
	batches   int
	entities  map[string]bool
	relations map[graph.Key]bool
	legacy    int    // replaced articles loaded with no record of what they gave
	log       func() // called after each batch written, when set

	bar                *progress // shows the writes, when set
	sent, sentArticles int       // batches and articles handed to the writer (by add and flush)
}

// batch is what the writing goroutine writes in one transaction.
type batch struct {
	g     *graph.Graph // the merged graph, for the counts
	parts []*graph.Graph
	plan  *graph.Prepared // parts planned by the sender, when the writer can
}

// start starts the writing goroutine; it writes with ctx.
func (b *batcher) start(ctx context.Context) {
	b.queue, b.idle = make(chan batch, 1), make(chan struct{})
	go func() {
		defer close(b.idle)
		for bt := range b.queue {
			b.mu.Lock()
			fatal := b.fatal
			b.mu.Unlock()
			if fatal != nil {
				b.note(len(bt.parts), nil)
				continue
			}
			b.progress(1)
			b.note(b.write(ctx, bt))
			b.progress(0)
		}
	}()
}

// note records the outcome of a write.
func (b *batcher) note(failed int, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failed += failed
	switch {
	case err == nil:
	case isDBFatal(err) && b.fatal == nil:
		b.fatal = err
	case !isDBFatal(err):
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			b.errs = append(b.errs, j.Unwrap()...)
		} else {
			b.errs = append(b.errs, err)
		}
	}
}

// take returns the articles that failed and the errors of the writes done
// since the last take; a database error after which nothing can be written
// comes alone, and again at every take.
func (b *batcher) take() (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	failed, errs := b.failed, b.errs
	b.failed, b.errs = 0, nil
	if b.fatal != nil {
		return failed, b.fatal
	}
	return failed, errors.Join(errs...)
}

// add puts g in the batch and hands the batch to the writer when it is
// full. It returns the outcome of the writes finished since the last call.
func (b *batcher) add(g *graph.Graph) (int, error) {
	if b.batch == nil {
		b.batch = graph.New()
	}
	b.batch.Merge(g)
	b.parts = append(b.parts, g)
	b.pending++
	if b.pending >= b.size {
		b.send()
	}
	return b.take()
}

// send hands the batch, if any, to the writer.
func (b *batcher) send() {
	if b.pending == 0 {
		return
	}
	b.sent++
	b.sentArticles += b.pending
	b.bar.Queued(b.sent, b.sentArticles)
	bt := batch{g: b.batch, parts: b.parts}
	if p, ok := b.w.(preparer); ok && !b.dry {
		bt.plan = p.Prepare(bt.parts...)
	}
	b.queue <- bt
	b.batch, b.parts, b.pending = nil, nil, 0
}

// flush hands the last batch to the writer, waits until every batch is
// written and returns the outcome of the writes since the last take.
func (b *batcher) flush() (int, error) {
	b.send()
	return b.stop()
}

// stop drops the batch being filled, waits until the batches already
// handed over are written, and returns the outcome of the writes since the
// last take plus the articles dropped.
func (b *batcher) stop() (int, error) {
	dropped := b.pending
	b.batch, b.parts, b.pending = nil, nil, 0
	close(b.queue)
	<-b.idle
	failed, err := b.take()
	return failed + dropped, err
}

// progress shows the writes on the bar: the batch written is the last
// one written plus next.
func (b *batcher) progress(next int) {
	b.bar.Written(b.written, b.batches+next)
}

// write writes one batch in one transaction, one graph per article so that
// an article loaded before is replaced exactly. When that fails for a
// reason other than the server, each article is written on its own, so
// that one bad article does not take its batch with it. It returns the
// number of articles that failed.
func (b *batcher) write(ctx context.Context, bt batch) (int, error) {
	g, parts, n := bt.g, bt.parts, len(bt.parts)
	b.batches++
	var st graph.Stats
	var err error
	if p, ok := b.w.(preparer); ok && bt.plan != nil {
		st, err = p.WritePrepared(ctx, bt.plan)
	} else {
		st, err = b.put(ctx, parts...)
	}
	if err == nil {
		b.rows += st.Rows
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
		st, perr := b.put(ctx, part)
		if perr != nil {
			if isDBFatal(perr) {
				return n - ok, perr
			}
			failed++
			errs = append(errs, fmt.Errorf("write %s: %w", articleIDs(part), perr))
			continue
		}
		b.rows += st.Rows
		b.done(part, 1)
		b.legacy += st.Unrecorded
		ok++
	}
	return failed, errors.Join(errs...)
}

// put writes graphs in one transaction, or rolls it back on a dry run.
func (b *batcher) put(ctx context.Context, graphs ...*graph.Graph) (graph.Stats, error) {
	if b.dry {
		return b.w.DryRun(ctx, graphs...)
	}
	return b.w.Write(ctx, graphs...)
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
