package ingest

import "github.com/actorgraph/actorgraph/schema"

// pairBefore returns the latest two actors joined by "and" ("Chile and
// Peru have argued over ...", "tensions between Chile and Peru") before
// ev, within back sentences, when no earlier event joins two: "urged both
// sides", "urged them" refer to them. Places, and a pair on the side of
// ev's agent, are none.
func (x *relater) pairBefore(ev *event, back int) []*Entity {
	for si := ev.sent; si >= 0 && si >= ev.sent-back; si-- {
		s := x.d.Sentences[si]
		end := s.End
		if si == ev.sent {
			end = ev.start
		}
		for j := end - 2; j > s.Start; j-- {
			if !x.isWord(j, "and") {
				continue
			}
			a, b := x.pairActor(j-1, true), x.pairActor(j+1, false)
			if a == nil || b == nil || a == b {
				continue
			}
			pair := []*Entity{a, b}
			if x.anySide(pair, ev.agents[0]) {
				return nil
			}
			return pair
		}
	}
	return nil
}

// pairActor returns the actor of the mention ending at token i (last) or
// starting there: a country, organisation or person, not a place.
func (x *relater) pairActor(i int, last bool) *Entity {
	k := x.mentionIdx(i)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if last && m.End != i+1 || !last && m.Start != i || m.Place || m.Possessive {
		return nil
	}
	switch m.Ent.Label {
	case schema.Country, schema.Organisation, schema.Person:
		return m.Ent
	}
	return nil
}
