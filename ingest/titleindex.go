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

// holderIndex answers "the Secretary-General": the one person whose title
// is the given one or ends with it, without a scan over all titles. It
// covers r.titles[:n] and follows titles appended later; mergePeople,
// which changes their people, resets it.
type holderIndex struct {
	n      int
	equal  map[string]holders // foldKey(title) -> people
	suffix map[string]holders // lower-case title after a space -> people
	nilled bool               // a title without a person: scan instead
}

func (h *holders) add(p *Entity) {
	if h.first == nil && !h.many {
		h.first = p
	} else if h.first != p {
		h.many = true
	}
}

// titleHolder returns the one person titled title or "... title", or nil
// when none or several are.
func (r *recognizer) titleHolder(title string) *Entity {
	ix := &r.holders
	if ix.equal == nil || len(r.titles) < ix.n {
		*ix = holderIndex{equal: map[string]holders{}, suffix: map[string]holders{}}
	}
	for ; ix.n < len(r.titles); ix.n++ {
		f := r.titles[ix.n]
		ix.nilled = ix.nilled || f.person == nil
		h := ix.equal[foldKey(f.title)]
		h.add(f.person)
		ix.equal[foldKey(f.title)] = h
		low := strings.ToLower(f.title)
		for k := 0; k < len(low); k++ {
			if low[k] == ' ' {
				h := ix.suffix[low[k+1:]]
				h.add(f.person)
				ix.suffix[low[k+1:]] = h
			}
		}
	}
	if ix.nilled {
		return r.titleHolderScan(title)
	}
	eq, suf := ix.equal[foldKey(title)], ix.suffix[strings.ToLower(title)]
	if eq.many || suf.many || eq.first != nil && suf.first != nil && eq.first != suf.first {
		return nil
	}
	if eq.first != nil {
		return eq.first
	}
	return suf.first
}

// titleHolderScan is titleHolder over all titles.
func (r *recognizer) titleHolderScan(title string) *Entity {
	var holder *Entity
	for _, f := range r.titles {
		if strings.EqualFold(f.title, title) || strings.HasSuffix(strings.ToLower(f.title), " "+strings.ToLower(title)) {
			if holder != nil && holder != f.person {
				return nil
			}
			holder = f.person
		}
	}
	return holder
}
