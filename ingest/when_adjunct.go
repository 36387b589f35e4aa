package ingest

var laterClauseOpeners = mustWordSet("later_clause_openers")

var spanWords = mustWordSet("span_words")

// laterAdjunct reports whether an adjunct clause of time or reason opens
// between the event ending at i and the date at j: "X imposed sanctions on
// Y, weeks after talks collapsed in March" dates the talks, not the
// sanctions. The opener follows a comma over a few span words (", weeks
// after", ", after") or a span word itself ("days since"); a bare "after"
// ("after midnight on Monday") and an opener right before the date
// ("sanctioned Y, since 2019") keep it.
func (x *relater) laterAdjunct(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if relativePronouns[x.tok(k).Lower] && x.tok(k-1).Text == "," {
			return true // ", whose army attacked Z in March"
		}
		if !laterClauseOpeners[x.tok(k).Lower] || k+1 == j {
			// ", since 2019": the span of the event itself
			continue
		}
		if spanWords[x.tok(k-1).Lower] && x.tok(k-1).Kind == tokWord {
			return true
		}
		for b := k - 1; b > i && b >= k-4; b-- {
			if x.tok(b).Text == "," {
				return true
			}
			if !spanWords[x.tok(b).Lower] && x.tok(b).Kind != tokNumber {
				break
			}
		}
	}
	return false
}

var datedSayingForms = mustWordSet("dated_saying_forms")

// sayingDate reports whether the date at j dates a saying whose content
// holds the event at start: "telling reporters in the capital on Wednesday
// that he would ask X" is a past Wednesday, as "said in March that she
// would visit" is a past March, even for a planned event. A verb of saying
// stands before the date in its sentence, and "that" between the date and
// the event.
func (x *relater) sayingDate(ev *event, j int) bool {
	that := false
	for k := j + 1; k < ev.start; k++ {
		if x.isWord(k, "that") {
			that = true
		}
	}
	if !that {
		return false
	}
	s := x.d.Sentences[ev.sent]
	for v := j - 1; v >= s.Start && v >= j-12; v-- {
		if w := x.tok(v).Lower; speechVerbs[w] || datedSayingForms[w] {
			return true
		}
	}
	return false
}

// frontedAdjunct reports whether the date at j, before the event, lies in
// a fronted clause of time or reason that a comma closes before the
// event: "After talks collapsed in March, X imposed sanctions on Y". A
// "when" clause is left to date the event ("When X visited Lima in March,
// she met Y"), as is an opener right before the date ("Since March, ...").
func (x *relater) frontedAdjunct(ev *event, j int) bool {
	s := x.d.Sentences[ev.sent]
	closed := false
	for k := j + 1; k < ev.start; k++ {
		if x.tok(k).Text == "," {
			closed = true
		}
	}
	if !closed {
		return false
	}
	for k := j - 2; k >= s.Start; k-- {
		t := x.tok(k)
		if t.Text == "," {
			return false
		}
		if laterClauseOpeners[t.Lower] && t.Lower != "when" && (k == s.Start || x.tok(k-1).Text == ",") {
			return true
		}
	}
	return false
}
