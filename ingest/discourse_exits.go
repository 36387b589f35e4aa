package ingest

import "github.com/actorgraph/actorgraph/schema"

// Exits from a pact: "Chile withdrew from the fishing deal with Peru",
// "Chile pulled out of the Peru trade accord", "Chile signed an accord
// with Peru in 2010 ... Chile quit the accord": leaving a pact breaks off
// with the other party.

var pactExitRule = &Rule{ID: "suspended-talks/left-pact", Type: schema.SuspendedTalksWith}

var exitVerbs = mustWordSet("exit_verbs")

// pactExits adds SUSPENDED_TALKS_WITH from the subject of a verb of
// leaving a pact to its other party: named in the phrase ("with Peru",
// "the Peru deal", "between Chile and Peru") or a party of the latest
// agreement told in the sentence or the three before.
func (x *relater) pactExits() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			v, obj := x.exitVerbAt(j)
			if v < 0 {
				continue
			}
			noun := x.exitedPactNoun(obj, s.End)
			if noun < 0 {
				continue
			}
			agents, _ := x.subjects(v, s.Start, false)
			if len(agents) == 0 {
				continue
			}
			parties := x.exitedParties(si, obj, noun, n)
			for _, p := range parties {
				if p == agents[0] || x.anySide([]*Entity{p}, agents[0]) {
					continue
				}
				ev := event{rule: pactExitRule, start: v, end: obj, sent: si, agents: agents[:1], targets: []*Entity{p}}
				x.dateOwn(&ev)
				x.events = append(x.events, ev)
				break
			}
		}
	}
}

// exitVerbAt returns the verb of leaving a pact at token j and where its
// object starts: "withdrew from", "pulled out of", "quit", "tore up",
// "walked away from"; -1 when none is there.
func (x *relater) exitVerbAt(j int) (int, int) {
	w := x.tok(j).Lower
	if !exitVerbs[w] || x.tok(j).Cap || x.mentionIdx(j) >= 0 {
		return -1, -1
	}
	switch {
	case x.isWord(j+1, "from") && (w == "withdrew" || w == "withdraws" || w == "withdraw" || w == "withdrawing"):
		return j, j + 2
	case x.isWord(j+1, "out") && x.isWord(j+2, "of"):
		return j, j + 3 // "pulled out of", "opted out of", "backed out of"
	case x.isWord(j+1, "away") && x.isWord(j+2, "from"):
		return j, j + 3
	case x.isWord(j+1, "up") && (w == "tore" || w == "tear" || w == "tears" || w == "tearing" || w == "torn"):
		return j, j + 2
	case w == "quit" || w == "quits" || w == "exited" || w == "exits" || w == "scrapped" || w == "scraps" || w == "abandoned" || w == "abandons" || w == "renounced":
		return j, j + 1
	}
	return -1, -1
}

// exitedParties returns the parties of the pact whose noun is at noun,
// its phrase starting at obj: "with Peru" after it, an actor inside it
// ("the Peru trade deal", "its deal with Peru"), "between A and B", else
// the parties of the latest agreement told up to it.
func (x *relater) exitedParties(si, obj, noun, n int) []*Entity {
	s := x.d.Sentences[si]
	if x.isWord(noun+1, "with") {
		if ents, _ := x.objects(noun+2, s.End, nil, false); len(ents) > 0 {
			return ents[:1]
		}
	}
	for k := obj; k < noun; k++ {
		if mi := x.mentionIdx(k); mi >= 0 {
			m := x.d.Mentions[mi]
			if !m.Place && m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
				return []*Entity{m.Ent}
			}
		}
	}
	return x.pactParties(si, noun, n)
}

// exitedPactNoun returns the pact noun of the object phrase at i ("the
// nuclear deal", "its 2015 accord", "the Peru trade deal"), or -1: an
// actor may stand in it as a modifier, not end it.
func (x *relater) exitedPactNoun(i, limit int) int {
	for j := i; j < limit && j < i+6; j++ {
		t := x.tok(j)
		if endorsedPactNouns[t.Lower] && !t.Cap {
			return j
		}
		if t.Kind == tokPunct && t.Lower != "'s" && t.Text != "-" || prepositions[t.Lower] {
			return -1 // "pulled out of Arica under a truce": the phrase ends
		}
		if mi := x.mentionIdx(j); mi >= 0 {
			m := x.d.Mentions[mi]
			if nt := x.tok(m.End); nt.Kind != tokWord || nt.Cap || prepositions[nt.Lower] {
				return -1 // "withdrew from Syria": a place left, no pact
			}
			j = m.End - 1
		}
	}
	return -1
}
