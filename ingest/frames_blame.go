package ingest

import "github.com/actorgraph/actorgraph/schema"

// harbouringState reads who is blamed for the fighters it hosts, after
// "blamed the attacks on": "militants based in Peru", "fighters present on
// Peruvian soil", "militants operating from Peruvian territory" -> Peru.
func (x *relater) harbouringState(i, limit int) *Entity {
	j := i
	for j < limit && j < i+4 && !x.isWord(j, "based", "present", "operating", "hiding", "sheltering", "harboured", "harbored") {
		if k := x.mentionIdx(j); x.tok(j).Kind != tokWord || k >= 0 && x.d.Mentions[k].Kind != mDescriptor {
			return nil // a named actor is blamed itself
		}
		j++
	}
	if !x.isWord(j, "based", "present", "operating", "hiding", "sheltering", "harboured", "harbored") || !x.isWord(j+1, "in", "on", "from", "inside") {
		return nil
	}
	k := x.mentionIdx(j + 2)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Ent.Label != schema.Country || m.Kind == mDemonym && !x.isWord(m.End, "soil", "territory") {
		return nil
	}
	return m.Ent
}
