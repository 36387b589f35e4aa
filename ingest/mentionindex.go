package ingest

import (
	"iter"
	"sort"
)

// mentionIndex lets the stages visit the mentions of a few sentences or
// the mentions before a token without scanning the whole document for each
// mention or event, so extraction time stays linear in the article length.
//
// It cuts d.Mentions into runs, each sorted by Start and by Sent; a run is
// searched by bisection. Mentions are appended in text order by most
// passes and sorted by sortMentions, so there are few runs. The index only
// assumes that mentions are appended, sorted or changed in place (Ent,
// End): a run that was sorted stays sorted under these.
type mentionIndex struct {
	n    int   // mentions covered
	runs []int // first index of each run
	span int   // the most tokens a covered mention spans
}

// sortMentions orders the mentions by position (stable) and resets the
// index to one run.
func (d *Document) sortMentions() {
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	d.mix.n, d.mix.runs, d.mix.span = 0, d.mix.runs[:0], 0
}

// mentionRuns brings the index up to date and returns the first index of
// each run.
func (d *Document) mentionRuns() []int {
	ms, ix := d.Mentions, &d.mix
	if len(ms) < ix.n {
		ix.n, ix.runs, ix.span = 0, ix.runs[:0], 0
	}
	for k := ix.n; k < len(ms); k++ {
		if k == 0 || ms[k].Start < ms[k-1].Start || ms[k].Sent < ms[k-1].Sent {
			ix.runs = append(ix.runs, k)
		}
		ix.span = max(ix.span, ms[k].End-ms[k].Start)
	}
	ix.n = len(ms)
	return ix.runs
}

// runBounds returns the indexes [a, b) of run r whose key (Sent when
// bySent, else Start) lies in [lo, hi).
func (d *Document) runBounds(runs []int, r, lo, hi int, bySent bool) (int, int) {
	first, end := runs[r], len(d.Mentions)
	if r+1 < len(runs) {
		end = runs[r+1]
	}
	key := func(k int) int {
		if bySent {
			return d.Mentions[k].Sent
		}
		return d.Mentions[k].Start
	}
	a := first + sort.Search(end-first, func(k int) bool { return key(first+k) >= lo })
	b := a + sort.Search(end-a, func(k int) bool { return key(a+k) >= hi })
	return a, b
}

// mentionsIn yields, in slice order, the index of every mention whose
// Start (or Sent, when bySent) lies in [lo, hi). (The iterators are small
// enough to inline, so a loop over them allocates nothing.)
func (d *Document) mentionsIn(lo, hi int, bySent bool) iter.Seq[int] {
	return func(yield func(int) bool) { d.eachIn(lo, hi, bySent, yield) }
}

// mentionsBack yields the indexes of mentionsIn in reverse slice order.
func (d *Document) mentionsBack(lo, hi int, bySent bool) iter.Seq[int] {
	return func(yield func(int) bool) { d.eachBack(lo, hi, bySent, yield) }
}

func (d *Document) eachIn(lo, hi int, bySent bool, yield func(int) bool) {
	runs := d.mentionRuns()
	for r := range runs {
		a, b := d.runBounds(runs, r, lo, hi, bySent)
		for k := a; k < b; k++ {
			if !yield(k) {
				return
			}
		}
	}
}

func (d *Document) eachBack(lo, hi int, bySent bool, yield func(int) bool) {
	runs := d.mentionRuns()
	for r := len(runs) - 1; r >= 0; r-- {
		a, b := d.runBounds(runs, r, lo, hi, bySent)
		for k := b - 1; k >= a; k-- {
			if !yield(k) {
				return
			}
		}
	}
}

// mentionsBefore yields, from the last in slice order to the first, the
// index of every mention that starts before token i.
func (d *Document) mentionsBefore(i int) iter.Seq[int] {
	return d.mentionsBack(minInt, i, false)
}

// mentionsCovering yields, in slice order, the index of every mention
// that may cover token j (it starts at most the longest mention's length
// before j); the caller checks Start <= j < End.
func (d *Document) mentionsCovering(j int) iter.Seq[int] {
	return func(yield func(int) bool) {
		d.mentionRuns()
		d.eachIn(j-d.mix.span, j+1, false, yield)
	}
}

// mentionsSorted reports whether the mentions are in one run, sorted by
// position and sentence.
func (d *Document) mentionsSorted() bool { return len(d.mentionRuns()) <= 1 }

// firstMentionOf returns the index of the first mention of sentence si or
// a later one; the mentions must be sorted.
func (d *Document) firstMentionOf(si int) int {
	return sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Sent >= si })
}

// mentionsBackFrom yields, from the last in slice order to the first, the
// index of the mentions of sentence si and those before it; of every
// mention when they are not sorted.
func (d *Document) mentionsBackFrom(si int) iter.Seq[int] {
	return func(yield func(int) bool) { d.eachBackFrom(si, yield) }
}

func (d *Document) eachBackFrom(si int, yield func(int) bool) {
	if !d.mentionsSorted() {
		d.eachBack(minInt, maxInt, false, yield)
		return
	}
	d.eachBack(minInt, si+1, true, yield)
}

// mentionsOfSents yields, in slice order, the index of the mentions of
// sentences [a, b) and [c, e); of every mention when they are not
// sorted.
func (d *Document) mentionsOfSents(a, b, c, e int) iter.Seq[int] {
	return func(yield func(int) bool) { d.eachOfSents(a, b, c, e, yield) }
}

func (d *Document) eachOfSents(a, b, c, e int, yield func(int) bool) {
	switch {
	case !d.mentionsSorted():
		d.eachIn(minInt, maxInt, false, yield)
	case c <= b:
		d.eachIn(min(a, c), max(b, e), true, yield)
	default:
		stopped := false
		d.eachIn(a, b, true, func(k int) bool {
			stopped = !yield(k)
			return !stopped
		})
		if !stopped {
			d.eachIn(c, e, true, yield)
		}
	}
}

// mentionsEndingFrom yields, from the last in slice order to the first,
// the index of every mention that may end at token j or later but starts
// before j+2 (it starts at most the longest mention's length before j);
// the caller checks End.
func (d *Document) mentionsEndingFrom(j int) iter.Seq[int] {
	return func(yield func(int) bool) {
		d.mentionRuns()
		d.eachBack(j-d.mix.span, j+2, false, yield)
	}
}

const maxInt = int(^uint(0) >> 1)

const minInt = -int(^uint(0)>>1) - 1
