package ingest

// Finders of phrases around a trigger that carry an argument: a repelled
// attack, an "on" visit, a fronted passive participle.

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

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

// onVisitAgent fills an empty agent of a visit or talks in an "on" phrase
// with the subject before it. Example: "Chilean President Mira Okafor,
// on a three-day state visit to Peru, met students."
func (x *relater) onVisitAgent(ev *event, s Sentence) findStep {
	if len(ev.agents) > 0 || ev.rule.Type != schema.Visited && ev.rule.Type != schema.MetWith {
		return findOn
	}
	for j := ev.start - 1; j >= s.Start && j >= ev.start-6; j-- {
		switch {
		case x.isWord(j, "on"):
			if p := x.tok(j - 1); beVerbs[p.Lower] || p.Text == "," {
				ev.agents, _ = x.subjects(j, s.Start, false) // not "commented on the visit"
			}
			return findOn
		case x.mentionIdx(j) >= 0 || !x.adjectiveLike(j) && !x.isWord(j, "-", "state", "official", "working", "visit") && !amountWord(x.tok(j)) &&
			!x.isWord(j+1, "-") && !strings.HasSuffix(x.tok(j).Lower, "day"):
			return findOn
		}
	}
	return findOn
}

// frontedParticiple reads a passive participle opening its sentence with
// its "by" agent: the subject after the phrase undergoes the event.
// Example: "Backed by Chilean jets, the Ardent Front seized Arequipa."
func (x *relater) frontedParticiple(ev *event, s Sentence) findStep {
	start := ev.start
	if x.tok(start).Text == "\"" {
		return findOn
	}
	if start != s.Start || !ev.rule.Passive || !x.isWord(ev.end, "by") || !strings.HasSuffix(x.tok(start).Lower, "ed") && !irregularPast(x.tok(start).Lower) {
		return findOn
	}
	agents, _ := x.byAgent(ev.end, s.End)
	targets := x.afterFrontedPhrase(ev.end, s)
	if len(agents) == 0 || len(targets) == 0 || containsEnt(agents, targets[0]) {
		return findOn
	}
	ev.agents, ev.targets = agents, targets
	return findDone
}

// inStrikeAgent fills an empty agent of a passive killing with the agent of
// the strike it happened in: its country adjective or its "by" phrase.
// Example: "Five Ardent Front fighters were killed in a Chilean airstrike."
func (x *relater) inStrikeAgent(ev *event, s Sentence) findStep {
	if len(ev.agents) > 0 || ev.rule.Type != schema.Killed || !x.isWord(ev.end, "in") {
		return findOn
	}
	var owner *Entity
	for j := ev.end + 1; j < s.End && j < ev.end+6; j++ {
		w := x.tok(j).Lower
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind == mDemonym && x.d.Mentions[k].Head == "" {
			owner, j = x.d.Mentions[k].Ent, x.d.Mentions[k].End-1
			continue
		}
		switch {
		case strikeDeeds[w] || attackDeeds[w] || w == "drone" || w == "missile" || w == "air":
			if strikeDeeds[w] || attackDeeds[w] {
				if owner == nil {
					owner = firstEnt(x.deedByAgent(j+1, s))
				}
				if owner != nil {
					ev.agents = []*Entity{owner}
				}
				return findOn
			}
		case !determiners[w] && !x.adjectiveLike(j):
			return findOn
		}
	}
	return findOn
}
