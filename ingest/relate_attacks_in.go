package ingest

import "github.com/actorgraph/actorgraph/schema"

var attackInNouns = mustWordSet("attack_in_nouns")

var attackInPreps = []string{"in", "across"}

// attackInAgents are the finders that tie an agent to the attack noun
// itself: "carried out attacks", "Chile's raids", "raids by Chile". The
// subject of another clause ("traded accusations after the attack in X")
// is not the attacker.
var attackInAgents = map[string]bool{"light-verb-subject": true, "possessive-agent": true, "by-agent": true, "modifier-agent": true, "hyphen-agent": true}

// attacksIn gives a nominal attack with its agent and no target the place
// after "in" or "across" right after the noun ("carried out attacks in
// Peru", "raids across the border region") when the noun names a deed of
// arms and the place is not the agent's own: "military operations in the
// region", "a campaign in the south" and "the army's raids in Tacna" name
// no attack on the place.
func (x *relater) attacksIn(ev *event, s Sentence) {
	if ev.agentBy == "subordinate-subject" && len(ev.targets) > 0 && x.ownGround(ev.targets, ev.agents[0]) {
		ev.targets = nil // "troops freed the hostages two days after the raid on a bus in their own province"
		return
	}
	if len(ev.targets) > 0 || len(ev.agents) == 0 || !attackInAgents[ev.agentBy] || !x.isWord(ev.end, attackInPreps...) || !attackInNouns[x.tok(ev.end-1).Lower] {
		return
	}
	targets, _ := x.objects(ev.end, s.End, attackInPreps, true)
	if !x.ownGround(targets, ev.agents[0]) {
		ev.targets = targets
	}
}

// ownGround reports whether one of the targets is the agent's own side or
// a place of its own state.
func (x *relater) ownGround(targets []*Entity, agent *Entity) bool {
	for _, t := range targets {
		if x.anySide([]*Entity{t}, agent) || x.stateOf(t) != nil && x.anySide([]*Entity{x.stateOf(t)}, agent) {
			return true
		}
	}
	return false
}

// droveOutArmed keeps a state as the target of "drove X out of" only when
// its armed men are named: "drove Peruvian troops out of Tacna", not
// "pushed Peru out of the trade bloc".
func (x *relater) droveOutArmed(ev *event) {
	for _, t := range ev.targets {
		if t.Label != schema.Country {
			continue
		}
		armed := false
		for j := ev.end; j < ev.end+5; j++ {
			armed = armed || armedHeads[x.tok(j).Lower]
		}
		if !armed {
			ev.targets = nil
			return
		}
	}
}

var seizedVehicleRule = &Rule{ID: "attacked/seized-vehicle", Type: schema.Attacked, Places: true}

var passengerVehicles = mustWordSet("passenger_vehicles")

// seizedVehicle reports whether the object of a capture ev is a vehicle
// with people on board, told before the place it was in: "took over a
// passenger train near X", "seized a bus in X" is an attack there, while
// "seized a tanker in X" stays no capture of X.
func (x *relater) seizedVehicle(ev *event) bool {
	for j := ev.end; j < ev.end+5; j++ {
		if passengerVehicles[x.tok(j).Lower] {
			return objectPlacePreps[x.tok(j+1).Lower] // "a bus in X", not "a bus company in X"
		}
		if objectPlacePreps[x.tok(j).Lower] {
			return false
		}
	}
	return false
}
