package ingest

import "github.com/actorgraph/actorgraph/schema"

var priorAdverbs = mustWordSet("prior_adverbs")

// prior reports whether the verb of ev sets it before the story's news: a
// past perfect ("had imposed", "had earlier met") or an adverb such as
// "previously", "initially" or "at first" just before the verb.
func (x *relater) prior(ev *event) bool {
	if ev.rule.kind != verbRule {
		return false
	}
	for k := ev.start - 1; k >= 0 && k >= ev.start-3; k-- {
		w := x.tok(k).Lower
		if w == "had" || priorAdverbs[w] {
			return true
		}
		if x.tok(k).Kind != tokWord || !verbAdverbs[w] && !x.isWord(k, "at") {
			return false
		}
	}
	return false
}

// mayShare reports whether ev, with no date of its own, may take the date
// d of the same event told elsewhere: not an event set before the news,
// and not a date after publication for an event told as done.
func (x *relater) mayShare(ev *event, d string) bool {
	if x.prior(ev) {
		return false // "had imposed sanctions": an earlier deed than the one dated
	}
	return x.d.Published.IsZero() || ev.modality != schema.Asserted || d <= x.d.Published.Format("2006-01-02")
}
