package ingest

import "github.com/actorgraph/actorgraph/schema"

// placeApposition reports whether the comma at j, in the object of a rule
// that takes places, sets a place name after a definite place noun: "a
// visit to the capital, Lima", "shelled the port city, Tarsa". The comma
// of a list ("the capital, Lima and Cusco") is the same one.
func (x *relater) placeApposition(j int, places bool) bool {
	if !places || !placeNouns[x.tok(j-1).Lower] || !x.isWord(j-2, "the") && !x.isWord(j-3, "the") {
		return false
	}
	k := x.mentionIdx(j + 1)
	if k < 0 {
		return false
	}
	m := x.d.Mentions[k]
	return m.Start == j+1 && m.Ent != nil && (m.Ent.Label == schema.City || m.Ent.Label == schema.Region)
}

// possessedBody replaces the first of out, a state named in the possessive
// at token start, by the organisation it possesses right after it: the
// most specific actor ("an operation conducted by Sylvania's intelligence
// agency", "raids by Sylvania's Border Guard").
func (x *relater) possessedBody(out []*Entity, start int) []*Entity {
	if len(out) == 0 || start < 0 || out[0].Label != schema.Country {
		return out
	}
	m := x.d.Mentions[x.mentionIdx(start)]
	next := m.End
	if x.isWord(next, "'s") {
		next++
	} else if !m.Possessive {
		return out
	}
	k := x.mentionIdx(next)
	if k < 0 || x.d.Mentions[k].Start != next {
		return out
	}
	if o := x.d.Mentions[k].Ent; o != nil && o.Label == schema.Organisation && (o.ISO3 == "" || o.ISO3 == out[0].ISO3) {
		return append([]*Entity{o}, out[1:]...)
	}
	return out
}

// inlineQuote reports whether the quote mark at j opens or closes a few
// quoted words inside a clause of the writer's, so the clause goes on
// through it: `his forces had "killed and wounded 300" rebels`. A quote
// after or before a speech verb or a pronoun opens or closes speech.
func (x *relater) inlineQuote(j int) bool {
	if x.tok(j).Text != "\"" {
		return false
	}
	p, n := x.tok(j-1), x.tok(j+1)
	if p.Kind != tokWord && p.Kind != tokNumber || n.Kind != tokWord && n.Kind != tokNumber {
		return false
	}
	return !speechVerbs[p.Lower] && !speechVerbs[n.Lower] && !firstSecondPerson[n.Lower] && !x.isWord(j+1, "he", "she", "they", "it")
}

// tourOf gives a tour with its traveller and no place the places after
// "of": "wrapped up a three-nation tour of Peru, Bolivia and Ecuador". A
// visit "of" someone names the visitor, so only a tour reads so.
func (x *relater) tourOf(ev *event, s Sentence) {
	if len(ev.targets) > 0 || len(ev.agents) == 0 || !x.isWord(ev.end-1, "tour") || !x.isWord(ev.end, "of") {
		return
	}
	targets, _ := x.objects(ev.end+1, s.End, []string{""}, true)
	var out []*Entity
	for _, t := range targets {
		if t.Label == schema.Country || t.Label == schema.City || t.Label == schema.Region {
			out = append(out, t)
		}
	}
	ev.targets = out
}

var arrivingHeads = mustWordSet("arriving_heads")

// stateArrivals keeps a state as the one that arrives in a place only when
// its envoys or vessels are the subject ("a Chilean delegation arrived in
// Lima", "Peruvian warships arrived in Arica"), not the state named
// itself ("Chile is in Lima's debt").
func (x *relater) stateArrivals(ev *event) {
	if len(ev.agents) == 0 || ev.agents[0].Label != schema.Country {
		return
	}
	for j := ev.start - 1; j >= ev.start-3 && j >= 0; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			if m := x.d.Mentions[k]; m.Ent == ev.agents[0] && arrivingHeads[m.Head] {
				return
			}
			break
		}
	}
	ev.agents, ev.targets = nil, nil
}
