package ingest

import "github.com/actorgraph/actorgraph/schema"

var repelVerbs = mustWordSet("repel_verbs")

// repelledTarget fills an empty target of an attack whose agent a "by" or
// "from" phrase names with the subject of the verb that repelled or
// withstood it. Example: "Chilean troops repelled an attack by the Ardent
// Front near the border."
func (x *relater) repelledTarget(ev *event, s Sentence) findStep {
	t := ev.rule.Type
	if len(ev.targets) > 0 || len(ev.agents) == 0 || t != schema.Attacked && t != schema.Bombed || !x.isWord(ev.end, "by", "from") {
		return findOn
	}
	for j := ev.start - 1; j >= s.Start && j >= ev.start-5; j-- {
		w := x.tok(j).Lower
		switch {
		case repelVerbs[w]:
			if targets, _ := x.subjects(j, s.Start, false); len(targets) > 0 && !containsEnt(ev.agents, targets[0]) {
				ev.targets = targets
			}
			return findOn
		case w == "off" || w == "back" || x.adjectiveLike(j):
			continue // "fought off a fierce assault"
		default:
			return findOn
		}
	}
	return findOn
}
