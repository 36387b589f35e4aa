package ingest

import "github.com/actorgraph/actorgraph/schema"

var encounterVerbs = mustWordSet("encounter_verbs")

// reportingForce returns the armed force that reports on its own
// commander: "The Sylvanian army said the commander, NAME, was wounded".
// A military title with no state or body of its own, told by a military
// body that is the subject of the report verb before it, is that body's;
// nil otherwise (another actor or a demonym stands between them, or the
// title is no military one).
func (x *relater) reportingForce(f titleFact) *Entity {
	if !militaryTitle(f.title) {
		return nil
	}
	s := x.d.Sentences[f.sent]
	for j := f.tok - 1; j > s.Start && j >= f.tok-8; j-- {
		t := x.tok(j)
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Ent != f.person {
			return nil // "the Ethiopian commander", "the Hamas commander"
		}
		if t.Kind == tokWord && reportVerbs[t.Lower] {
			k := x.mentionIdx(j - 1)
			if k < 0 {
				return nil
			}
			m := x.d.Mentions[k]
			if e := m.Ent; e.Label == schema.Organisation && e.Kind == "military" {
				return e
			}
			if e := m.Ent; e.Label == schema.Country && armedHeads[m.Head] {
				return e // "The Peruvian army said": the state's own force
			}
			return nil
		}
		if t.Kind != tokWord && t.Text != "," {
			return nil
		}
	}
	return nil
}

// militaryTitle reports whether a title is a rank or command of a force.
func militaryTitle(title string) bool {
	return titleHas(title, "commander", "general", "colonel", "major", "captain", "lieutenant", "officer")
}

// metAbroad reports whether the holder of a local office, subject of a
// verb of meeting or visiting, meets people of the article's home state,
// named only after the verb: "Governor NAME met members of the Chinese
// community in Sylvania", "Mayor NAME hosted a delegation from Sylvania". The home
// state is then the other side's, no guess for the holder's own.
func (x *relater) metAbroad(f titleFact, home *Entity) bool {
	if home == nil {
		return false
	}
	s := x.d.Sentences[f.sent]
	k := x.mentionIdx(f.tok)
	if k < 0 || x.d.Mentions[k].Ent != f.person {
		return false
	}
	v := x.d.Mentions[k].End
	if x.isWord(v, "also", "then", "later", "has", "had", "will") {
		v++
	}
	if !encounterVerbs[x.tok(v).Lower] {
		return false // the holder's own verb is no meeting
	}
	for j := s.Start; j < s.End; j++ {
		if m := x.mentionIdx(j); m >= 0 && x.d.Mentions[m].Ent == home {
			return j > v
		}
	}
	return false
}

// placesInPlaces adds LOCATED_IN for a place of no state that the text
// puts in a larger area: "the Varga Islands in the South China Sea". A
// place of a known state is already in its state (gazetteerFacts).
func (x *relater) placesInPlaces() {
	for _, m := range x.d.Mentions {
		e := m.Ent
		if e == nil || e.Label != schema.Region && e.Label != schema.City || e.ISO3 != "" || e.Within != nil || !x.isWord(m.End, "in") {
			continue
		}
		j := m.End + 1
		if x.isWord(j, "the") {
			j++
		}
		k := x.mentionIdx(j)
		if k < 0 || x.d.Mentions[k].Start != j && x.d.Mentions[k].Start != m.End+1 {
			continue
		}
		if area := x.d.Mentions[k].Ent; area != nil && area != e && area.Label == schema.Region {
			x.addFact(schema.LocatedIn, e, area, m.Sent, "located-in/in-area", "")
		}
	}
}
