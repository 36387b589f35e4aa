package ingest

import "github.com/actorgraph/actorgraph/schema"

// possessedPeople reads a state's possessive before a bare personal name,
// "Peru's Mira Okafor": news names a state's leaders so. The person is an
// official of that state when the article gives them no title at all (a
// title, told anywhere, says whose official they are).
func (x *relater) possessedPeople() {
	titled := make(map[*Entity]bool, len(x.r.titles))
	for _, f := range x.r.titles {
		titled[f.person] = true
	}
	for _, m := range x.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Country || m.Kind != mName || !x.isWord(m.End, "'s") {
			continue
		}
		k := x.mentionIdx(m.End + 1)
		if k < 0 {
			continue
		}
		p := x.d.Mentions[k]
		if p.Ent == nil || p.Ent.Label != schema.Person || p.Kind != mName || titled[p.Ent] || x.r.relatives[p.Ent] || x.namesMore(p.End) {
			continue
		}
		x.addFact(schema.OfficialOf, p.Ent, m.Ent, m.Sent, "official-of/possessed-name", "")
	}
}

// namesMore reports whether the word at i goes on with a longer name
// or a body's head: "Peru's Varga Dawn movement" is no person of Peru.
func (x *relater) namesMore(i int) bool {
	t := x.tok(i)
	if t.Kind != tokWord {
		return false
	}
	_, desc := orgDescriptors[t.Lower]
	return t.Cap || orgHeads[t.Lower] || desc
}
