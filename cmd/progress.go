package cmd

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws a one-line progress bar on a terminal, redrawn ten times a
// second by a goroutine of its own. The total is counted from the inputs
// before the first draw (see estimateInputs); the rate is a moving average
// over the last rateWindow. Its methods may be called from any goroutine,
// and on a nil or switched-off progress they only count (or do nothing).
type progress struct {
	w    io.Writer
	on   bool
	verb string
	now  func() time.Time

	mu    sync.Mutex
	s     progressState
	meter meter
	drawn bool
	stop  chan struct{} // closed by finish
	done  chan struct{} // closed when the drawing goroutine has ended
}

// progressState is what the bar shows.
type progressState struct {
	phase      string   // phaseExtract or phaseWrite
	est        estimate // the articles counted in the inputs up front
	counted    bool     // est is in
	read       int      // articles (and bad inputs) read
	readAll    bool     // the inputs are read to the end: read is the total
	extracted  int      // articles through extraction (extracted, skipped or failed)
	write      writeStatus
	writes     bool      // the command writes: show the writer's count
	phaseStart time.Time // when the phase began
}

// writeStatus is the writer's progress.
type writeStatus struct {
	written int // articles written
	queued  int // articles handed to the writer
	batch   int // the batch being written, or the last one written
	batches int // batches handed to the writer
}

// The phases of a run.
const (
	phaseExtract = "extract" // reading and extracting (and, for ingest, writing full batches)
	phaseWrite   = "write"   // extraction done: writing the batches left
)

// rateWindow is the span of the moving average of the rate.
const rateWindow = 10 * time.Second

func newProgress(w io.Writer, on bool, verb string) *progress {
	return &progress{w: w, on: on, verb: verb, now: time.Now,
		s: progressState{phase: phaseExtract}, meter: meter{window: rateWindow}}
}

// start counts the articles of paths and draws the bar, with the total once
// they are counted, until finish.
func (p *progress) start(paths []string) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	p.s.phaseStart = p.now()
	stop, done := make(chan struct{}), make(chan struct{})
	p.stop, p.done = stop, done
	p.mu.Unlock()
	go func() {
		defer close(done)
		// Until the inputs are counted, the bar has no total; the count is
		// left behind when the run ends first.
		counted := make(chan estimate, 1)
		go func() { counted <- estimateInputs(paths) }()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case est := <-counted:
				p.mu.Lock()
				p.s.est, p.s.counted = est, true
				p.mu.Unlock()
				counted = nil
			case <-tick.C:
			case <-stop:
				return
			}
			p.draw()
		}
	}()
}

// Read counts n more articles read.
func (p *progress) Read(n int) {
	p.update(func(s *progressState) { s.read += n })
}

// ReadAll notes that the inputs are read to the end: the total is known.
func (p *progress) ReadAll() {
	p.update(func(s *progressState) { s.readAll = true })
}

// Extracted counts n more articles through extraction.
func (p *progress) Extracted(n int) {
	p.update(func(s *progressState) { s.extracted += n })
}

// Queued records what was handed to the writer: batches, holding articles.
func (p *progress) Queued(batches, articles int) {
	p.update(func(s *progressState) { s.write.batches, s.write.queued, s.writes = batches, articles, true })
}

// Written records the writer's progress: articles written, and the batch
// being written (or the last one written).
func (p *progress) Written(articles, batch int) {
	p.update(func(s *progressState) { s.write.written, s.write.batch, s.writes = articles, batch, true })
}

// Phase starts a phase: its rate is measured afresh.
func (p *progress) Phase(name string) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.s.phase, p.s.phaseStart = name, p.now()
	p.meter.reset()
}

func (p *progress) update(fn func(s *progressState)) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	fn(&p.s)
	p.mu.Unlock()
}

// draw redraws the bar with the state now.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	p.meter.add(now, p.s.done())
	rate, ok := p.meter.rate()
	if !ok {
		rate = -1
	}
	fmt.Fprintf(p.w, "\r\033[K%s", p.s.render(p.verb, now, rate))
	p.drawn = true
}

// printf prints a message on a line of its own, the bar erased first (the
// next tick draws it again below).
func (p *progress) printf(w io.Writer, format string, a ...any) {
	if p != nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.erase()
	}
	fmt.Fprintf(w, format, a...)
}

