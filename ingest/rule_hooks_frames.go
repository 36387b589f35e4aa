package ingest

// Hooks of single rules that read a frame around the trigger: a converse
// capture ("fell to X"), a request with an infinitive ("told X to").

import "github.com/actorgraph/actorgraph/schema"

// fellTo reads the converse frame of a capture, "the town fell to X": the
// place named right before the trigger is taken, the actor after it takes.
// Anything else before the trigger ("the task fell to X", "support fell
// to 30%") reads no capture.
func (x *relater) fellTo(ev *event, s Sentence) bool {
	var place *Entity
	for j := ev.start - 1; j >= s.Start && j >= ev.start-3; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if l := m.Ent.Label; l == schema.City || l == schema.Region || l == schema.Country {
				place = m.Ent
			}
			break
		}
		if !predicateAdverbs[x.tok(j).Lower] && !auxWords[x.tok(j).Lower] {
			break
		}
	}
	var takers []*Entity
	for _, t := range ev.targets {
		if l := t.Label; l != schema.City && l != schema.Region && t != place {
			takers = append(takers, t)
		}
	}
	if place == nil || len(takers) == 0 {
		ev.agents, ev.targets = nil, nil
		return false
	}
	ev.agents, ev.targets = takers, []*Entity{place}
	return true
}

// toldTo keeps "told X to", "wants X and Y to": an actor right after the
// trigger, then the infinitive right after the actors.
func (x *relater) toldTo(ev *event, s Sentence) bool {
	j := ev.end + btoi(x.isWord(ev.end, "the"))
	if x.mentionIdx(j) < 0 {
		ev.agents, ev.targets = nil, nil
		return false
	}
	for j < s.End && (x.mentionIdx(j) >= 0 || x.isWord(j, "and", "or") || x.isWord(j, "the") || x.tok(j).Text == "," && x.mentionIdx(j+1) >= 0) {
		j++
	}
	if !x.isWord(j, "to") {
		ev.agents, ev.targets = nil, nil
		return false
	}
	return true
}
