package graph

import (
	"bufio"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/actorgraph/actorgraph/schema"
)

// Bounded memory for a large first load. The edges a Bulk sums are kept in
// memory only up to a budget of bytes; past it they are written, sorted by
// key, to a run file, and Finish merges the runs (an external sort by edge
// key) and folds the records of each edge as fold does in memory. The
// result does not depend on where the runs were cut: an edge's tally is a
// sum, its articles and sentences are sets cut to the sample by prune. So
// the export's memory stays flat in the number of distinct edges.
//
// A run file starts with spillMagic, then holds records, each:
//
//	type, from, to, date, from label, to label      strings
//	n, then n times: tally key (string), count (varint)
//	n, then n article ids (strings)
//	n, then n evidence entries (strings)
//
// where a string is its length (uvarint) and its bytes, and n a uvarint.

const spillMagic = "actorgraph-bulk-spill-1\n"

// Limits of the reader, against a corrupt file.
const (
	maxSpillString = 16 << 20
	maxSpillCount  = 1 << 20
)

// spill is the spilling state of a Bulk.
type spill struct {
	dir     string // "" never spills
	budget  int
	size    int // estimated bytes of the edges in memory
	runs    []string
	records int // edge records written to runs
}

// SpillTo bounds the memory of b's edges at about budget bytes: past it
// they go to sorted run files in dir (which must exist; Finish removes
// the files).
func (b *Bulk) SpillTo(dir string, budget int) {
	b.spill.dir, b.spill.budget = dir, budget
}

// grew notes bytes more of edges in memory and spills when over budget.
func (b *Bulk) grew(bytes int) error {
	b.spill.size += bytes
	if b.spill.dir == "" || b.spill.size <= b.spill.budget {
		return nil
	}
	return b.writeRun()
}

// edgeSize is what fold estimates an edge's new part costs in memory.
func edgeSize(e *bulkEdge, ed *edgeDelta, isNew bool) int {
	n := 0
	if isNew {
		k := e.part
		n += 320 + len(k.From) + len(k.To) + len(k.Date)
	}
	for t := range ed.tally {
		if _, ok := e.tally[t]; !ok {
			n += 64 + len(t)
		}
	}
	for _, s := range ed.artAdd {
		n += 16 + len(s)
	}
	for _, s := range ed.evAdd {
		n += 16 + len(s)
	}
	return n
}

// writeRun writes the edges in memory to a new run file, sorted by key,
// and forgets them.
func (b *Bulk) writeRun() error {
	sort.Slice(b.edgeIDs, func(i, j int) bool { return lessKey(b.edgeIDs[i], b.edgeIDs[j]) })
	name := filepath.Join(b.spill.dir, fmt.Sprintf("edges-%04d.run", len(b.spill.runs)))
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("bulk spill: %w", err)
	}
	b.spill.runs = append(b.spill.runs, name)
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = w.WriteString(spillMagic)
	for _, k := range b.edgeIDs {
		if err != nil {
			break
		}
		err = writeSpillRecord(w, b.edges[k])
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("bulk spill %s: %w", name, err)
	}
	b.spill.records += len(b.edgeIDs)
	b.edges, b.edgeIDs, b.spill.size = map[Key]*bulkEdge{}, nil, 0
	return nil
}

// finishRuns writes what is left in memory as a last run, then hands the
// merged edges of all runs to the sink, in key order, and removes the runs.
func (b *Bulk) finishRuns() (err error) {
	defer func() {
		for _, r := range b.spill.runs {
			if rerr := os.Remove(r); rerr != nil && err == nil {
				err = fmt.Errorf("bulk spill: %w", rerr)
			}
		}
		b.spill.runs = nil
	}()
	if err := b.writeRun(); err != nil {
		return err
	}
	m := &runMerge{}
	defer m.close()
	for _, name := range b.spill.runs {
		if err := m.open(name); err != nil {
			return err
		}
	}
	var cur *bulkEdge
	for m.Len() > 0 {
		e, err := m.next()
		if err != nil {
			return err
		}
		if cur != nil && cur.part.key() == e.part.key() {
			cur.merge(e)
			continue
		}
		if cur != nil {
			if err := b.emit(cur); err != nil {
				return err
			}
		}
		cur = e
	}
	if cur != nil {
		return b.emit(cur)
	}
	return nil
}

func (b *Bulk) emit(e *bulkEdge) error {
	b.written++
	b.events.edge(e)
	return b.sink.Edge(e.part, edgeProps(e))
}

// merge folds the record o of the same edge into e.
func (e *bulkEdge) merge(o *bulkEdge) {
	for t, c := range o.tally {
		e.tally[t] += c
	}
	e.articles = append(e.articles, o.articles...)
	e.evidence = append(e.evidence, o.evidence...)
	if len(e.articles) >= 2*MaxArticles {
		e.prune()
	}
}

// runMerge is a heap of run readers by the key of their next record.
type runMerge struct {
	runs []*runReader
}

