package ingest

import "github.com/actorgraph/actorgraph/schema"

var claimNouns = mustWordSet("claim_nouns")

var claimVerbs = mustWordSet("claim_verbs")

// claimedDeeds reads "X claimed responsibility for the attack" and "X
// claimed the attack": X is the agent of the attack told there or just
// before, on the same targets.
func (x *relater) claimedDeeds() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start; j+3 < s.End; j++ {
			noun := j + 3
			if x.isWord(j, "claimed", "claims", "claim") && x.isWord(j+1, "the", "a", "an", "this", "that") {
				noun = j + 1 // "claimed the bombing of X": the deed is the object
			} else if !claimVerbs[x.tok(j).Lower] || !x.isWord(j+1, "responsibility", "credit") || !x.isWord(j+2, "for") {
				continue
			}
			for noun < s.End && noun < j+7 && !claimNouns[x.tok(noun).Lower] && x.tok(noun).Kind == tokWord && x.mentionIdx(noun) < 0 {
				noun++
			}
			if !claimNouns[x.tok(noun).Lower] || determiners[x.tok(j-1).Lower] {
				continue // "the claim that Tuesday's attack ...": a noun, no claim made
			}
			agents, _ := x.subjects(j, s.Start, false)
			if len(agents) == 0 {
				continue
			}
			x.credit(si, j, noun, n, agents) // "claimed responsibility for the attack on X"
		}
	}
}

// claimedEvent returns the latest attack, bombing, killing or capture told
// before token j in sentence si or the reach before it, with no agent.
func (x *relater) claimedEvent(si, j, n, reach int) *event {
	for k := n - 1; k >= 0; k-- {
		ev := &x.events[k]
		if ev.sent > si || ev.sent == si && ev.start >= j {
			continue
		}
		if ev.sent < si-reach {
			return nil
		}
		switch ev.rule.Type {
		case schema.Attacked, schema.Bombed, schema.Killed, schema.Captured, schema.Besieged:
			if len(ev.agents) == 0 && len(ev.targets) > 0 {
				return ev
			}
		}
	}
	return nil
}

// credit gives the first of a claim's agents (the claim verb at j, its
// claimed noun at noun) the deed it claims: the attack named in the same
// sentence, else a new event of the latest attack told without an agent
// before it (among the first n events), else the attack told only by its
// place (claimedPlace).
func (x *relater) credit(si, j, noun, n int, agents []*Entity) {
	if here := x.claimedHere(si, noun, n); here != nil {
		here.agents = agents[:1]
		if here.modality == schema.Reported {
			here.modality = schema.Asserted // the group's own account of its deed
		}
		return
	}
	reach := x.claimReach(si, j, noun)
	if prev := x.claimedEvent(si, j, n, reach); prev != nil {
		lead := x.claimedLead(si, n, reach, prev)
		x.creditEvent(si, j, noun, prev, agents)
		if lead != nil {
			x.creditEvent(si, j, noun, lead, agents)
		}
		return
	}
	x.claimedPlace(si, j, agents)
}

// claimedHere returns the attack, bombing, killing or capture whose trigger
// is the claimed noun at token noun of sentence si, with targets and no
// agent: "claimed responsibility for the attack on X".
func (x *relater) claimedHere(si, noun, n int) *event {
	for k := n - 1; k >= 0; k-- {
		ev := &x.events[k]
		if ev.sent < si {
			return nil
		}
		if ev.sent != si || ev.start != noun || len(ev.agents) > 0 || len(ev.targets) == 0 {
			continue
		}
		switch ev.rule.Type {
		case schema.Attacked, schema.Bombed, schema.Killed, schema.Captured, schema.Besieged:
			return ev
		}
	}
	return nil
}
