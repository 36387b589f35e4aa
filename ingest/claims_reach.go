package ingest

import "github.com/actorgraph/actorgraph/schema"

// claimFarReach is how many sentences back a claim of a definite deed ("the
// attack") may look for the deed told without its agent.
const claimFarReach = 15

// claimReach returns how many sentences before sentence si a claim (its
// verb at j, its deed noun at noun) looks for the deed it claims: three,
// or, when the deed is definite ("claimed responsibility for the attack",
// "Tuesday's attack") and no claim was told since, back to the story's
// lead: "Gunmen stormed a hotel in Tarsa ... [eight sentences] ... The
// Ardent Front claimed responsibility for the attack."
func (x *relater) claimReach(si, j, noun int) int {
	definite := false
	for k := j + 1; k < noun; k++ {
		switch x.tok(k).Lower {
		case "the", "this", "that", "'s":
			definite = true
		case "a", "an", "another", "one":
			return 3
		}
	}
	if !definite {
		return 3
	}
	for p := si - 1; p >= 0 && p >= si-claimFarReach; p-- {
		if x.tellsClaim(p) {
			return max(si-p-1, 3)
		}
	}
	return claimFarReach
}

// tellsClaim reports whether sentence p tells a claim of a deed: "claimed
// responsibility", "took credit".
func (x *relater) tellsClaim(p int) bool {
	s := x.d.Sentences[p]
	for k := s.Start; k+1 < s.End; k++ {
		if claimVerbs[x.tok(k).Lower] && x.isWord(k+1, "responsibility", "credit") {
			return true
		}
	}
	return false
}

// creditEvent adds the deed prev, told without its agent, again with the
// claim's first agent (the claim verb at j, its deed noun at noun).
func (x *relater) creditEvent(si, j, noun int, prev *event, agents []*Entity) {
	ev := event{rule: prev.rule, start: j, end: noun + 1, sent: si, agents: agents[:1], targets: prev.targets,
		modality: schema.Asserted, date: prev.date, precision: prev.precision, location: prev.location, inherit: prev}
	x.events = append(x.events, ev)
}

// claimedLead returns, for a definite claim that reaches back further than
// three sentences, the first attack or bombing told without its agent in
// that reach when it is not near, the deed the claim found nearby: "the
// attack" a group claims is the story's lead one ("Gunmen stormed a hotel
// in Tarsa") as well as the fighting told just before.
func (x *relater) claimedLead(si, n, reach int, near *event) *event {
	if reach <= 3 {
		return nil
	}
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if ev.sent < si-reach || ev.sent >= si || len(ev.agents) > 0 || len(ev.targets) == 0 {
			continue
		}
		if ev.rule.Type != schema.Attacked && ev.rule.Type != schema.Bombed {
			continue
		}
		if ev == near || ev.sent >= si-3 || containsEnt(near.targets, ev.targets[0]) {
			return nil
		}
		return ev
	}
	return nil
}
