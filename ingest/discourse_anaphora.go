package ingest

import "github.com/actorgraph/actorgraph/schema"

// killedInTheDeed gives a killing told without its agent, "in the raid"
// or "during the first attack", the agent of the latest violent event told
// in that sentence or the two before: the definite noun refers back to it.
// "The Ardent Front stormed a town on Monday. Ten Peruvian soldiers died
// or were killed during the raid." -> the Ardent Front KILLED Peru.
func (x *relater) killedInTheDeed() {
	n := len(x.events)
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if len(ev.agents) > 0 || len(ev.targets) == 0 || ev.rule.Type != schema.Killed || !x.inTheDeed(ev.end) {
			continue
		}
		for b := k - 1; b >= 0; b-- {
			o := &x.events[b]
			if o.sent < ev.sent-2 {
				break
			}
			if len(o.agents) == 0 || !hasType(violentTypes, o.rule.Type) || x.anySide(ev.targets, o.agents[0]) {
				continue
			}
			ev.agents = o.agents
			if ev.date == "" {
				ev.date, ev.precision = o.date, o.precision // killed on the day of the raid
			}
			break
		}
	}
}

// inTheDeed reports whether "in the" or "during the" and an attack noun,
// perhaps after an adjective, stand at i: "in the raid", "during the
// first attack".
func (x *relater) inTheDeed(i int) bool {
	if !x.isWord(i, "in", "during") || !x.isWord(i+1, "the") {
		return false
	}
	for j := i + 2; j < i+4; j++ {
		if attackNounsSingular[x.tok(j).Lower] {
			return true
		}
		if !x.adjectiveLike(j) {
			return false
		}
	}
	return false
}
