package ingest

import "github.com/actorgraph/actorgraph/schema"

var visitHostRule = &Rule{ID: "met-with/visit-host", Type: schema.MetWith}

var visitPhrasePreps = mustWordSet("visit_phrase_preps")

// visitHosts reads a visit told in a fronted phrase and its host speaking
// in the main clause: "During a visit by Chilean President Ana Reyes to
// Lima last month, Peruvian President Luis Tovar said ...": the visitor met
// the host, an official of the state visited.
func (x *relater) visitHosts() {
	n := len(x.events)
	for k := 0; k < n; k++ {
		ev := x.events[k]
		if ev.rule.Type != schema.Visited || ev.rule.kind != nounRule || len(ev.agents) == 0 || len(ev.targets) == 0 {
			continue
		}
		s := x.d.Sentences[ev.sent]
		if !visitPhrasePreps[x.tok(s.Start).Lower] {
			continue
		}
		host := x.hostAfterComma(ev.end, s.End)
		state := x.stateOf(ev.targets[0])
		if host == nil || state == nil || x.r.holderOf(host) != state || x.oneSide(ev.agents[0], host) {
			continue
		}
		met := event{rule: visitHostRule, start: ev.start, end: ev.end, sent: ev.sent, agents: ev.agents[:1], targets: []*Entity{host},
			modality: schema.Asserted, date: ev.date, precision: ev.precision}
		if ev.modality == schema.Planned || ev.modality == schema.Negated {
			met.modality = ev.modality
		}
		x.events = append(x.events, met)
	}
}

// hostAfterComma returns the person opening the main clause after the
// fronted phrase that holds token i: the first actor after its comma.
func (x *relater) hostAfterComma(i, limit int) *Entity {
	for c := i; c < limit; c++ {
		if x.tok(c).Text != "," {
			continue
		}
		for j := c + 1; j < limit && j < c+8; j++ {
			if k := x.mentionIdx(j); k >= 0 {
				m := x.d.Mentions[k]
				if m.Ent.Label == schema.Person {
					return m.Ent
				}
				j = m.End - 1
			}
		}
		return nil
	}
	return nil
}

// stateOf returns the state a country, place or state body is of.
func (x *relater) stateOf(e *Entity) *Entity {
	if e.Label == schema.Country {
		return e
	}
	if e.ISO3 == "" {
		return nil
	}
	return x.d.byID[schema.CountryID(e.ISO3)]
}
