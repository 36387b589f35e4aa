package ingest

import "github.com/actorgraph/actorgraph/schema"

var pactRelativeRule = &Rule{ID: "agreed-with/pact-relative", Type: schema.AgreedWith}

var pactMakingVerbs = mustWordSet("pact_making_verbs")

var pactMeetings = mustWordSet("pact_meetings")

// pactRelatives reads a pact named before the clause that made it: "the
// deal Chile signed with Peru", "the accord that Chile and Peru reached in
// May": the signers agree with each other. "The talks" and other meetings
// are no pact.
func (x *relater) pactRelatives() {
	for si, s := range x.d.Sentences {
		for p := s.Start; p+3 < s.End; p++ {
			if !pactNouns[x.tok(p).Lower] || pactMeetings[x.tok(p).Lower] || x.mentionIdx(p) >= 0 {
				continue
			}
			j := p + 1
			if x.isWord(j, "that", "which") {
				j++
			}
			if x.isWord(j, "the") && x.mentionIdx(j) < 0 {
				j++ // "the accord the Sylvanian side drafted with ..."
			}
			k := x.mentionIdx(j)
			if k < 0 || x.d.Mentions[k].Start != j {
				continue
			}
			v := x.pactVerbAfter(j, s.End)
			if v < 0 {
				continue
			}
			signers, _ := x.subjects(v, j, false)
			var others []*Entity
			if x.isWord(v+1, "with") {
				others, _ = x.objects(v+2, s.End, []string{""}, false)
			}
			agents, targets := signers, others
			if len(others) == 0 && len(signers) >= 2 {
				agents, targets = signers[:1], signers[1:] // "the accord Chile and Peru reached"
			}
			if len(agents) == 0 || len(targets) == 0 {
				continue
			}
			ev := event{rule: pactRelativeRule, start: p, end: v + 1, sent: si, agents: agents, targets: targets}
			x.dateOwn(&ev)
			x.plannedIfLater(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// pactVerbAfter returns the pact-making verb after the subject named from
// token j (over its coordinated actors and an auxiliary), or -1.
func (x *relater) pactVerbAfter(j, limit int) int {
	for v := j; v < limit && v < j+10; v++ {
		if k := x.mentionIdx(v); k >= 0 {
			v = x.d.Mentions[k].End - 1
			continue
		}
		switch {
		case pactMakingVerbs[x.tok(v).Lower]:
			return v
		case x.isWord(v, "and", ",", "had", "has", "have", "recently", "finally", "jointly", "also"):
		default:
			return -1
		}
	}
	return -1
}
