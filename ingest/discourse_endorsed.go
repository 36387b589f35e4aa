package ingest

import "github.com/actorgraph/actorgraph/schema"

// Endorsed appeals: "Chile called on the council to act. Peru and Bolivia
// also supported the call": whoever backs an appeal told before supports
// the actor who made it.

var endorsedCallRule = &Rule{ID: "supported/earlier-call", Type: schema.Supported, Speech: true}

var endorseVerbs = mustWordSet("endorse_verbs")

// endorsedCalls adds SUPPORTED from the subject of "supported the call",
// "backed the appeal" to the author of the appeal: named in the phrase
// ("Chile's call"), else the agent of the latest appeal told in the
// sentence or the two before, else the subject of the latest "called"
// there ("Chile called an emergency meeting").
func (x *relater) endorsedCalls() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			if !endorseVerbs[x.tok(j).Lower] || x.mentionIdx(j) >= 0 || x.hasTargets(j, n) {
				continue
			}
			kind, end := x.claimObject(j+1, s.End)
			if kind != "demand" {
				continue
			}
			agents, _ := x.subjects(j, s.Start, false)
			if len(agents) == 0 {
				continue
			}
			targets := x.claimAuthor(j+1, end, s, agents[0])
			if len(targets) == 0 {
				targets = x.appealAuthor(si, j, n, agents[0])
			}
			if len(targets) == 0 || x.anySide(targets, agents[0]) {
				continue
			}
			ev := event{rule: endorsedCallRule, start: j, end: j + 1, sent: si, agents: agents, targets: targets[:1]}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// appealAuthor returns the agents of the latest appeal (URGED) told before
// token j of sentence si, in it or the two before, that self did not make;
// else the main subject of the latest sentence among them with a form of
// "call" as its verb.
func (x *relater) appealAuthor(si, j, n int, self *Entity) []*Entity {
	var best *event
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if ev.rule.Type != schema.Urged || ev.sent > si || ev.sent < si-2 || ev.sent == si && ev.start >= j {
			continue
		}
		if ev.modality == schema.Negated || len(ev.agents) == 0 || x.anySide(ev.agents, self) {
			continue
		}
		if best == nil || ev.sent > best.sent || ev.sent == best.sent && ev.start > best.start {
			best = ev
		}
	}
	if best != nil {
		return best.agents
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		s := x.d.Sentences[p]
		for k := s.Start + 1; k < s.End; k++ {
			if x.isWord(k, "called", "calls") && !x.isWord(k-1, "so", "-", "is", "was", "are", "were", "be", "been") && x.mentionIdx(k) < 0 {
				return x.mainSubject(s, k)
			}
		}
	}
	return nil
}
