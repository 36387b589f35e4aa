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
