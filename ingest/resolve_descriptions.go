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
// accused the government of neglect". A government named by its owner
// ("the government of X", "the government in X"), a modifier ("the
// government hospital", "government-run"), a possessive or a title stays
// unread.
func (r *recognizer) governmentRefAt(i, si int) *Entity {
	t := r.tok(i + 1)
	if t.Lower != "government" || t.Cap || r.isTaken(i+1) || !r.actsAfter(i+2) {
		return nil
	}
	return r.contextCountry(i, si)
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
	var found *Entity
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Organisation || m.Ent.Kind != "igo" {
			continue
		}
		if found != nil && found != m.Ent {
			return nil, i
		}
		found = m.Ent
	}
	return found, i + 3
}

// gerundAt reports whether token i is a lower-case "-ing" word: "accused
// the bloc of failing".
func (r *recognizer) gerundAt(i int) bool {
	t := r.tok(i)
	return t.Kind == tokWord && !t.Cap && len(t.Lower) > 5 && t.Lower[len(t.Lower)-3:] == "ing"
}
