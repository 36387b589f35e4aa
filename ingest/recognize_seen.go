package ingest

import "github.com/actorgraph/actorgraph/schema"

// seenOnlyAt reads, at token i, an alias that is also a common word in
// capitals ("IS"), written exactly so, as its organisation when the
// article named that organisation before by another name: "... the
// Islamic State group ... airstrikes against IS in the north". A headline
// (often in capitals) never counts.
func (r *recognizer) seenOnlyAt(i, si int, headline bool) (int, bool) {
	if headline || len(r.lex.seenOnly) == 0 {
		return i, false
	}
	idx, ok := r.lex.seenOnly[r.tok(i).Text]
	if n := r.tok(i + 1); !ok || n.Cap || n.Text == "-" && !n.SpaceBefore {
		return i, false // "IS Sahel", "IS-Somalia": part of a longer name
	}
	o := r.lex.orgs[idx]
	e := r.d.byID[schema.OrgID(o.Name)]
	if e == nil || !r.seen[e] {
		return i, false
	}
	r.mark(Mention{Start: i, End: i + 1, Sent: si, Ent: e, Rule: "org/seen-alias"})
	return i + 1, true
}
