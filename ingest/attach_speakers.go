package ingest

import "github.com/actorgraph/actorgraph/schema"

// rolesSpokenNext reads an unnamed office holder who opens a sentence and
// the speaker first named in the next one: "A spokesman for the Sylvanian
// president rejected the charge. "It is false," NAME told reporters."
// The speaker, named with no title anywhere, holds that office, of the
// state or body the office's phrase names.
func (x *relater) rolesSpokenNext() {
	titled := map[*Entity]bool{}
	for _, f := range x.r.titles {
		titled[f.person] = true
	}
	for si := 0; si+1 < len(x.d.Sentences); si++ {
		title, of := x.openingRole(si)
		if title == "" || of == nil {
			continue
		}
		if p, tok := x.firstSpeakerIn(si+1, titled); p != nil {
			titled[p] = true
			x.r.titles = append(x.r.titles, titleFact{person: p, title: title, of: of, sent: si + 1, tok: tok})
		}
	}
}

// openingRole returns the office that opens sentence si with an article
// and no name ("The police chief of Peru's Cusco region says", "A
// spokesman for the Sylvanian president said") and the state or body its
// phrase names before the verb.
func (x *relater) openingRole(si int) (string, *Entity) {
	s := x.d.Sentences[si]
	i := s.Start
	if !x.isWord(i, "a", "an", "the") {
		return "", nil
	}
	j := i + 1
	for n := 0; n < 2 && titleModifiers[x.tok(j).Lower]; n++ {
		j++
	}
	tEnd, title := x.r.titleAt(j, s.End)
	if k := roleOf(x.tok(i + 1).Lower); title == "" && (k == roleState || k == roleOrg) && x.isWord(i+2, "of", "for") {
		tEnd, title = i+2, x.tok(i+1).Text // "The chief of police in ..."
	}
	if title == "" || x.tok(tEnd).Cap {
		return "", nil // "The minister Tomas Feld": named here
	}
	var of *Entity
	for k := tEnd; k < s.End && k < tEnd+10; k++ {
		t := x.tok(k)
		if t.Kind == tokWord && !t.Cap && !prepositions[t.Lower] && !articles[t.Lower] && !portfolioWords[t.Lower] &&
			!regionSuffix[t.Lower] && !titleHeads[t.Lower] && t.Lower != "'s" {
			break // the verb: the role's phrase ends
		}
		m := x.mentionIdx(k)
		if m < 0 {
			continue
		}
		switch e := x.d.Mentions[m].Ent; {
		case e == nil:
		case e.Label == schema.Person:
			if of == nil {
				of = x.personSide(e, titleFact{person: e})
			}
		case e.Label == schema.Country && x.d.Mentions[m].Possessive:
			// "of Peru's Cusco region" is Peru's; "of Peru's Harbor Front" the front's
			after := x.d.Mentions[m].End + 1
			if n := x.mentionIdx(after); n >= 0 && x.d.Mentions[n].Ent != nil && x.d.Mentions[n].Ent.Label == schema.Organisation {
				continue
			} else if n < 0 && x.tok(after).Cap {
				return "", nil // an unknown body of the state's
			}
			if of == nil {
				of = e
			}
		case e.Label == schema.Country || e.Label == schema.Organisation:
			if of == nil {
				of = e
			}
		case e.ISO3 != "" && of == nil:
			of = x.d.byID[schema.CountryID(e.ISO3)]
		}
		k = x.d.Mentions[m].End - 1
	}
	return title, of
}

// firstSpeakerIn returns the person first named in sentence si as the
// speaker of a report verb ("NAME told", "NAME said", "said NAME"), with
// no title anywhere and nothing said of them in an apposition, and the
// token of that mention.
func (x *relater) firstSpeakerIn(si int, titled map[*Entity]bool) (*Entity, int) {
	for k := range x.d.mentionsIn(si, si+1, true) {
		m := x.d.Mentions[k]
		if m.Sent != si || m.Ent == nil || m.Ent.Label != schema.Person {
			continue
		}
		if !speakerRules[m.Rule] || titled[m.Ent] || x.firstMention(m.Ent) != k || x.tok(m.End).Text == "," {
			return nil, 0
		}
		return m.Ent, m.Start
	}
	return nil, 0
}

// firstMention returns the index of e's first mention.
func (x *relater) firstMention(e *Entity) int {
	for k, m := range x.d.Mentions {
		if m.Ent == e {
			return k
		}
	}
	return -1
}

// speakerRules are the rules that name a person as the speaker of a
// report verb, or with an honorific only: no office said of them.
var speakerRules = map[string]bool{"person/speech": true, "person/after-cue": true, "person/honorific": true}
