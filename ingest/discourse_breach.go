package ingest

import "github.com/actorgraph/actorgraph/schema"

var breachRule = &Rule{ID: "accused/said-breached", Type: schema.Accused, Speech: true}

// quotedBreaches reads a breach of a pact or norm told in someone's words:
// "'Peru has violated the ceasefire,' the Chilean minister alleged", "Chile
// said Peru had broken its promises": the speaker accuses the breaker. A
// denied or hypothetical breach ("has not violated", "would violate") and a
// speaker's own side breaking it are no accusation.
func (x *relater) quotedBreaches() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !breachVerbs[x.tok(j).Lower] || !x.breachObjectAfter(j+1, s.End) {
				continue
			}
			accused, first := x.subjects(j, s.Start, false)
			if len(accused) == 0 || x.breachDenied(first, j) {
				continue
			}
			speaker := x.breachSpeaker(j, s.Start)
			if speaker == nil || x.anySide(accused, speaker) {
				continue
			}
			ev := event{rule: breachRule, start: j, end: j + 1, sent: si, agents: []*Entity{speaker}, targets: accused}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// breachObjectAfter reports whether a breach_objects noun follows token i
// within its phrase: "violated the signed agreement repeatedly".
func (x *relater) breachObjectAfter(i, limit int) bool {
	for j := i; j < limit && j < i+6; j++ {
		if breachObjects[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Kind == tokPunct && x.tok(j).Text != "-" {
			return false
		}
	}
	return false
}

var breachHedges = mustWordSet("breach_hedges")

// breachDenied reports whether the words from the subject at first to the
// verb at j deny or only suppose the breach: "has never violated", "would
// have broken", "accused of".
func (x *relater) breachDenied(first, j int) bool {
	if first < 0 {
		return true
	}
	for k := first; k < j; k++ {
		if breachHedges[x.tok(k).Lower] {
			return true
		}
	}
	return false
}

// breachSpeaker returns who tells the breach at token j: the speaker of the
// quotation around it, else the subject of a speech verb before it in its
// sentence ("Chile said Peru had ...").
func (x *relater) breachSpeaker(j, sentStart int) *Entity {
	if sp := x.r.quoteSpeaker(j); sp != nil {
		return sp
	}
	k := x.speechBefore(j, sentStart)
	if k < 0 {
		return nil
	}
	if speakers, _ := x.subjects(k, sentStart, false); len(speakers) > 0 {
		return speakers[0]
	}
	return nil
}
