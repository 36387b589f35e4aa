package ingest

import "github.com/actorgraph/actorgraph/schema"

// Conditional threats: a speaker who announces a punitive step should
// another actor act threatens that actor. "'If Sylvania escalates, I will
// cut off the gas,' the minister said", "The official added that sanctions
// could follow if Freedonia deploys the missiles", "unless the tariffs are
// dropped by Ruritania, we will raise ours".

var conditionalThreatRule = &Rule{ID: "threatened/conditional", Type: schema.Threatened, Speech: true}

var (
	punitiveWords = mustWordSet("punitive_words")
	reliefWords   = mustWordSet("relief_words")
	threatModals  = mustWordSet("threat_modals")
)

// conditionalThreats adds THREATENED from the speaker of a punitive
// consequence to the actor whose deed is its condition: the subject right
// after "if" or "unless", or the agent of its passive ("dropped by X").
func (x *relater) conditionalThreats() {
	for si, s := range x.d.Sentences {
		for c := s.Start; c < s.End; c++ {
			if !x.isWord(c, "if", "unless") {
				continue
			}
			end := x.conditionEnd(c, s.End)
			warned := x.conditionActor(c, end)
			if warned == nil {
				continue
			}
			from, to := x.consequenceSpan(c, end, s)
			md := x.punitiveModal(from, to)
			if md < 0 {
				continue
			}
			x.conditionalConsequence(si, from, to)
			agent := x.consequenceAgent(md, from, c, s)
			if agent == nil || agent == warned || x.anySide([]*Entity{warned}, agent) {
				continue
			}
			ev := event{rule: conditionalThreatRule, start: c, end: c + 1, sent: si, agents: []*Entity{agent}, targets: []*Entity{warned}}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// conditionalConsequence makes the events told in the consequence from
// to to of a condition planned at most: "sanctions would be imposed if X
// deployed the missiles" tells no imposed sanctions.
func (x *relater) conditionalConsequence(si, from, to int) {
	for k := range x.events {
		ev := &x.events[k]
		if ev.sent == si && ev.start >= from && ev.start < to && ev.modality == schema.Asserted {
			ev.modality = schema.Planned
		}
	}
}

// conditionEnd returns where the condition opened at c ends: the comma
// before the modal of its consequence ("If other, older tariffs are not
// dropped, we will ..."), else its first comma, "then", a closing quote
// mark, or the sentence's end.
func (x *relater) conditionEnd(c, limit int) int {
	first := -1
	for j := c + 1; j < limit && j < c+25; j++ {
		if x.isWord(j, ",") && (threatModals[x.tok(j+2).Lower] || threatModals[x.tok(j+3).Lower]) {
			return j
		}
		if x.isWord(j, "\"", ";") {
			break
		}
		if first < 0 && x.isWord(j, ",", "then") {
			first = j
		}
	}
	if first >= 0 {
		return first
	}
	if limit > c+25 {
		return c + 25
	}
	return limit
}

// conditionActor returns the actor whose deed the condition from c to end
// is: its subject right after "if" ("if Sylvania escalates", "if the
// Freedonian army crosses"), else the agent of its passive ("if the
// tariffs are not dropped by Ruritania").
func (x *relater) conditionActor(c, end int) *Entity {
	j := c + 1
	if x.isWord(j, "the") {
		j++
	}
	if e := x.clauseActorAt(j); e != nil {
		return e
	}
	for k := j; k+1 < end; k++ {
		if x.isWord(k, "by") && x.tok(k-1).Kind == tokWord && len(x.tok(k-1).Lower) > 3 && x.tok(k - 1).Lower[len(x.tok(k-1).Lower)-2:] == "ed" {
			return x.clauseActorAt(k + 1)
		}
	}
	return nil
}

// clauseActorAt returns the state, body or person named at token j as the
// subject of a clause, or nil for a place or a bare adjective.
func (x *relater) clauseActorAt(j int) *Entity {
	k := x.mentionIdx(j)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Start != j || m.Place || m.Kind == mDemonym && m.Head == "" || m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
		return nil
	}
	return m.Ent
}

// consequenceSpan returns the clause the condition at c (ending at end)
// belongs to: the one after it when the condition opens its clause ("If
// X ..., we will"), else the one before it ("sanctions could follow if").
func (x *relater) consequenceSpan(c, end int, s Sentence) (int, int) {
	if c == s.Start || x.isWord(c-1, "\"", ",", "that", "but", "and", ":") {
		to := end + 1
		for to < s.End && to < end+25 && !x.isWord(to, "\"", ";") {
			to++
		}
		return end + 1, to
	}
	from := c - 1
	for from > s.Start && from > c-25 && !x.isWord(from-1, "\"", ";", "that") {
		from--
	}
	return from, c
}

// punitiveModal returns the modal of a punitive consequence between from
// and to ("will cut off", "sanctions could follow", "would impose
// tariffs"), or -1: a modal that is negated ("will not retaliate", though
// "will not hesitate to" threatens) or a relief ("would lift the
// sanctions") makes none.
func (x *relater) punitiveModal(from, to int) int {
	md, punitive := -1, false
	for j := from; j < to; j++ {
		w := x.tok(j).Lower
		switch {
		case reliefWords[w]:
			return -1
		case threatModals[w] && md < 0:
			if negators[x.tok(j+1).Lower] && !x.isWord(j+2, "hesitate") {
				return -1
			}
			md = j
		case punitiveWords[w]:
			punitive = true
		}
	}
	if !punitive {
		return -1
	}
	return md
}

// consequenceAgent returns who carries out the consequence whose modal
// is at md: the actor right before the modal ("I will", "Sylvania would"),
// else, for a punitive noun or a pronoun before it ("sanctions could
// follow", "it would"), the speaker of the sentence.
func (x *relater) consequenceAgent(md, from, c int, s Sentence) *Entity {
	if md-1 < from {
		return nil
	}
	if k := x.mentionIdx(md - 1); k >= 0 {
		m := x.d.Mentions[k]
		if m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region || m.Kind == mDemonym && m.Head == "" {
			return nil
		}
		return m.Ent
	}
	if !punitiveWords[x.tok(md-1).Lower] && !x.isWord(md-1, "it", "they", "there") {
		return nil
	}
	if sp := x.breachSpeaker(min(c, md), s.Start); sp != nil && !isMedia(sp) {
		return sp // not "the agency reported that sanctions could follow if X ..."
	}
	return nil
}
