package ingest

import "github.com/actorgraph/actorgraph/schema"

var cancelVerbs = mustWordSet("cancel_verbs")

var postponeVerbs = mustWordSet("postpone_verbs")

// cancelledNoun returns the modality a visit or meeting told as a noun
// takes from a verb that cancels or puts it off, before it ("cancelled
// her visit to X", "called off the talks with X") or after it ("a visit
// to X by Y was cancelled"): negated, or planned when only put off; ""
// when none does.
func (x *relater) cancelledNoun(ev *event) schema.Modality {
	if ev.rule.kind != nounRule {
		return ""
	}
	s := x.d.Sentences[ev.sent]
	for j := ev.start - 1; j >= s.Start && j >= ev.start-5; j-- {
		if m := x.cancelAt(j); m != "" {
			return m
		}
		if t := x.tok(j); t.Kind != tokWord || !(determiners[t.Lower] || x.isWord(j, "her", "his", "their", "planned") || x.adjectiveLike(j) || t.Text == "-") {
			break
		}
	}
	for j := ev.end; j < s.End && j < ev.end+12; j++ {
		if beVerbs[x.tok(j).Lower] {
			if m := x.cancelAt(j + 1); m != "" {
				return m
			}
			if x.isWord(j+1, "being", "been") {
				return x.cancelAt(j + 2)
			}
			return ""
		}
		if clauseStops[x.tok(j).Text] || x.tok(j).Text == "," {
			return ""
		}
	}
	return ""
}

// cancelAt returns negated for a cancelling verb at j ("cancelled",
// "called off", "scrapped"), planned for one that puts off ("postponed"),
// else "".
func (x *relater) cancelAt(j int) schema.Modality {
	switch {
	case cancelVerbs[x.tok(j).Lower], x.isWord(j, "call", "calls", "called", "calling") && x.isWord(j+1, "off"),
		x.isWord(j, "off") && x.isWord(j-1, "call", "calls", "called", "calling"):
		return schema.Negated
	case postponeVerbs[x.tok(j).Lower]:
		return schema.Planned
	}
	return ""
}
