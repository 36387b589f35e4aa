package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
)

// job is one article, or one bad input, on its way through the workers.
type job struct {
	seq     int
	article ingest.Article
	graph   *graph.Graph
	err     error // bad input, or extraction failure
	skipped bool  // already loaded with the same content
}

// tally counts what a run did, for the summary line.
type tally struct {
	read, skipped, failed int
	entities, relations   int
	start                 time.Time
}

func (t tally) summary(verb string, interrupted bool) string {
	s := fmt.Sprintf("%s: %d articles read, %d skipped, %d failed; %d entities, %d relations; %.1fs",
		verb, t.read, t.skipped, t.failed, t.entities, t.relations, time.Since(t.start).Seconds())
	if interrupted {
		s = "interrupted: " + s
	}
	return s
}

// extractParams configure extractAll.
type extractParams struct {
	paths   []string
	stdin   io.Reader
	workers int
	// maxArticle bounds one article as read (ingest.Reader.MaxArticleBytes).
	maxArticle int
	pipeline   *ingest.Pipeline
	// extract, when set, replaces pipeline.Extract (tests).
	extract func(a ingest.Article) *graph.Graph
	// check, when set, rejects an article before extraction.
	check func(a ingest.Article) error
	// skip, when set, is asked before extraction which articles are
	// already loaded, lookupChunk articles at a time; it returns one
	// answer per article.
	skip func(ctx context.Context, as []ingest.Article) ([]bool, error)
	// sink receives every job in input order, on the calling goroutine. An
	// error stops the run and is returned.
	sink func(j job) error
	// bar, when set, counts the inputs read.
	bar *progress
	// missing are the paths of the command line that could not be opened.
	missing []string
}

// noteMissing records err when it says that a path of the command line does
// not exist or may not be read.
func (p *extractParams) noteMissing(err error) {
	var re *ingest.ReadError
	if errors.As(err, &re) && re.Line == 0 && slices.Contains(p.paths, re.Path) &&
		(errors.Is(re.Err, fs.ErrNotExist) || errors.Is(re.Err, fs.ErrPermission)) && !slices.Contains(p.missing, re.Path) {
		p.missing = append(p.missing, re.Path)
	}
}

// nothingRead is the error of a run that read no article: none found (the
// paths hold no article file), or every one failed (already reported).
func (p *extractParams) nothingRead(t tally) error {
	switch {
	case t.read > 0:
		return nil
	case t.failed == 0 && len(p.missing) == 0:
		return fmt.Errorf("no articles found in %s: %w", strings.Join(p.paths, ", "), errNoArticles)
	}
	return &silentError{code: ExitFailure, err: errors.New("no article could be read")}
}

// missingPaths is the error of a run that read some articles but not every
// path of the command line.
func (p *extractParams) missingPaths() error {
	if len(p.missing) == 0 {
		return nil
	}
	return &missingPathsError{paths: p.missing, of: len(p.paths)}
}

