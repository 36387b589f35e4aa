package ingest

import (
	"math/rand"
	"slices"
	"testing"
)

// TestMentionIndex compares the index's answers with scans over all
// mentions, as the mentions are appended out of order, sorted, appended
// again and have their entities changed in place.
func TestMentionIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	d := &Document{}
	add := func(n int) {
		for range n {
			start := rng.Intn(200)
			d.Mentions = append(d.Mentions, Mention{Start: start, End: start + 1 + rng.Intn(4), Sent: start / 10})
		}
	}
	check := func(step string) {
		t.Helper()
		for range 200 {
			lo, hi := rng.Intn(220)-10, rng.Intn(220)-10
			bySent := rng.Intn(2) == 0
			key := func(m Mention) int {
				if bySent {
					return m.Sent
				}
				return m.Start
			}
			var want []int
			for k, m := range d.Mentions {
				if key(m) >= lo && key(m) < hi {
					want = append(want, k)
				}
			}
			if got := slices.Collect(d.mentionsIn(lo, hi, bySent)); !slices.Equal(got, want) {
				t.Fatalf("%s: mentionsIn(%d, %d, %v) = %v, want %v", step, lo, hi, bySent, got, want)
			}
			slices.Reverse(want)
			if got := slices.Collect(d.mentionsBack(lo, hi, bySent)); !slices.Equal(got, want) {
				t.Fatalf("%s: mentionsBack(%d, %d, %v) = %v, want %v", step, lo, hi, bySent, got, want)
			}
			j := rng.Intn(210)
			var cover []int
			for k, m := range d.Mentions {
				if m.Start <= j && j < m.End {
					cover = append(cover, k)
				}
			}
			var got []int
			for k := range d.mentionsCovering(j) {
				if m := d.Mentions[k]; m.Start <= j && j < m.End {
					got = append(got, k)
				}
			}
			if !slices.Equal(got, cover) {
				t.Fatalf("%s: mentionsCovering(%d) = %v, want %v", step, j, got, cover)
			}
		}
	}
	add(50)
	check("unsorted")
	d.sortMentions()
	if !d.mentionsSorted() {
		t.Fatal("not sorted after sortMentions")
	}
	check("sorted")
	add(30)
	check("appended")
	for k := range d.Mentions {
		d.Mentions[k].Ent = &Entity{ID: "x"}
	}
	check("changed in place")
	d.Mentions = d.Mentions[:10]
	add(5)
	check("cut and appended")
}
