package ingest

import (
	"strings"
	"unicode"
)

// titleIndex finds the titles other people hold without a scan over all
// titles for each person: by title (folded as strings.EqualFold compares)
// and the state it is of, and by sentence. It covers x.r.titles[:n] and
// follows titles appended later; titles already indexed are not changed
// during relate.
type titleIndex struct {
	n       int
	byTitle map[string]map[*Entity]holders // folded title -> state -> its holders
	bySent  map[int][]int                  // sentence -> titles named in it
}

// holders are the people of titles of one state: the first, and whether
// there is another.
type holders struct {
	first *Entity
	many  bool
}

// titles brings the index up to date.
func (x *relater) titles() *titleIndex {
	ix := &x.tix
	if ix.byTitle == nil || len(x.r.titles) < ix.n {
		*ix = titleIndex{byTitle: map[string]map[*Entity]holders{}, bySent: map[int][]int{}}
	}
	for ; ix.n < len(x.r.titles); ix.n++ {
		g := x.r.titles[ix.n]
		ix.bySent[g.sent] = append(ix.bySent[g.sent], ix.n)
		if g.of == nil {
			continue
		}
		key := foldKey(strings.TrimSpace(g.title))
		states := ix.byTitle[key]
		if states == nil {
			states = map[*Entity]holders{}
			ix.byTitle[key] = states
		}
		h, ok := states[g.of]
		switch {
		case !ok:
			h.first = g.person
		case h.first != g.person:
			h.many = true
		}
		states[g.of] = h
	}
	return ix
}

// foldKey maps s to one string for all strings strings.EqualFold holds
// equal to it: each rune becomes the least rune of its case orbit.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}
