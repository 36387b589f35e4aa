package ingest

import "github.com/actorgraph/actorgraph/schema"

// Definite descriptions of states and blocs: "the government" is the state
// the sentence is about, "the regional body" the one intergovernmental
// body named before. The kind nouns ("the group", "the bloc") are
// kindRefAt's (resolve_kinds.go).

var bodyAdjectives = mustWordSet("body_adjectives")

var blocHeads = mustWordSet("bloc_heads")

// governmentRefAt resolves a lower-case "the government" at token i (the
// "the") to the country of its context (contextCountry): "the separatists
// accused the government of neglect"; "the government of X" is X
// (governmentOfAt). A government in a place ("the government in X"), a
// modifier ("the government hospital", "government-run"), a possessive or
// a title stays unread.
func (r *recognizer) governmentRefAt(i, si int) *Entity {
	if o := r.governmentOfAt(i); o != nil {
		return o
	}
	t := r.tok(i + 1)
	if t.Lower != "government" || t.Cap || r.isTaken(i+1) || !r.actsAfter(i+2) {
		return nil
	}
	return r.contextCountry(i, si)
}

var stateBodyNouns = mustWordSet("state_body_nouns")

// governmentOfAt resolves "the government of X" at token i (the "the") to
// the state X named right after it: "the government of Chile condemned",
// "Peru met the regime of Bolivia". A government of anything else ("the
// government of national unity") stays unread.
func (r *recognizer) governmentOfAt(i int) *Entity {
	t := r.tok(i + 1)
	if !stateBodyNouns[t.Lower] || r.isTaken(i+1) || !r.isWord(i+2, "of") {
		return nil
	}
	m := r.mentionAt(i + 3)
	if m == nil || m.Start != i+3 || m.Ent.Label != schema.Country || m.Possessive || r.isWord(m.End, "'s") {
		return nil
	}
	return m.Ent
}

// actsAfter reports whether token i, after a subject or object noun, ends
// the noun phrase: a clause mark, an auxiliary, a verb, an adverb, or
// "of" before a gerund ("accused the government of robbing").
func (r *recognizer) actsAfter(i int) bool {
	t := r.tok(i)
	switch {
	case t.Kind == tokPunct:
		return t.Text == "," || t.Text == "." || t.Text == ";"
	case t.Kind != tokWord || t.Cap:
		return false
	case r.isWord(i, "of"):
		return r.gerundAt(i + 1)
	case auxWords[t.Lower] || r.isWord(i, "says", "said", "denied", "denies"):
		return true
	}
	w := t.Lower
	return len(w) > 4 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "ly")
}

// regionalBodyAt resolves "the regional body", "the continental bloc" at
// token i (the "the") to the one intergovernmental body named before it;
// it returns the entity and the token after the phrase.
func (r *recognizer) regionalBodyAt(i int) (*Entity, int) {
	if !bodyAdjectives[r.tok(i+1).Lower] || !blocHeads[r.tok(i+2).Lower] || r.tok(i+2).Cap || r.isTaken(i+2) {
		return nil, i
	}
	if r.isCapWord(i+3) || r.isWord(i+3, "of", "for", "on") && !r.gerundAt(i+4) {
		return nil, i
	}
	return r.salientBloc(i), i + 3
}

// salientBloc returns the intergovernmental body named before token i
// more often than any other: the one a bare description refers to.
func (r *recognizer) salientBloc(i int) *Entity {
	var best, second *Entity
	counts := map[*Entity]int{}
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Organisation || m.Ent.Kind != "igo" {
			continue
		}
		counts[m.Ent]++
	}
	for e, n := range counts {
		switch {
		case best == nil || n > counts[best] || n == counts[best] && e.ID < best.ID:
			best, second = e, best
		case second == nil || n > counts[second]:
			second = e
		}
	}
	if best == nil || second != nil && counts[second] >= counts[best] {
		return nil
	}
	return best
}

// administrationRefAt resolves "the NAME administration" at token i (the
// "the") to the state the person NAME leads: "the Feld administration",
// "the Rojas government" act as their state. It returns the state and the
// token after the phrase.
func (r *recognizer) administrationRefAt(i int) (*Entity, int) {
	m := r.mentionAt(i + 1)
	if m == nil || m.Start != i+1 || m.Ent.Label != schema.Person || !r.isWord(m.End, "administration", "government") || r.tok(m.End).Cap {
		return nil, i
	}
	if st := r.holderOf(m.Ent); st != nil && st.Label == schema.Country {
		return st, m.End + 1
	}
	return nil, i
}

// gerundAt reports whether token i is a lower-case "-ing" word: "accused
// the bloc of failing".
func (r *recognizer) gerundAt(i int) bool {
	t := r.tok(i)
	return t.Kind == tokWord && !t.Cap && len(t.Lower) > 5 && t.Lower[len(t.Lower)-3:] == "ing"
}
