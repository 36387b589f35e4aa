package ingest

import "github.com/actorgraph/actorgraph/schema"

// Party phrases as subjects: "The two leaders will sign a trade deal",
// "Both sides held talks in Lima": the two actors named before meet, talk
// or agree with each other.

// symmetricSubjects adds the meetings, calls and agreements whose subject
// is a party phrase.
func (x *relater) symmetricSubjects() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !x.isWord(j, "the", "both") || !x.partyPhrase(j) {
				continue
			}
			head := j
			for head < s.End && !partyHeads[x.tok(head).Lower] {
				head++
			}
			start, end, ru := x.symmetricTrigger(head+1, s.End)
			if ru == nil {
				continue
			}
			parties := x.lastTwo(si, j, head)
			if len(parties) < 2 {
				continue
			}
			ev := event{rule: ru, start: start, end: end, sent: si, agents: parties[:1], targets: parties[1:2]}
			x.dateOwn(&ev)
			x.plannedIfLater(&ev)
			x.events = append(x.events, ev)
			j = end
		}
	}
}

// symmetricTrigger finds a meeting, call or agreement trigger after a
// subject at i, past auxiliaries and adverbs: "will also meet", "are
// expected to sign a deal".
func (x *relater) symmetricTrigger(i, limit int) (int, int, *Rule) {
	for j := i; j < limit && j < i+5; j++ {
		for _, rs := range x.rules.byFirst[x.tok(j).Lower] {
			t := rs.rule.Type
			if !t.Symmetric() || rs.rule.kind != verbRule {
				continue
			}
			end, ok := x.matchSeq(j, limit, rs.seq)
			if !ok || t == schema.AgreedWith && !x.pactAfter(end, limit) {
				continue
			}
			return j, end, rs.rule
		}
		if !auxWords[x.tok(j).Lower] {
			break
		}
	}
	return 0, 0, nil
}

// lastTwo returns the two actors the party phrase from token j to its head
// refers to: the parties of the latest two-party event in the sentence or
// the two before, else the last two people ("the two leaders") or states
// named. The sides of a conflict ("the opposing sides", "the warring
// parties") are only ever the two sides of a hostile event: the states
// named last may be its mediators.
func (x *relater) lastTwo(si, j, headAt int) []*Entity {
	head := x.tok(headAt).Lower
	if x.conflictPhrase(j, headAt) {
		return x.lastFoes(si, j)
	}
	var best *event
	for b := range x.events {
		o := &x.events[b]
		if o.sent > si || o.sent < si-2 || o.sent == si && o.start >= j || o.rule.Type == schema.Visited {
			continue
		}
		if len(o.agents) != 1 || len(o.targets) != 1 || o.targets[0].Label == schema.City || o.targets[0].Label == schema.Region {
			continue
		}
		if best == nil || o.sent > best.sent || o.sent == best.sent && o.start > best.start {
			best = o
		}
	}
	if best != nil {
		return []*Entity{best.agents[0], best.targets[0]}
	}
	label := schema.Country
	if personPartyHeads[head] {
		label = schema.Person
	}
	var out []*Entity
	for k := len(x.d.Mentions) - 1; k >= 0 && len(out) < 2; k-- {
		m := x.d.Mentions[k]
		if m.Start >= j || m.Ent == nil || m.Place {
			continue
		}
		if m.Sent < si-2 {
			break
		}
		if m.Ent.Label == label && !containsEnt(out, m.Ent) {
			out = append(out, m.Ent)
		}
	}
	return out
}

// frontedPartySubjects completes "Following talks with Peruvian President
// Luis Tovar, both leaders reaffirmed ...": a meeting or call told in a
// fronted phrase whose main clause opens with a party phrase is between the
// actor it names and the other of the two the phrase refers to.
func (x *relater) frontedPartySubjects() {
	for k := range x.events {
		ev := &x.events[k]
		if ev.rule.kind != nounRule || !ev.rule.Type.Symmetric() || len(ev.agents) > 0 || len(ev.targets) != 1 {
			continue
		}
		s := x.d.Sentences[ev.sent]
		if !x.isWord(s.Start, "after", "following", "during", "at", "in") {
			continue
		}
		c := ev.end
		for c < s.End && c < ev.end+12 && x.tok(c).Text != "," {
			c++
		}
		if x.tok(c).Text != "," || !x.isWord(c+1, "the", "both") || !x.partyPhrase(c+1) {
			continue
		}
		head := c + 1
		for head < s.End && !partyHeads[x.tok(head).Lower] {
			head++
		}
		for _, p := range x.lastTwo(ev.sent, c+1, head) {
			if p != ev.targets[0] {
				ev.agents = []*Entity{p}
				break
			}
		}
	}
}

var conflictPartyWords = mustWordSet("conflict_party_words")

// conflictPhrase reports whether the party phrase from j to head names the
// sides of a conflict: "the opposing sides", "the two warring parties".
func (x *relater) conflictPhrase(j, head int) bool {
	for k := j; k < head; k++ {
		if conflictPartyWords[x.tok(k).Lower] {
			return true
		}
	}
	return false
}

// lastFoes returns the two actors of the latest hostile event before token
// j, in the sentence or the two before: its agent and target, or two
// coordinated agents ("Chile and Peru fought a border war").
func (x *relater) lastFoes(si, j int) []*Entity {
	for b := len(x.events) - 1; b >= 0; b-- {
		o := &x.events[b]
		if o.sent > si || o.sent < si-2 || o.sent == si && o.start >= j || !hostileTypes[o.rule.Type] || o.modality == schema.Negated {
			continue
		}
		var two []*Entity
		for _, e := range append(append([]*Entity{}, o.agents...), o.targets...) {
			if pairParty(e) && !containsEnt(two, e) {
				two = append(two, e)
			}
		}
		if len(two) == 2 {
			return two
		}
	}
	return nil
}
