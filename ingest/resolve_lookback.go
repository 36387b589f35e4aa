package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

func (r *recognizer) lastPerson(i int) *Entity { return r.lastLabel(i, schema.Person) }

// lastLabel returns the entity with the given label named last before
// token i. Mentions are sorted by position when it is called.
func (r *recognizer) lastLabel(i int, label schema.Label) *Entity {
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Start < i && m.Ent != nil && m.Ent.Label == label {
			return m.Ent
		}
	}
	return nil
}

// lastActorEnds reports whether a country or organisation mention ends
// right before token i (allowing one adverb, or "'s" and a generic head):
// "the army said", "Kenya later said", "Peru's army said".
func (r *recognizer) lastActorEnds(i int) bool {
	if genericHeads[r.tok(i-1).Lower] && !possessedNonActors[r.tok(i-1).Lower] && r.tok(i-2).Lower == "'s" {
		i -= 2 // "Peru's military said it ...": the possessor speaks through its body
	}
	for k := range r.d.mentionsEndingFrom(i - 1) {
		m := r.d.Mentions[k]
		if m.End == i || m.End == i-1 && strings.HasSuffix(r.tok(i-1).Lower, "ly") {
			return m.Ent != nil && (m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation)
		}
	}
	return false
}

// lastActor returns the country or organisation named last before token i,
// in the same sentence or the one before.
func (r *recognizer) lastActor(i, si int) *Entity {
	var best *Entity
	from := 0
	if r.d.mentionsSorted() {
		from = r.d.firstMentionOf(si - 1) // the mentions before are of earlier sentences
	}
	for _, m := range r.d.Mentions[from:] {
		if m.Start >= i {
			break
		}
		if m.Ent != nil && m.Sent >= si-1 && !m.Place && (m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation) {
			best = m.Ent
		}
	}
	return best
}

// lastPlaceNoun resolves "the town": the place last introduced as a town,
// else the city named last.
func (r *recognizer) lastPlaceNoun(i int, noun string) *Entity {
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Start < i && m.Ent != nil && m.Ent.Noun == noun {
			return m.Ent
		}
	}
	return r.lastPlace(i)
}

func (r *recognizer) lastPlace(i int) *Entity { return r.lastLabel(i, schema.City) }

// lastGroup returns the armed group named last before i, else the first
// named after it in the same sentence.
// groupOf returns the organisation named after the group noun at i:
// "fighters of the Delta Front", "militants from the Harbor Brigade".
func (r *recognizer) groupOf(i int) *Entity {
	k := i + 1
	if !r.isWord(k, "of", "from") {
		return nil
	}
	if k++; r.isWord(k, "the") {
		k++
	}
	for j := range r.d.mentionsIn(k, k+1, false) {
		if m := r.d.Mentions[j]; m.Start == k && m.Ent != nil && m.Ent.Label == schema.Organisation {
			return m.Ent
		}
	}
	return nil
}

func (r *recognizer) lastGroup(i, sentEnd int) *Entity {
	if r.d.mentionsSorted() {
		return r.lastGroupSorted(i, sentEnd)
	}
	var best *Entity
	for _, m := range r.d.Mentions {
		if m.Ent == nil || m.Ent.Kind != "armed_group" {
			continue
		}
		if m.Start < i {
			best = m.Ent
		} else if best == nil && m.Start < sentEnd {
			return m.Ent
		}
	}
	return best
}

// lastGroupSorted is lastGroup over mentions sorted by position: it visits
// only the mentions from i back to the group, and those of the rest of the
// sentence.
func (r *recognizer) lastGroupSorted(i, sentEnd int) *Entity {
	for k := range r.d.mentionsBefore(i) {
		if m := r.d.Mentions[k]; m.Ent != nil && m.Ent.Kind == "armed_group" {
			return m.Ent
		}
	}
	for k := range r.d.mentionsIn(i, sentEnd, false) {
		if m := r.d.Mentions[k]; m.Ent != nil && m.Ent.Kind == "armed_group" {
			return m.Ent
		}
	}
	return nil
}

func (r *recognizer) docOpposition() *Entity {
	for _, e := range r.d.Entities {
		if e.Label == schema.Organisation && strings.HasSuffix(e.Name, " opposition") && r.seen[e] {
			return e
		}
	}
	return nil
}

// holderOf returns the actor person p holds a title of, if any.
func (r *recognizer) holderOf(p *Entity) *Entity {
	for _, f := range r.titles {
		if f.person == p && f.of != nil {
			return f.of
		}
	}
	return nil
}

// otherCountryIn reports whether sentence si names, before token i, a
// country other than of: "travels to Freedonia, where he will meet the
// president" is not about the president named before.
func (r *recognizer) otherCountryIn(si, i int, of *Entity) bool {
	for _, m := range r.d.Mentions {
		if m.Sent == si && m.Start < i && m.Ent != nil && m.Ent != of && m.Ent.Label == schema.Country {
			return true
		}
	}
	return false
}

// stateTitleHolder resolves an unnamed "the president", "the prime
// minister" (m) to the one person of the article titled so and named
// before it, unless its sentence names another country first.
func (r *recognizer) stateTitleHolder(m *Mention) *Entity {
	if m.Rule != "official/unnamed-context" || !r.isWord(m.Start, "the") || r.isWord(m.End, "of") {
		return nil
	}
	p := r.titleHolder(r.text(m.Start+1, m.End))
	if p == nil || !r.namedSince(p, m.Start, 0) || r.otherCountryIn(m.Sent, m.Start, r.holderOf(p)) {
		return nil
	}
	return p
}

// namedSince reports whether e is mentioned before token i in sentence
// from or later.
func (r *recognizer) namedSince(e *Entity, i, from int) bool {
	for _, m := range r.d.Mentions {
		if m.Ent == e && m.Start < i && m.Sent >= from {
			return true
		}
	}
	return false
}

// troopsOf returns the state whose armed men "his forces", "her troops" at
// token i (the pronoun) are: the state of the official p the pronoun stands
// for ("the army chief said his forces had killed 40 fighters": the state's
// forces, not the chief's own deed); nil for anything else.
func (r *recognizer) troopsOf(i int, p *Entity) *Entity {
	if !r.isWord(i, "his", "her") || !armedHeads[r.tok(i+1).Lower] || r.isTaken(i+1) || p.Label != schema.Person {
		return nil
	}
	si := r.d.sentOf[i]
	named := false
	for _, m := range r.d.Mentions {
		named = named || m.Ent == p && m.Sent == si && m.Start < i // the official speaks in the same sentence
	}
	if st := r.holderOf(p); named && st != nil && st.Label == schema.Country {
		return st
	}
	return nil
}
