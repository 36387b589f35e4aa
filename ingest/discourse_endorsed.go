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

var endorsedPactRule = &Rule{ID: "supported/endorsed-pact", Type: schema.Supported, Speech: true}

var endorsedPactNouns = mustWordSet("endorsed_pact_nouns")

// endorsedPacts adds SUPPORTED from the subject of "backed the deal
// between A and B", "welcomed the agreement", "go along with the deal" to
// the parties of the pact: named after it with "between", else the parties
// of the latest agreement told in the sentence or the three before.
func (x *relater) endorsedPacts() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			v := j
			if x.isWord(j, "go", "goes", "went", "going") && x.isWord(j+1, "along") && x.isWord(j+2, "with") {
				j += 2
			} else if !endorseVerbs[x.tok(j).Lower] || x.mentionIdx(j) >= 0 || x.hasTargets(j, n) {
				continue
			}
			noun := x.pactNounAfter(j+1, s.End)
			if noun < 0 {
				continue
			}
			agents := x.agentsPastQuote(v, s.Start)
			if len(agents) == 0 {
				continue
			}
			parties := x.pactParties(si, noun, n)
			if len(parties) == 0 || x.anySide(parties, agents[0]) {
				continue
			}
			for _, p := range parties {
				ev := event{rule: endorsedPactRule, start: v, end: j + 1, sent: si, agents: agents[:1], targets: []*Entity{p}}
				x.dateOwn(&ev)
				x.events = append(x.events, ev)
			}
		}
	}
}

// pactNounAfter returns the pact noun of the object phrase at i ("the
// planned deal", "Tuesday's agreement", "the Chile-Peru deal"), or -1.
func (x *relater) pactNounAfter(i, limit int) int {
	for j := i; j < limit && j < i+7; j++ {
		t := x.tok(j)
		if endorsedPactNouns[t.Lower] {
			return j
		}
		if t.Kind == tokPunct && t.Lower != "'s" && t.Text != "-" || x.mentionIdx(j) >= 0 && !x.isWord(j+1, "-") && !x.isWord(j-1, "-") {
			return -1 // an actor that is no hyphenated pair ends the phrase
		}
	}
	return -1
}

// pactParties returns the parties of the pact whose noun is at token
// noun of sentence si: "the deal between A and B", else those of the
// latest agreement told up to it ("the A-B deal"), in the sentence or the
// three before.
func (x *relater) pactParties(si, noun, n int) []*Entity {
	if x.isWord(noun+1, "between") {
		if ents, _ := x.objects(noun+1, x.d.Sentences[si].End, []string{"between"}, false); len(ents) >= 2 {
			return ents[:2]
		}
		return nil
	}
	var best *event
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if ev.rule.Type != schema.AgreedWith || ev.sent > si || ev.sent < si-3 || ev.sent == si && ev.start > noun {
			continue
		}
		if ev.modality == schema.Negated || len(ev.agents) == 0 || len(ev.targets) == 0 {
			continue
		}
		if best == nil || ev.sent > best.sent || ev.sent == best.sent && ev.start > best.start {
			best = ev
		}
	}
	if best == nil {
		return nil
	}
	return []*Entity{best.agents[0], best.targets[0]}
}

// agentsPastQuote returns the subjects of the verb at v, also when a
// quoted word stands between them: `the minister seemed "keen" to back`.
func (x *relater) agentsPastQuote(v, sentStart int) []*Entity {
	if agents, _ := x.subjects(v, sentStart, false); len(agents) > 0 {
		return agents
	}
	for k := v - 1; k > sentStart && k >= v-5; k-- {
		if x.tok(k).Text == "\"" && x.isWord(k-2, "\"") {
			agents, _ := x.subjects(k-2, sentStart, false)
			return agents
		}
	}
	return nil
}
