package ingest

import "github.com/actorgraph/actorgraph/schema"

// threatenedDeeds gives a warning with no one warned the target of the
// hostile deed its speaker announces in the clause after it: "Chile warned
// (that) it would attack Peru", "Chile threatened that its navy would
// blockade Peru" -> Chile THREATENED Peru. The deed must be planned, done
// by the speaker, and begin within a few words of the warning.
func (x *relater) threatenedDeeds() {
	for k := range x.events {
		ev := &x.events[k]
		if ev.rule.Type != schema.Threatened || len(ev.agents) == 0 || !selfOrNone(ev) {
			continue
		}
		for j := k + 1; j < len(x.events); j++ {
			o := &x.events[j]
			if o.sent != ev.sent || o.start > ev.end+8 {
				break
			}
			if hostileTypes[o.rule.Type] && o.modality == schema.Planned && len(o.targets) > 0 &&
				(containsEnt(ev.agents, o.agents[0]) || x.sameSide(o.agents[0], ev.agents)) && !x.clauseBreak(ev.end, o.start) {
				ev.targets = o.targets
				ev.targetBy = "threatened-deed"
				ev.found[1] = o.targets
				break
			}
		}
	}
}

// selfOrNone reports whether ev has no target but its own agents: the
// "it" of "warned it would" read as the one warned.
func selfOrNone(ev *event) bool {
	for _, t := range ev.targets {
		if !containsEnt(ev.agents, t) {
			return false
		}
	}
	return true
}

// hostileTypes are the deeds a warning can announce.
var hostileTypes = map[schema.RelType]bool{
	schema.Attacked: true, schema.Bombed: true, schema.Killed: true, schema.Captured: true,
	schema.Besieged: true, schema.Sanctioned: true, schema.SuspendedTalksWith: true,
}

var defenceWords = mustWordSet("defence_words")

// aggressionVictims gives an attack told with its agent but no target the
// actor a support in the same sentence helps against it: "support Peru in
// the face of Bolivia's aggression", "arm Peru against Bolivian attacks"
// -> Bolivia ATTACKED Peru.
func (x *relater) aggressionVictims() {
	for k := range x.events {
		ev := &x.events[k]
		if ev.rule.Type != schema.Attacked && ev.rule.Type != schema.Bombed || len(ev.agents) == 0 || len(ev.targets) > 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			o := &x.events[j]
			if o.sent != ev.sent {
				break
			}
			if o.rule.Type != schema.Supported || len(o.targets) == 0 || o.end >= ev.start || ev.start-o.end > 12 ||
				x.anySide(o.targets, ev.agents[0]) || !x.defendedBetween(o.end, ev.start) {
				continue
			}
			ev.targets = o.targets
			ev.targetBy = "aggression-victim"
			ev.found[1] = o.targets
			break
		}
	}
}

// defendedBetween reports whether a word of defence ("against", "in the
// face of", "resist") stands between tokens i and j.
func (x *relater) defendedBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if defenceWords[x.tok(k).Lower] {
			return true
		}
	}
	return false
}
