package ingest

import "github.com/actorgraph/actorgraph/schema"

// Pronoun gender: a person a "he" or "his" resolved to is not the
// antecedent of a later "she", and the other way round.
const (
	genderNone uint8 = iota
	genderMale
	genderFemale
)

func pronounGender(w string) uint8 {
	switch w {
	case "he", "him", "his":
		return genderMale
	case "she", "her":
		return genderFemale
	}
	return genderNone
}

// agreeingAntecedent checks the antecedent p of the pronoun at i against
// the gender earlier pronouns gave it; when they disagree it returns the
// person named last before i within two sentences that does not, else
// the one person earlier pronouns gave its gender, or nil.
// It records the pronoun's gender for the person it returns.
func (r *recognizer) agreeingAntecedent(i int, p *Entity) *Entity {
	g := pronounGender(r.tok(i).Lower)
	if p == nil || g == genderNone {
		return p
	}
	if k := r.gender[p]; k != genderNone && k != g {
		p = nil
		si := r.d.sentOf[i]
		for k := range r.d.mentionsBefore(i) {
			m := r.d.Mentions[k]
			if m.Sent < si-2 {
				break
			}
			if m.Ent != nil && m.Ent.Label == schema.Person && (r.gender[m.Ent] == genderNone || r.gender[m.Ent] == g) {
				p = m.Ent
				break
			}
		}
		if p == nil {
			p = r.soleOfGender(g)
		}
		if p == nil {
			return nil
		}
	}
	if r.gender == nil {
		r.gender = map[*Entity]uint8{}
	}
	if r.gender[p] == genderNone {
		r.gender[p] = g
	}
	return p
}

// soleOfGender returns the one person pronouns gave gender g, or nil.
func (r *recognizer) soleOfGender(g uint8) *Entity {
	var found *Entity
	for p, k := range r.gender {
		if k != g {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}
