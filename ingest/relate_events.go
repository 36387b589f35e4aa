package ingest

import (
	"github.com/actorgraph/actorgraph/schema"
)

var doForms = mustWordSet("do_forms")

// sameAgain reads "and on Friday she will do the same in Peru": the
// visits and meetings of the agent just told happen again at the new place.
func (x *relater) sameAgain() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+1 < s.End; j++ {
			if !x.isWord(j, "same") || !x.isWord(j-1, "the") || !doForms[x.tok(j-2).Lower] {
				continue
			}
			var place *Entity
			for k := j + 1; k < s.End && k < j+6; k++ {
				if x.isWord(k, "in", "at") {
					if mi := x.mentionIdx(k + 1); mi >= 0 {
						place = x.d.Mentions[mi].Ent
					}
					break
				}
			}
			agents, _ := x.subjects(j-2, s.Start, false)
			if place == nil || len(agents) == 0 {
				continue
			}
			country := place
			if place.Label != schema.Country {
				country = x.d.byID[schema.CountryID(place.ISO3)]
			}
			done := map[schema.RelType]bool{}
			for k := n - 1; k >= 0; k-- {
				o := x.events[k]
				if o.sent < si-1 || o.sent > si || done[o.rule.Type] || !containsEnt(o.agents, agents[0]) {
					continue
				}
				target := country
				switch o.rule.Type {
				case schema.Visited:
					target = place
				case schema.MetWith, schema.SpokeWith:
				default:
					continue
				}
				if target == nil {
					continue
				}
				done[o.rule.Type] = true
				ev := event{rule: o.rule, start: j - 2, end: j + 1, sent: si, agents: agents[:1], targets: []*Entity{target}}
				ev.modality = x.modality(&ev)
				ev.start = j // the date nearest "the same", not the one of the first clause
				ev.date = x.eventDate(&ev)
				x.plannedIfLater(&ev)
				x.events = append(x.events, ev)
			}
		}
	}
}

var judgmentWords = mustWordSet("judgment_words")

var thatSpeechVerbs = mustWordSet("that_speech_verbs")

// linkEvents lets events of one sentence complete each other: an appeal
// made in a call is addressed to the other party of the call; a statement
// that judges another actor's strike ("represents a dangerous escalation")
// criticises that actor.
func (x *relater) linkEvents() {
	n := len(x.events)
	bySent := map[int][]int{} // the events of each sentence, in event order
	for k := range x.events {
		bySent[x.events[k].sent] = append(bySent[x.events[k].sent], k)
	}
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if ev.rule.Type != schema.Urged || len(ev.targets) > 0 {
			continue
		}
		for _, j := range bySent[ev.sent] {
			o := x.events[j]
			if o.sent == ev.sent && (o.rule.Type == schema.SpokeWith || o.rule.Type == schema.MetWith) && len(o.targets) > 0 {
				if len(ev.agents) == 0 {
					ev.agents = o.agents
				}
				ev.targets = o.targets
				break
			}
		}
	}
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		t := ev.rule.Type
		if (t != schema.Bombed && t != schema.Attacked) || len(ev.targets) > 0 || len(ev.agents) == 0 {
			continue
		}
		for _, j := range bySent[ev.sent] {
			o := x.events[j]
			ot := o.rule.Type
			if o.sent == ev.sent && (ot == schema.Attacked || ot == schema.Captured || ot == schema.Bombed || x.killedFoes(ev, &o)) && len(o.targets) > 0 {
				ev.targets = o.targets
				break
			}
		}
	}
	for si, s := range x.d.Sentences {
		judged := false
		for j := s.Start; j < s.End; j++ {
			if judgmentWords[x.tok(j).Lower] {
				judged = true
			}
		}
		if !judged {
			continue
		}
		for j := s.Start; j < s.End; j++ {
			if !thatSpeechVerbs[x.tok(j).Lower] || !x.isWord(j+1, "that") {
				continue
			}
			speakers, _ := x.subjects(j, s.Start, false)
			if len(speakers) == 0 {
				break
			}
			for _, k := range bySent[si] {
				o := x.events[k]
				if o.sent != si || o.start < j {
					continue
				}
				switch o.rule.Type {
				case schema.Bombed, schema.Attacked, schema.Killed, schema.Captured, schema.Besieged:
				default:
					continue
				}
				ev := event{rule: judgedRule, start: j, end: j + 1, sent: si, agents: speakers, targets: o.agents}
				x.dateAsserted(&ev)
				x.events = append(x.events, ev)
			}
			break
		}
	}
}

// killedFoes reports whether o is a killing, by ev's own agent, of the
// members of a group or state: what an operation with no target was
// against. Example: "In the operation, the Peruvian army said it killed 30
// Ardent Front fighters" -> the operation attacked the Ardent Front.
func (x *relater) killedFoes(ev, o *event) bool {
	if o.rule.Type != schema.Killed || len(o.agents) == 0 || len(o.targets) == 0 || o.targets[0].Label == schema.Person {
		return false
	}
	return containsEnt(ev.agents, o.agents[0]) || x.sameSide(o.agents[0], ev.agents)
}

var judgedRule = &Rule{ID: "criticized/judged-event", Type: schema.Criticized, Speech: true}
