package graph

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/schema"
)

// orderedCapture keeps what a Bulk hands over, in order.
type orderedCapture struct{ out []string }

func (c *orderedCapture) Article(row map[string]any) error {
	c.out = append(c.out, fmt.Sprint("article ", row))
	return nil
}
func (c *orderedCapture) Mention(from, to string, n int64) error {
	c.out = append(c.out, fmt.Sprint("mention ", from, to, n))
	return nil
}
func (c *orderedCapture) Node(l schema.Label, official bool, row map[string]any) error {
	c.out = append(c.out, fmt.Sprint("node ", l, official, row))
	return nil
}
func (c *orderedCapture) Edge(p EdgePart, row map[string]any) error {
	c.out = append(c.out, fmt.Sprint("edge ", p.Type, p.From, p.To, p.Date, row))
	return nil
}

// spillCorpus: one edge with more than twice MaxArticles supporters (pruned
// as it goes), one interaction edge per date, and articles naming Mira
// Okafor in two ways.
func spillCorpus() []*Graph {
	var gs []*Graph
	for i, s := range crowd(3*MaxArticles + 6) {
		gs = append(gs, s.g)
		d := fmt.Sprintf("2031-03-%02d", 1+i%7)
		s2 := newStory(fmt.Sprintf("dated-%02d", i), d, fmt.Sprintf("d-%02d", i)).sylvania()
		gs = append(gs, s2.edge(met(d, []string{"asserted", "planned"}[i%2], "Okafor met them on "+d+".")).g)
	}
	gs = append(gs, bulkArticle("b1", "Mira Okafor", "s1", schema.Planned, 0.7), bulkArticle("b2", "Okafor", "s2", schema.Asserted, 0.9))
	return gs
}

// TestBulkSpillEqualsMemory: whatever the budget, and so wherever the runs
// are cut, a Bulk that spills hands the sink what one that keeps every
// edge in memory hands it, in the same order; the runs are removed.
func TestBulkSpillEqualsMemory(t *testing.T) {
	run := func(t *testing.T, dir string, budget int) (*orderedCapture, *Bulk) {
		c := &orderedCapture{}
		b := NewBulk(c)
		if dir != "" {
			b.SpillTo(dir, budget)
		}
		gs := spillCorpus()
		for i := range gs { // newest first, then the rest: order must not matter
			if err := b.Add(gs[(i*7)%len(gs)]); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Finish(); err != nil {
			t.Fatal(err)
		}
		return c, b
	}
	want, mem := run(t, "", 0)
	_, wantEdges := mem.Len()
	for _, tt := range []struct {
		name     string
		budget   int
		wantRuns bool
	}{
		{"every fold spills", 1, true},
		{"a few runs", 20000, true},
		{"under budget", 1 << 30, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			got, b := run(t, dir, tt.budget)
			if (b.spill.records > 0) != tt.wantRuns {
				t.Errorf("spilled %d records, want runs: %v", b.spill.records, tt.wantRuns)
			}
			if !reflect.DeepEqual(got.out, want.out) {
				for i := range min(len(got.out), len(want.out)) {
					if got.out[i] != want.out[i] {
						t.Fatalf("item %d of %d:\n%s\nwant\n%s", i, len(want.out), got.out[i], want.out[i])
					}
				}
				t.Fatalf("%d items, want %d", len(got.out), len(want.out))
			}
			if _, n := b.Len(); n != wantEdges {
				t.Errorf("Len() edges %d, want %d", n, wantEdges)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("runs left in %s: %v", dir, left)
			}
		})
	}
}

func spillBytes(t testing.TB, es ...*bulkEdge) []byte {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, e := range es {
		if err := writeSpillRecord(w, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSpillRecord: records read back as written; a cut or corrupt record
// is an error, not a short edge.
func TestSpillRecord(t *testing.T) {
	met := &bulkEdge{part: EdgePart{Type: schema.MetWith, From: "person:mira-okafor", To: "country:fre", Date: "2031-03-04",
		FromLabel: schema.Person, ToLabel: schema.Country}, tally: map[string]int{"articles": 2, "rule:met-with/verb": 2, "confidence:0.9": -1},
		articles: []string{"article:b1", "article:b2"}, evidence: []string{"article:b1\x1f000\x1fOkafor met Freedonia, «twice»."}}
	bare := &bulkEdge{part: EdgePart{Type: schema.LocatedIn, From: "city:port-nova@syl", To: "country:syl"}, tally: map[string]int{}}
	for _, tt := range []struct {
		name string
		in   []*bulkEdge
	}{
		{"one", []*bulkEdge{met}},
		{"no tally, no lists", []*bulkEdge{bare}},
		{"several", []*bulkEdge{bare, met, bare}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := bufio.NewReader(bytes.NewReader(spillBytes(t, tt.in...)))
			for i, want := range tt.in {
				got, err := readSpillRecord(r)
				if err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
				if !reflect.DeepEqual(norm1(got), norm1(want)) {
					t.Errorf("record %d:\n%+v\nwant\n%+v", i, got, want)
				}
			}
			if _, err := readSpillRecord(r); err != io.EOF {
				t.Errorf("after the last record: %v, want io.EOF", err)
			}
		})
	}
	full := spillBytes(t, met)
	for _, tt := range []struct {
		name string
		in   []byte
		err  string
	}{
		{"cut in a string", full[:10], "unexpected EOF"},
		{"cut before the lists", full[:len(full)-60], "unexpected EOF"},
		{"cut at the last byte", full[:len(full)-1], "unexpected EOF"},
		{"unknown type", []byte{3, 'F', 'O', 'O', 0, 0, 0, 0, 0, 0, 0, 0}, "unknown relationship type"},
		{"huge string", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, "over"},
		{"huge count", append(spillBytes(t, bare)[:len(spillBytes(t, bare))-3], 0xff, 0xff, 0xff, 0x0f), "over"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readSpillRecord(bufio.NewReader(bytes.NewReader(tt.in)))
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("readSpillRecord = %v, want an error with %q", err, tt.err)
			}
		})
	}
}

// norm1 drops the zero counts a record leaves out.
func norm1(e *bulkEdge) *bulkEdge {
	c := *e
	c.tally = map[string]int{}
	for k, n := range e.tally {
		if n != 0 {
			c.tally[k] = n
		}
	}
	return &c
}

// FuzzSpillRecord: the reader of run files never panics, and what it reads
// is written back to the same bytes.
func FuzzSpillRecord(f *testing.F) {
	f.Add(spillBytes(f, &bulkEdge{part: EdgePart{Type: schema.MetWith, From: "person:a", To: "country:b", Date: "2031-03-04"},
		tally: map[string]int{"articles": 2}, articles: []string{"article:x"}, evidence: []string{"e"}}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bufio.NewReader(bytes.NewReader(in))
		e, err := readSpillRecord(r)
		if err != nil {
			return
		}
		again, err := readSpillRecord(bufio.NewReader(bytes.NewReader(spillBytes(t, e))))
		if err != nil {
			t.Fatalf("%q read as %+v, written back does not read: %v", in, e, err)
		}
		if !reflect.DeepEqual(norm1(again), norm1(e)) {
			t.Fatalf("%q read as\n%+v\nthen\n%+v", in, e, again)
		}
	})
}
