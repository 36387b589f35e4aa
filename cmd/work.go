package cmd

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
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
	paths     []string
	stdin     io.Reader
	workers   int
	published string // date for articles without one
	pipeline  *ingest.Pipeline
	// check, when set, rejects an article before extraction.
	check func(a ingest.Article) error
	// skip, when set, is asked before extraction whether an article is
	// already loaded.
	skip func(ctx context.Context, a ingest.Article) (bool, error)
	// sink receives every job in input order, on the calling goroutine. An
	// error stops the run and is returned.
	sink func(j job) error
	// queued counts the inputs read so far, for the progress bar.
	queued atomic.Int64
}

// extractAll reads the paths, extracts the articles in parallel workers and
// hands the results to sink in input order. Reading stops when ctx is done;
// jobs still in flight reach sink with the context's error.
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
		readErr = ingest.ReadPaths(p.paths, p.stdin, func(a ingest.Article, err error) error {
			if a.Published == "" && err == nil {
				a.Published = p.published
			}
			select {
			case in <- job{seq: seq, article: a, err: err}:
				seq++
				p.queued.Add(1)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
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
	if readErr != nil && ctx.Err() == nil {
		return readErr
	}
	return nil
}

// process skips or extracts one article. A panic in the extractor fails
// that article only.
func process(ctx context.Context, p *extractParams, j job) (out job) {
	if err := ctx.Err(); err != nil {
		j.err = err
		return j
	}
	defer func() {
		if r := recover(); r != nil {
			out = j
			out.err = fmt.Errorf("extract %s: internal error: %v", where(j.article), r)
		}
	}()
	if p.check != nil {
		if err := p.check(j.article); err != nil {
			j.err = err
			return j
		}
	}
	if p.skip != nil {
		seen, err := p.skip(ctx, j.article)
		if err != nil {
			j.err = err
			return j
		}
		if seen {
			j.skipped = true
			return j
		}
	}
	j.graph = p.pipeline.Extract(j.article)
	return j
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

// progress draws a one-line progress bar on a terminal.
type progress struct {
	w       io.Writer
	on      bool
	verb    string
	last    time.Time
	start   time.Time
	drawn   bool
	readAll bool
}

func newProgress(w io.Writer, on bool, verb string) *progress {
	return &progress{w: w, on: on, verb: verb, start: time.Now()}
}

// update redraws the bar at most ten times a second: done of total articles.
func (p *progress) update(done, total int, force bool) {
	if !p.on || (!force && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	p.last = time.Now()
	const width = 30
	filled := 0
	if total > 0 {
		filled = min(width, done*width/total)
	}
	rate := float64(done) / max(time.Since(p.start).Seconds(), 0.001)
	fmt.Fprintf(p.w, "\r\033[K%s [%s%s] %d/%d articles  %.1f/s", p.verb,
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total, rate)
	p.drawn = true
}

// clear removes the bar before a message or the summary.
func (p *progress) clear() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}