func (p *progress) erase() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// finish stops drawing and erases the bar, before the summary.
func (p *progress) finish() {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	stop, done := p.stop, p.done
	p.stop = nil
	p.mu.Unlock()
	if stop == nil {
		return
	}
	close(stop)
	<-done
	p.mu.Lock()
	p.erase()
	p.mu.Unlock()
}

// done is the count the phase advances.
func (s progressState) done() int {
	if s.phase == phaseWrite {
		return s.write.written
	}
	return s.extracted
}

// total is the number of articles of the run, and whether it is known at
// all (not for stdin) and exact (not estimated).
func (s progressState) total() (n int, known, exact bool) {
	switch {
	case s.readAll:
		return s.read, true, true
	case !s.counted || !s.est.known:
		return 0, false, false
	}
	return max(s.est.n, s.read), true, s.est.exact && s.est.n >= s.read
}

// barWidth is the width of the bar between its brackets.
const barWidth = 24

// render is the line of the bar at now; rate < 0 is not known yet.
func (s progressState) render(verb string, now time.Time, rate float64) string {
	var b strings.Builder
	b.WriteString(verb + " ")
	if s.phase != verb {
		b.WriteString(s.phase + " ")
	}
	if s.phase == phaseWrite {
		w := s.write
		bar(&b, w.written, w.queued)
		fmt.Fprintf(&b, " batch %d/%d, %s/%s articles written", w.batch, w.batches, thousands(w.written), thousands(w.queued))
		writeRate(&b, rate)
		fmt.Fprintf(&b, "  %s", short(now.Sub(s.phaseStart)))
		return b.String()
	}
	total, known, exact := s.total()
	if !known {
		fmt.Fprintf(&b, "%s articles", thousands(s.extracted))
	} else {
		approx := ""
		if !exact {
			approx = "~"
		}
		bar(&b, s.extracted, total)
		fmt.Fprintf(&b, " %s/%s%s articles", thousands(s.extracted), approx, thousands(total))
	}
	if s.writes {
		fmt.Fprintf(&b, ", %s written", thousands(s.write.written))
	}
	writeRate(&b, rate)
	if known && rate > 0 && total > s.extracted {
		eta := time.Duration(float64(total-s.extracted) / rate * float64(time.Second))
		fmt.Fprintf(&b, "  ETA %s", short(eta))
	} else {
		fmt.Fprintf(&b, "  %s", short(now.Sub(s.phaseStart)))
	}
	return b.String()
}

// bar writes [=====>    ] for done of total.
func bar(b *strings.Builder, done, total int) {
	filled := barWidth
	if total > 0 && done < total {
		filled = done * barWidth / total
	}
	head := ""
	if filled < barWidth {
		head = ">"
	}
	b.WriteString("[" + strings.Repeat("=", filled) + head + strings.Repeat(" ", barWidth-filled-len(head)) + "]")
}

func writeRate(b *strings.Builder, rate float64) {
	if rate < 0 {
		b.WriteString("  -/s")
		return
	}
	if rate >= 100 {
		fmt.Fprintf(b, "  %s/s", thousands(int(rate+0.5)))
		return
	}
	fmt.Fprintf(b, "  %.1f/s", rate)
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// short writes d as 9s, 3m05s or 2h07m.
func short(d time.Duration) string {
	d = max(d, 0).Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}

// meter is a moving average of a rate: the count's change over the last
// window, from samples taken at each draw.
type meter struct {
	window  time.Duration
	samples []sample
}

type sample struct {
	t time.Time
	n int
}

// add records the count n at t, and forgets the samples that the window no
// longer needs (the oldest kept is at or just before t - window).
func (m *meter) add(t time.Time, n int) {
	m.samples = append(m.samples, sample{t, n})
	from := t.Add(-m.window)
	for len(m.samples) > 2 && !m.samples[1].t.After(from) {
		m.samples = m.samples[1:]
	}
}

// rate is the count per second over the window; it is not known before a
// half second has been seen.
func (m *meter) rate() (float64, bool) {
	if len(m.samples) < 2 {
		return 0, false
	}
	first, last := m.samples[0], m.samples[len(m.samples)-1]
	span := last.t.Sub(first.t)
	if span < 500*time.Millisecond {
		return 0, false
	}
	return float64(last.n-first.n) / span.Seconds(), true
}

func (m *meter) reset() { m.samples = m.samples[:0] }
