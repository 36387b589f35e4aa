package ingest

// enteredInto returns the state or body that the text says someone
// brought into the grouping g: "taking Peru into NATO", "she led Chile
// into the bloc", or nil. A state's "accession to" or "membership in" a
// grouping is not read: it is as often a wish ("Sylvania's membership in
// NATO is off the table").
func (x *relater) enteredInto(g Mention) *Entity {
	v := g.Start - 1
	if x.isWord(v, "the") {
		v--
	}
	if !x.isWord(v, "into") || !x.groupingEnds(g) {
		return nil // "into NATO territory"
	}
	k := x.mentionIdx(v - 1)
	if k < 0 {
		return nil
	}
	if m := x.d.Mentions[k]; m.End == v && bringInVerbs[x.tok(m.Start-1).Lower] {
		return x.candidateEndingAt(v)
	}
	return nil
}
