package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// copulaOffices reads the offices a person named by a surname or a
// pronoun is said to hold or have held: "He is the leader of the Renewal
// Party", "Okafor later became foreign minister", "she served as
// president", "he resigned as leader of Y", "in her tenure as finance
// minister of Peru". Full names before a copula are read when people are
// recognised (predicateTitle); these need the references resolved. The
// offices join the title facts, so attach decides whose official a person
// is where the text names no employer.
func (x *relater) copulaOffices() {
	for _, m := range x.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Person || m.Kind != mName && m.Kind != mPronoun {
			continue
		}
		name := x.r.text(m.Start, m.End)
		appos := m.Kind == mName && x.tok(m.End).Text == "," && !x.isWord(m.End+1, "who") && name != m.Ent.Name && strings.HasSuffix(m.Ent.Name, " "+name)
		k := m.End + 1
		if !appos {
			k = x.officeStart(m)
		}
		if k < 0 {
			continue
		}
		f, end, ok := x.officeAt(m.Ent, k, m.Sent)
		if ok && (!appos || x.isWord(end, ",", ".") || speechVerbs[x.tok(end).Lower]) {
			f.second = appos                   // it leaves the person's other offices to their context
			x.r.titles = append(x.r.titles, f) // an apposition after a surname must end there: "Okafor, the country's top diplomat, said"
		}
	}
}

// officeStart returns the token where the office after m's person starts,
// or -1: after a copula or an office verb of a subject, or after "term as"
// of a possessive.
func (x *relater) officeStart(m Mention) int {
	k := m.End
	if m.Possessive || x.isWord(k, "'s") {
		if x.isWord(k, "'s") {
			k++
		}
		if officeSpans[x.tok(k).Lower] && x.isWord(k+1, "as") {
			return k + 2
		}
		return -1
	}
	if x.tok(k).Text == "," && x.isWord(k+1, "who") && m.Kind == mName {
		k += 2 // "NAME, who served as"
	} else if !x.subjectAt(m) {
		return -1
	}
	for officeAdverbs[x.tok(k).Lower] {
		k++
	}
	opened := k
	passive := false
	switch {
	case x.isWord(k, "is", "was", "became", "becomes", "remains", "remained"):
		passive = x.isWord(k, "is", "was")
		k++
	case x.isWord(k, "has", "had") && x.isWord(k+1, "been"):
		passive = true
		k += 2
	}
	if x.isWord(k, "sworn", "stepped") && x.isWord(k+1, "in", "down") {
		k++ // "sworn in as", "stepped down as"
	}
	if officeVerbs[x.tok(k).Lower] || x.isWord(k, "in", "down") && x.isWord(k-1, "sworn", "stepped") {
		k++
		if x.isWord(k, "as") {
			return k + 1
		}
		if passive && x.isWord(k-1, "elected", "re-elected", "appointed", "named") {
			return k // "she was elected speaker"
		}
		return -1
	}
	if k == opened {
		return -1
	}
	return k
}

// subjectAt reports whether m opens its sentence.
func (x *relater) subjectAt(m Mention) bool {
	s := x.d.Sentences[m.Sent].Start
	return m.Start == s || m.Start == s+1 && x.tok(s).Text == "\""
}

// officeAt reads "[the] [STATE's|the country's] [former] [adjective] TITLE
// [of|at EMPLOYER]" at k for person p; it returns the title fact and the
// token after the phrase, or false.
func (x *relater) officeAt(p *Entity, k, si int) (titleFact, int, bool) {
	limit := x.d.Sentences[si].End
	if articles[x.tok(k).Lower] {
		k++
	}
	var aff *Entity
	if x.isWord(k, "country") && x.isWord(k+1, "'s") {
		aff, k = x.r.lastCountry(k), k+2 // "the country's top diplomat"
	} else if j := x.mentionIdx(k); j >= 0 && x.d.Mentions[j].Start == k && x.d.Mentions[j].Ent != nil && x.d.Mentions[j].Kind != mPronoun {
		if m := x.d.Mentions[j]; m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation {
			aff, k = m.Ent, m.End // "Peru's ambassador", "the Peruvian ambassador"
			if x.isWord(k, "'s") {
				k++
			}
			if m.Kind == mUnnamed {
				k = x.titleInside(m) // the unnamed official's mention holds the title
			}
		}
	}
	for n := 0; n < 3 && (predicateTitleOpeners[x.tok(k).Lower] || tenureModifiers[x.tok(k).Lower]); n++ {
		k++
	}
	tEnd, title := x.r.titleAt(k, limit)
	for n := 0; title == "" && n < 3 && x.modifierAt(k); n++ {
		k++ // "the long-serving chairman", "the de facto leader"
		tEnd, title = x.r.titleAt(k, limit)
	}
	if title == "" || x.isWord(tEnd, "'s", "'") {
		return titleFact{}, 0, false // "he is the president's son"
	}
	f := titleFact{person: p, title: title, of: aff, sent: si, tok: k, told: true}
	end := tEnd
	if x.isWord(tEnd, "of", "at") && aff == nil {
		f.of = x.employerAfter(tEnd+1, limit)
		f.noCtx = f.of == nil
		end = x.phraseEnd(tEnd+1, limit)
	} else if aff == nil && !officialTitle(title) {
		return titleFact{}, 0, false
	}
	return f, end, true
}

