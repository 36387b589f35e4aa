package ingest

import "github.com/actorgraph/actorgraph/schema"

var (
	roleAnaphors  = mustWordSet("role_anaphors")
	stateAnaphors = mustWordSet("state_anaphors")
)

// roleAnaphor adds the mention of "the official" at token i when
// roleAnaphorAt resolves it, and returns the last token it read.
func (r *recognizer) roleAnaphor(i, si int, extra *[]Mention) int {
	var o *Entity
	if stateAnaphors[r.tok(i+1).Lower] {
		o = r.stateAnaphorAt(i, si)
	} else {
		o = r.roleAnaphorAt(i, si)
	}
	if o == nil {
		return i
	}
	*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: o, Kind: mDescriptor, Head: r.tok(i + 1).Lower, Rule: "coref/role-again"})
	return i + 1
}

// roleAnaphorAt resolves "the official", "the diplomat" at token i (the
// "the") to the state or body of the one unnamed official with that role
// told in its sentence or the two before: "A senior Sylvanian official
// told reporters ... The official added that ..." is Sylvania. No such
// official, or two of different sides: nil.
func (r *recognizer) roleAnaphorAt(i, si int) *Entity {
	noun := r.tok(i + 1)
	if !roleAnaphors[noun.Lower] || noun.Cap || r.isTaken(i+1) || r.isCapWord(i+2) || r.isWord(i+2, "of", "-") {
		return nil
	}
	var found *Entity
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Sent < si-2 {
			break
		}
		if m.Ent == nil || m.Ent.Label == schema.Person || m.Place || m.End < 1 {
			continue
		}
		if r.tok(m.End-1).Lower != noun.Lower && m.Head != noun.Lower && r.tok(m.End).Lower != noun.Lower {
			continue // "a senior Sylvanian official", "a Sylvanian diplomat", "a Harbor Council official"
		}
		if found != nil && found != m.Ent {
			return nil
		}
		found = m.Ent
	}
	return found
}

// stateAnaphorAt resolves "The country", "the nation" acting at the start
// of a clause (token i is the "the") to the state that opened the sentence
// before as its subject: "Sylvania closed its border. The country also
// accused Freedonia". "in the country", "the country's", "the country of"
// and a state that did not open the sentence before are left alone.
func (r *recognizer) stateAnaphorAt(i, si int) *Entity {
	noun := r.tok(i + 1)
	if si == 0 || noun.Cap || r.isTaken(i+1) || !r.actsAfter(i+2) || r.isWord(i+2, ",", ".", ";") {
		return nil
	}
	if s := r.d.Sentences[si]; i != s.Start && !r.isWord(i-1, "and", "but", ",") {
		return nil
	}
	o := r.openingActor(si - 1)
	if o == nil || o.Label != schema.Country {
		return nil
	}
	return o
}
