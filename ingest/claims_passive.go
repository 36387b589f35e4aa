package ingest

import "github.com/actorgraph/actorgraph/schema"

// claimedBy reads the passive claim "the attack was claimed by X", "past
// attacks were claimed by X": X is the agent of the attack named there,
// or of the latest attack told without an agent in the three sentences
// before, on the same targets.
func (x *relater) claimedBy() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start; j+3 < s.End; j++ {
			if !claimNouns[x.tok(j).Lower] {
				continue
			}
			by := x.claimedByAt(j + 1)
			if by < 0 {
				continue
			}
			agents, _ := x.byAgent(by, s.End)
			if len(agents) == 0 {
				continue
			}
			x.credit(si, j, j, n, agents) // "the attack on X was claimed by Y"
		}
	}
}

// claimedByAt returns the "by" of "was claimed by", "have been claimed
// by" after a claimed noun (past a place adverb: "attacks there were
// claimed by"), or -1.
func (x *relater) claimedByAt(i int) int {
	if x.isWord(i, "there", "here") {
		i++
	}
	if !x.isWord(i, "was", "were", "has", "have", "had") {
		return -1
	}
	i++
	if x.isWord(i, "been") {
		i++
	}
	if x.isWord(i, "also", "quickly", "later") {
		i++
	}
	if !x.isWord(i, "claimed") || !x.isWord(i+1, "by") {
		return -1
	}
	return i + 1
}

var claimedPlaceRule = &Rule{ID: "attacked/claimed-place", Type: schema.Attacked, Places: true}

// claimedPlace adds the attack a claim refers to when no attack was read
// before it: the place of the latest claimed deed named in the sentence or
// the three before ("Saturday's blasts outside a school in Tacna ... The
// Andean Front claimed responsibility"), back to an earlier claim. It
// reports whether it did.
func (x *relater) claimedPlace(si, j int, agents []*Entity) bool {
	for p := si; p >= 0 && p >= si-3; p-- {
		s := x.d.Sentences[p]
		end := s.End
		if p == si {
			end = j
		}
		for k := end - 1; k >= s.Start; k-- {
			if p < si && claimVerbs[x.tok(k).Lower] {
				return false // an earlier claim: the deeds before it are claimed already
			}
			if !claimNouns[x.tok(k).Lower] {
				continue
			}
			place := x.deedPlace(k+1, s.End)
			if place == nil || x.anySide([]*Entity{place}, agents[0]) {
				continue
			}
			ev := event{rule: claimedPlaceRule, start: j, end: j + 1, sent: si, agents: agents[:1], targets: []*Entity{place}}
			x.dateOwn(&ev)
			x.events = append(x.events, ev)
			return true
		}
	}
	return false
}

// deedPlace returns the place named in the phrase after a deed noun at i:
// "in Tacna", "outside a school in Arica's old town", "at a market in
// Tacna"; the last place of the phrase, or nil.
func (x *relater) deedPlace(i, limit int) *Entity {
	var place *Entity
	sawPrep := false
	for j := i; j < limit && j < i+12; j++ {
		t := x.tok(j)
		if t.Text == "," || t.Text == "." || t.Text == ";" || x.rules.byFirst[t.Lower] != nil && t.Kind == tokWord && !t.Cap && x.mentionIdx(j) < 0 {
			break
		}
		if x.isWord(j, "in", "at", "outside", "near", "on") {
			sawPrep = true
			continue
		}
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if sawPrep && m.Ent != nil && (m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
				place = m.Ent
			}
			j = m.End - 1
		}
	}
	return place
}