// extractAll reads the paths, extracts the articles in parallel workers and
// hands the results to sink in input order. When ctx is done it returns at
// once: jobs in flight are dropped, and a reader blocked on its input or an
// extraction still running is left behind (the process is about to exit).
func extractAll(ctx context.Context, p *extractParams) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(p.workers, 1)
	in := make(chan job, workers)
	out := make(chan job, workers)
	var readErr error
	go func() {
		defer close(in)
		seq := 0
		var chunk []job
		send := func() error {
			p.lookup(ctx, chunk)
			for _, j := range chunk {
				select {
				case in <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			chunk = chunk[:0]
			return nil
		}
		r := ingest.Reader{MaxArticleBytes: p.maxArticle}
		readErr = r.ReadPaths(p.paths, p.stdin, func(a ingest.Article, err error) error {
			p.noteMissing(err)
			chunk = append(chunk, job{seq: seq, article: a, err: err})
			seq++
			p.bar.Read(1)
			if len(chunk) < lookupChunk {
				return nil
			}
			return send()
		})
		if ctx.Err() == nil && len(chunk) > 0 {
			send()
		}
		if readErr == nil {
			p.bar.ReadAll()
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var j job
				var ok bool
				select {
				case j, ok = <-in:
				case <-ctx.Done():
				}
				if !ok {
					return
				}
				if j.err == nil {
					j = process(ctx, p, j)
				}
				out <- j
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Hand results to sink in input order.
	pending := map[int]job{}
	next := 0
	var sinkErr error
	for j := range out {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if sinkErr == nil {
				if err := p.sink(j); err != nil {
					sinkErr = err
					cancel()
				}
			}
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	// Without cancellation the reader has finished: it closed in before the
	// workers, and so out, were done.
	if ctx.Err() == nil && readErr != nil {
		return readErr
	}
	return nil
}

// lookupChunk is the number of articles whose skip is asked in one look-up.
const lookupChunk = 256

// lookup asks p.skip which articles of the chunk are already loaded and
// marks them skipped; when the look-up fails, each article fails with its
// error. Articles that failed to read are not asked about.
func (p *extractParams) lookup(ctx context.Context, chunk []job) {
	if p.skip == nil {
		return
	}
	var as []ingest.Article
	var idx []int
	for i, j := range chunk {
		if j.err == nil {
			as, idx = append(as, j.article), append(idx, i)
		}
	}
	if len(as) == 0 {
		return
	}
	seen, err := p.skip(ctx, as)
	for k, i := range idx {
		switch {
		case err != nil:
			chunk[i].err = fmt.Errorf("look up %s: %w", where(chunk[i].article), err)
		case k < len(seen) && seen[k]:
			chunk[i].skipped = true
		}
	}
}

// process extracts one article, unless it was found loaded.
func process(ctx context.Context, p *extractParams, j job) job {
	if err := ctx.Err(); err != nil {
		j.err = err
		return j
	}
	if p.check != nil {
		if err := p.check(j.article); err != nil {
			j.err = err
			return j
		}
	}
	if j.skipped {
		return j
	}
	j.graph, j.err = extract(ctx, p, j.article)
	return j
}

// extract runs the extractor on a goroutine of its own, so that a long
// article does not hold up cancellation: when ctx is done first, it returns
// ctx's error and leaves the extraction behind. A panic in the extractor
// fails that article only.
func extract(ctx context.Context, p *extractParams, a ingest.Article) (*graph.Graph, error) {
	fn := p.extract
	if fn == nil {
		fn = p.pipeline.Extract
	}
	type result struct {
		g   *graph.Graph
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("extract %s: internal error: %v", where(a), r)}
			}
		}()
		done <- result{g: fn(a)}
	}()
	select {
	case r := <-done:
		return r.g, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// graphSink returns the sink of a run that hands every extracted graph to
// use: it counts the article read, or reports and counts one that failed;
// an article the interrupt stopped is dropped.
func graphSink(ctx context.Context, t *tally, bar *progress, errOut io.Writer, use func(*graph.Graph) error) func(job) error {
	return func(j job) error {
		defer bar.Extracted(1)
		switch {
		case j.err != nil && ctx.Err() != nil:
			// interrupted: dropped
		case j.err != nil:
			t.failed++
			bar.printf(errOut, "actorgraph: %v\n", j.err)
		default:
			t.read++
			return use(j.graph)
		}
		return nil
	}
}

// needPublished is the check of a run that stores events, which carry a
// date: an article with no published date of its own or by default fails.
func needPublished(p *ingest.Pipeline) func(ingest.Article) error {
	return func(a ingest.Article) error {
		if p.Published(a) == "" {
			return fmt.Errorf("read %s: article has no published date: give one in the file, or use --published or ingest.published", where(a))
		}
		return nil
	}
}

// where names the place an article was read from.
func where(a ingest.Article) string {
	name := a.Path
	if name == ingest.StdinPath {
		name = "stdin"
	}
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", name, a.Line)
	}
	return name
}