type runReader struct {
	f    *os.File
	r    *bufio.Reader
	name string
	head *bulkEdge
}

func (m *runMerge) Len() int { return len(m.runs) }
func (m *runMerge) Less(i, j int) bool {
	return lessKey(m.runs[i].head.part.key(), m.runs[j].head.part.key())
}
func (m *runMerge) Swap(i, j int) { m.runs[i], m.runs[j] = m.runs[j], m.runs[i] }
func (m *runMerge) Push(x any)    { m.runs = append(m.runs, x.(*runReader)) }
func (m *runMerge) Pop() any {
	x := m.runs[len(m.runs)-1]
	m.runs = m.runs[:len(m.runs)-1]
	return x
}

// open adds the run file name to the merge.
func (m *runMerge) open(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("bulk spill: %w", err)
	}
	rr := &runReader{f: f, r: bufio.NewReaderSize(f, 64<<10), name: name}
	magic := make([]byte, len(spillMagic))
	if _, err := io.ReadFull(rr.r, magic); err != nil || string(magic) != spillMagic {
		f.Close()
		return fmt.Errorf("bulk spill %s: not a run file", name)
	}
	if rr.head, err = readSpillRecord(rr.r); err == io.EOF {
		return f.Close()
	} else if err != nil {
		f.Close()
		return fmt.Errorf("bulk spill %s: %w", name, err)
	}
	heap.Push(m, rr)
	return nil
}

// next returns the record with the smallest key of all runs.
func (m *runMerge) next() (*bulkEdge, error) {
	rr := m.runs[0]
	e := rr.head
	var err error
	rr.head, err = readSpillRecord(rr.r)
	switch {
	case err == io.EOF:
		heap.Pop(m)
		return e, rr.f.Close()
	case err != nil:
		return nil, fmt.Errorf("bulk spill %s: %w", rr.name, err)
	}
	heap.Fix(m, 0)
	return e, nil
}

func (m *runMerge) close() {
	for _, rr := range m.runs {
		rr.f.Close()
	}
}

// writeSpillRecord writes e as one record.
func writeSpillRecord(w *bufio.Writer, e *bulkEdge) error {
	p := e.part
	for _, s := range []string{string(p.Type), p.From, p.To, p.Date, string(p.FromLabel), string(p.ToLabel)} {
		writeSpillString(w, s)
	}
	tk, tc := tallyRow(e.tally, false)
	writeUvarint(w, uint64(len(tk)))
	for i, k := range tk {
		writeSpillString(w, k)
		var buf [binary.MaxVarintLen64]byte
		w.Write(buf[:binary.PutVarint(buf[:], tc[i])])
	}
	for _, list := range [][]string{e.articles, e.evidence} {
		writeUvarint(w, uint64(len(list)))
		for _, s := range list {
			writeSpillString(w, s)
		}
	}
	return nil // bufio.Writer keeps the first error for Flush
}

func writeUvarint(w *bufio.Writer, n uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], n)])
}

func writeSpillString(w *bufio.Writer, s string) {
	writeUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

// readSpillRecord reads one record; io.EOF at the clean end of the run.
func readSpillRecord(r *bufio.Reader) (*bulkEdge, error) {
	if _, err := r.Peek(1); err == io.EOF {
		return nil, io.EOF
	}
	var f [6]string
	for i := range f {
		s, err := readSpillString(r)
		if err != nil {
			return nil, err
		}
		f[i] = s
	}
	t, ok := schema.ParseRelType(f[0])
	if !ok {
		return nil, fmt.Errorf("unknown relationship type %q", f[0])
	}
	e := &bulkEdge{part: EdgePart{Type: t, From: f[1], To: f[2], Date: f[3],
		FromLabel: schema.Label(f[4]), ToLabel: schema.Label(f[5])}, tally: map[string]int{}}
	n, err := readSpillCount(r)
	if err != nil {
		return nil, err
	}
	for range n {
		k, err := readSpillString(r)
		if err != nil {
			return nil, err
		}
		c, err := binary.ReadVarint(r)
		if err != nil {
			return nil, unexpected(err)
		}
		e.tally[k] += int(c)
	}
	for _, list := range []*[]string{&e.articles, &e.evidence} {
		if n, err = readSpillCount(r); err != nil {
			return nil, err
		}
		for range n {
			s, err := readSpillString(r)
			if err != nil {
				return nil, err
			}
			*list = append(*list, s)
		}
	}
	return e, nil
}

func readSpillCount(r *bufio.Reader) (int, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, unexpected(err)
	}
	if n > maxSpillCount {
		return 0, fmt.Errorf("count %d over %d", n, maxSpillCount)
	}
	return int(n), nil
}

func readSpillString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", unexpected(err)
	}
	if n > maxSpillString {
		return "", fmt.Errorf("string of %d bytes over %d", n, maxSpillString)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", unexpected(err)
	}
	return string(b), nil
}

// unexpected turns the end of the input inside a record into an error.
func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
