package ingest

import "github.com/actorgraph/actorgraph/schema"

// Criticism that names its target in the reason given: "Sylvania
// condemned the vote, saying Freedonia had rigged it", "the mission
// criticized the meeting, saying that Freedonia seeks to weaponize the
// council": the actor the reason is about is the target.

var sayingParticiples = mustWordSet("saying_participles")

// sayingTargets gives a criticism, accusation or rejection with an agent
// and no target the subject of the clause of a "saying" participle after
// it in its sentence, when that subject is an actor of another side.
func (x *relater) sayingTargets() {
	for k := range x.events {
		ev := &x.events[k]
		t := ev.rule.Type
		if len(ev.agents) == 0 || len(ev.targets) > 0 || t != schema.Criticized && t != schema.Accused && t != schema.Rejected {
			continue
		}
		if ev.modality == schema.Negated {
			continue
		}
		if !x.agentRightBefore(ev) {
			continue // "the envoy's Arab League mission criticized": the agent found is no subject of its own
		}
		target := x.sayingSubject(ev.end, x.d.Sentences[ev.sent].End)
		if target == nil || x.anySide([]*Entity{target}, ev.agents[0]) {
			continue
		}
		ev.targets = []*Entity{target}
		ev.targetBy = "saying-subject"
		ev.found[1] = ev.targets
	}
}

// sayingSubject returns the actor that opens the clause of ", saying
// (that)" within a few words after token i: "..., saying Freedonia had",
// "..., saying on Monday that \"Freedonia seeks"; nil when none.
func (x *relater) sayingSubject(i, limit int) *Entity {
	j := i
	for j < limit && j < i+5 && !x.isWord(j, ",") {
		if x.mentionIdx(j) >= 0 || x.isWord(j, ".", ";") {
			return nil // the act has an object of its own that is an actor, or its clause ends
		}
		j++
	}
	if !x.isWord(j, ",") || !sayingParticiples[x.tok(j+1).Lower] {
		return nil
	}
	j += 2
	for n := 0; n < 8 && j < limit && !x.isWord(j, "that"); n++ {
		if x.mentionIdx(j) >= 0 || x.isWord(j, ",", ".", ";") {
			break
		}
		j++
	}
	if x.isWord(j, "that") {
		j++
	}
	if x.isWord(j, "\"") {
		j++
	}
	if x.isWord(j, "the") {
		j++
	}
	k := x.mentionIdx(j)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Start != j && !x.isWord(m.Start-1, "the") || m.Place && m.Ent.Label != schema.Country || m.Possessive || x.isWord(m.End, "'s") ||
		m.Kind == mDemonym && m.Head == "" || m.Kind == mPronoun || m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
		return nil
	}
	return m.Ent
}

// agentRightBefore reports whether the event's agent is named right
// before its verb, past auxiliaries, adverbs and a weekday: "Sylvania on
// Monday strongly condemned", not "the envoy's Arab League mission condemned".
func (x *relater) agentRightBefore(ev *event) bool {
	start := x.d.Sentences[ev.sent].Start
	for j := ev.start - 1; j >= start && j >= ev.start-5; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			return x.d.Mentions[k].Ent == ev.agents[0] && x.d.Mentions[k].End == j+1
		}
		w := x.tok(j).Lower
		_, day := weekdays[w]
		if !(auxWords[w] || day || w == "on" || w == "also" || w == "later" || w == "again" || len(w) > 3 && w[len(w)-2:] == "ly") {
			return false
		}
	}
	return false
}
