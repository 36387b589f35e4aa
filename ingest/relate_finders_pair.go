package ingest

import "github.com/actorgraph/actorgraph/schema"

// pairCompound reads a meeting, call or agreement named by the pair of
// its parties joined by a hyphen: "the Chile-Peru talks", "U.S.-Ukraine
// talks in Jeddah", "the Norway-Sweden trade deal". The first is the
// agent, the second the target; nothing else applies. Example: "The
// Chile-Peru talks in Lima ended on Monday."
func (x *relater) pairCompound(ev *event, s Sentence) findStep {
	if !ev.rule.Type.Symmetric() && !ev.rule.Mutual {
		return findOn // "the Chile-Peru talks", "the Chile-Peru alliance": both ways
	}
	j := ev.start - 1
	for n := 0; n < 2 && j > s.Start && x.pairModifier(j); n++ {
		j-- // "the Chile-Peru trade talks", "U.S.-Iran nuclear talks"
	}
	b := x.mentionIdx(j)
	if b < 0 || x.d.Mentions[b].End != j+1 {
		return findOn
	}
	mb := x.d.Mentions[b]
	h := mb.Start - 1
	if !x.isWord(h, "-") || x.tok(h).SpaceBefore || x.tok(mb.Start).SpaceBefore {
		return findOn
	}
	a := x.mentionIdx(h - 1)
	if a < 0 || x.d.Mentions[a].End != h {
		return findOn
	}
	ea, eb := x.d.Mentions[a].Ent, mb.Ent
	if !pairParty(ea) || !pairParty(eb) || ea == eb || x.isWord(x.d.Mentions[a].Start-1, "-") {
		return findOn // "the Chile-Peru-Bolivia talks": more than a pair
	}
	ev.agents, ev.targets = []*Entity{ea}, []*Entity{eb}
	return findDone
}

// pairModifier reports whether token j is a lower-case modifier between a
// hyphenated pair and its nominal: "trade", "nuclear", "peace".
func (x *relater) pairModifier(j int) bool {
	t := x.tok(j)
	return t.Kind == tokWord && !t.Cap && x.mentionIdx(j) < 0 && pairModifiers[t.Lower]
}

var pairModifiers = mustWordSet("pair_modifiers")

// pairParty reports whether e can be a party of a hyphenated pair: a
// state, a body or a person, not a place.
func pairParty(e *Entity) bool {
	return e != nil && (e.Label == schema.Country || e.Label == schema.Organisation || e.Label == schema.Person)
}

var heldWords = mustWordSet("held_words")

// heldBetween reads the parties of a meeting or deal named after its
// verb of occurring: "fresh talks could take place between Chile and
// Peru", "talks were held between Norway and Sweden". Example: "A summit
// will take place between Chile and Peru in May."
func (x *relater) heldBetween(ev *event, s Sentence) findStep {
	if !ev.rule.Type.Symmetric() || len(ev.agents) > 0 || len(ev.targets) == 1 {
		return findOn
	}
	j := ev.end
	for j < s.End && j < ev.end+4 && auxWords[x.tok(j).Lower] {
		j++ // "will", "were", "is expected to"
	}
	switch {
	case x.isWord(j, "take", "takes", "took", "taking") && x.isWord(j+1, "place"):
		j += 2
	case x.isWord(j, "be") && x.isWord(j+1, "held"):
		j += 2
	case heldWords[x.tok(j).Lower] && j > ev.end:
		j++
	default:
		return findOn
	}
	if !x.isWord(j, "between") {
		return findOn
	}
	parties, _ := x.objects(j, s.End, []string{"between"}, false)
	if len(parties) >= 2 {
		ev.agents, ev.targets = parties[:1], parties[1:2]
	}
	return findOn
}

// joinedIn adds the joiner to the agents of "X joined Y in condemning Z":
// both X and Y act. Example: "Peru joined Chile in condemning Bolivia."
func (x *relater) joinedIn(ev *event, s Sentence) findStep {
	if !x.isWord(ev.start-1, "in") || !x.gerundTrigger(ev.start) {
		return findOn
	}
	k := x.mentionIdx(ev.start - 2)
	if k < 0 {
		return findOn
	}
	y := x.d.Mentions[k]
	if !x.isWord(y.Start-1, "joined", "joins", "join", "joining") || y.Ent == nil {
		return findOn
	}
	joiners, _ := x.subjects(y.Start-1, s.Start, false)
	if len(joiners) == 0 || containsEnt(joiners, y.Ent) {
		return findOn
	}
	ev.agents = append(append([]*Entity{}, joiners...), y.Ent)
	return findOn
}

// gerundTrigger reports whether the trigger at i is an "-ing" form.
func (x *relater) gerundTrigger(i int) bool {
	w := x.tok(i).Lower
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// coordinatedMutual splits the coordinated subjects of a mutual act told
// without an object: "Chile and Peru traded accusations" - Chile acts on
// Peru, and emitMutual adds the way back.
func (x *relater) coordinatedMutual(ev *event) {
	if len(ev.targets) == 0 && len(ev.agents) >= 2 {
		ev.agents, ev.targets = ev.agents[:1], ev.agents[1:]
	}
}
