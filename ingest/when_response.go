package ingest

import (
	"github.com/actorgraph/actorgraph/schema"
)

var periodEnds = mustWordSet("period_ends")

var responseWords = mustWordSet("response_words")

var deedVerbs = mustWordSet("deed_verbs")

// spanEnd reports whether the date expression at j closes a span ("until
// April 2", "until next week"): the end of a delay, not the day of the
// event.
func (x *relater) spanEnd(j int) bool {
	if periodEnds[x.tok(j-1).Lower] {
		return true
	}
	return x.isWord(j-1, "next", "last", "this", "mid", "early", "late") && periodEnds[x.tok(j-2).Lower]
}

// respondedDate dates an event with no date of its own that answers a
// deed told earlier in the article: "Sylvania responded to the border
// attack by ..." after "the 2004 attack on ...". It returns the month or
// year of the nearest earlier deed noun with one, or "".
func (x *relater) respondedDate(ev *event) (string, schema.DatePrecision) {
	s := x.d.Sentences[ev.sent]
	for j := s.Start; j < s.End; j++ {
		if !responseWords[x.tok(j).Lower] {
			continue
		}
		for k := j + 1; k < s.End && k <= j+6; k++ {
			if claimNouns[x.tok(k).Lower] {
				return x.deedDate(ev.sent)
			}
		}
	}
	return "", schema.Day
}

// deedDate looks back from sentence si for a deed noun or verb with a
// month or a year next to it: "the 2004 bombing", "the attack in March
// 2019", "attacked a post in March 2019". A day
// is kept to its month: the answer may come days later.
func (x *relater) deedDate(si int) (string, schema.DatePrecision) {
	pub := x.d.Published.Format("2006-01-02")
	for i := si - 1; i >= 0; i-- {
		s := x.d.Sentences[i]
		for k := s.Start; k < s.End; k++ {
			reach := 6
			if deedVerbs[x.tok(k).Lower] {
				reach = 10 // "attacked a post in the north in March 2004"
			} else if !claimNouns[x.tok(k).Lower] {
				continue
			}
			d, prec := x.dateNear(k, i, reach)
			if d != "" && (x.d.Published.IsZero() || d <= pub) {
				return d, prec
			}
		}
	}
	return "", schema.Day
}

// dateNear returns the nearest month or year from a few tokens before the
// deed word at k to reach tokens after it, and a written date with its
// year as its month.
func (x *relater) dateNear(k, si, reach int) (string, schema.DatePrecision) {
	start, end := x.d.Sentences[si].Start, x.d.Sentences[si].End
	probe := event{start: k, end: k, sent: si, modality: schema.Asserted}
	best, bestPrec, bestDist := "", schema.Day, 1<<30
	for j := max(start, k-4); j < end && j <= k+reach; j++ {
		d, prec := "", schema.Month
		if w, ok := x.writtenDate(j, 0); ok {
			d = w[:8] + "01"
		} else if p, pp, ok := x.periodAt(j, &probe); ok {
			d, prec = p, pp
		}
		dist := max(j-k, k-j)
		if d != "" && dist < bestDist {
			best, bestPrec, bestDist = d, prec, dist
		}
	}
	return best, bestPrec
}