// titleInside returns where the title starts in an unnamed official's
// mention, "Peru's ambassador", or the mention's end.
func (x *relater) titleInside(m Mention) int {
	for j := m.Start; j < m.End; j++ {
		if x.r.isTaken(j) && x.tok(j).Lower == "'s" {
			continue
		}
		if _, t := x.r.titleAt(j, m.End); t != "" {
			return j
		}
	}
	return m.End
}

// phraseEnd returns the first comma, full stop or speech verb from i.
func (x *relater) phraseEnd(i, limit int) int {
	for ; i < limit; i++ {
		if x.isWord(i, ",", ".") || speechVerbs[x.tok(i).Lower] {
			return i
		}
	}
	return limit
}

// employerAfter returns the state or body named at i after "of" or "at",
// over an article and lower-case modifiers ("the right-wing Renewal
// Party"), or nil.
func (x *relater) employerAfter(i, limit int) *Entity {
	for n := 0; i < limit && n < 5; n++ {
		if k := x.mentionIdx(i); k >= 0 {
			m := x.d.Mentions[k]
			if m.Start != i || m.Ent == nil || m.Kind == mPronoun || m.Ent.Label != schema.Organisation && m.Ent.Label != schema.Country {
				return nil
			}
			if !x.isWord(m.End, "'s") {
				return m.Ent
			}
			i = m.End + 1 // "of Peru's Harbor Institute": the possessed body
			continue
		}
		t := x.tok(i)
		if t.Cap || t.Kind != tokWord && t.Text != "-" {
			return nil
		}
		i++
	}
	return nil
}

// modifierAt reports whether token i may be an adjective before a title:
// a lower-case word that is no function word, or a hyphen inside one.
func (x *relater) modifierAt(i int) bool {
	t := x.tok(i)
	if t.Text == "-" {
		return !t.SpaceBefore
	}
	return t.Kind == tokWord && !t.Cap && !prepositions[t.Lower] && !articles[t.Lower] && !auxWords[t.Lower] && !x.isWord(i, "and", "or", "not")
}

// ledOffices reads "ORG, led by NAME," and "ORG is now led by NAME": the
// person leads the organisation named (or referred to) just before.
func (x *relater) ledOffices() {
	for _, m := range x.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Person || m.Kind != mName || !x.isWord(m.Start-1, "by") || !x.isWord(m.Start-2, "led", "headed") {
			continue
		}
		if org := x.ledBody(m.Start-3, m.Sent); org != nil {
			title := "leader"
			if x.isWord(m.Start-2, "headed") {
				title = "head"
			}
			x.r.titles = append(x.r.titles, titleFact{person: m.Ent, title: title, of: org, sent: m.Sent, tok: m.Start})
		}
	}
}

// ledBody returns the organisation whose mention ends just before token
// i, over a comma and the auxiliaries and adverbs of "is now being led
// by", or nil.
func (x *relater) ledBody(i, si int) *Entity {
	s := x.d.Sentences[si].Start
	for n := 0; i >= s && n < 5 && (x.isWord(i, ",", "now", "being", "been", "currently", "still") || auxWords[x.tok(i).Lower] || beVerbs[x.tok(i).Lower]); n++ {
		i--
	}
	k := x.mentionIdx(i)
	if k < 0 {
		return nil
	}
	if m := x.d.Mentions[k]; m.End == i+1 && m.Ent != nil && m.Ent.Label == schema.Organisation && !m.Possessive && m.Head == "" {
		return m.Ent
	}
	return nil
}
