package ingest

import "github.com/actorgraph/actorgraph/schema"

var saidShouldRule = &Rule{ID: "urged/said-should", Type: schema.Urged, Speech: true}

// saidShould reads a demand told as what another actor should or must do:
// "Chile said Peru must reopen the border", "'Peru should withdraw its
// troops,' the minister said": the speaker urges that actor. The actor
// stands right before the modal; "should be", "must have" (a prediction or
// an inference), a condition, and the speaker's own side are no demand.
func (x *relater) saidShould() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			if !x.isWord(j, "should", "must") || !x.demandVerbAfter(j+1) {
				continue
			}
			k := x.mentionIdx(j - 1)
			if k < 0 {
				continue
			}
			m := x.d.Mentions[k]
			if m.Place || m.Possessive || m.Kind == mDemonym && m.Head == "" || m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
				continue
			}
			targets, first := x.subjects(j, s.Start, false)
			if len(targets) == 0 || x.conditionBefore(first, s.Start) {
				continue
			}
			speaker := x.breachSpeaker(j, s.Start)
			if speaker == nil || x.anySide(targets, speaker) {
				continue
			}
			ev := event{rule: saidShouldRule, start: j, end: j + 1, sent: si, agents: []*Entity{speaker}, targets: targets}
			ev.modality = schema.Asserted
			ev.date = x.eventDate(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// demandVerbAfter reports whether a verb of a demand follows a modal at i:
// "must reopen", "should immediately stop", "must not attack"; not "should
// be", "must have".
func (x *relater) demandVerbAfter(i int) bool {
	for x.isWord(i, "not", "immediately", "also", "now", "urgently", "quickly", "instead") {
		i++
	}
	t := x.tok(i)
	return t.Kind == tokWord && !t.Cap && x.mentionIdx(i) < 0 && !beVerbs[t.Lower] &&
		!x.isWord(i, "have", "has", "had", "get", "expect", "know", "feel", "worry")
}

// conditionBefore reports whether a condition or question opens the clause
// before token first: "if Peru must ...", "whether Peru should ...".
func (x *relater) conditionBefore(first, sentStart int) bool {
	for k := first - 1; k >= sentStart && k >= first-3; k-- {
		if x.isWord(k, "if", "whether", "unless", "why", "how") {
			return true
		}
	}
	return false
}
