package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// knownSeats reads the city where a gazetteer body has its seat, when the
// text puts the body in a city of the state the gazetteer seats it in:
// "the Varga Court (VC) in Lima ruled", "talks held in Lima at the Varga
// Agency". A body that meets where it is convened (a council, an
// assembly) is not seated by the text.
func (x *relater) knownSeats() {
	for _, m := range x.d.Mentions {
		o := m.Ent
		if o == nil || !o.known || o.Label != schema.Organisation || m.Kind != mName || len(o.BasedIn) != 3 || o.Kind != "igo" {
			continue
		}
		name := strings.ToLower(o.Name)
		if meetingBodies[name[strings.LastIndexByte(name, ' ')+1:]] {
			continue
		}
		p := x.placeAfterOrg(m.End, m.Sent)
		if p == nil {
			p = x.cityBeforeAt(m)
		}
		if p != nil && p.Label == schema.City && p.ISO3 == o.BasedIn {
			x.addFact(schema.BasedIn, o, p, m.Sent, "based-in/known-seat", "")
		}
	}
}

// cityBeforeAt returns the city of "in CITY at [the] BODY" before m, or nil.
func (x *relater) cityBeforeAt(m Mention) *Entity {
	i := m.Start - 1
	if x.isWord(i, "the") {
		i--
	}
	if !x.isWord(i, "at") {
		return nil
	}
	k := x.mentionIdx(i - 1)
	if k < 0 {
		return nil
	}
	c := x.d.Mentions[k]
	if c.End != i || c.Sent != m.Sent || c.Ent == nil || !x.isWord(c.Start-1, "in") {
		return nil
	}
	return c.Ent
}

// stateNamedSeats reads the seat of a body whose name goes on from its
// state's formal name: "the Islamic Republic of Varga Shipping Lines" is
// based in Varga.
func (x *relater) stateNamedSeats() {
	for _, m := range x.d.Mentions {
		if m.Rule != "org/state-name" || m.Ent == nil || m.Ent.ISO3 == "" || m.Ent.Kind == "government" || m.Ent.Kind == "military" {
			continue
		}
		x.addFact(schema.BasedIn, m.Ent, x.d.byID[schema.CountryID(m.Ent.ISO3)], m.Sent, "based-in/state-name", "")
	}
}

// saidSeats reads a seat the text states with a verb: "ORG, headquartered
// in Lima,", "ORG is based in Lima", "ORG, which is headquartered in
// Lima". A state's own body is part of it and seated only abroad.
func (x *relater) saidSeats() {
	for _, m := range x.d.Mentions {
		o := m.Ent
		if o == nil || o.Label != schema.Organisation || m.Kind != mName || m.Head != "" || m.Possessive {
			continue
		}
		k := m.End
		if x.tok(k).Text == "," {
			k++
			if x.isWord(k, "which", "that") {
				k++
			}
		}
		for n := 0; n < 2 && (beVerbs[x.tok(k).Lower] || x.isWord(k, "has", "have", "been")); n++ {
			k++
		}
		if k == m.End || !x.isWord(k, "headquartered", "based") || !x.isWord(k+1, "in") {
			continue
		}
		p := x.placeAt(k+2, m.Sent)
		if p == nil || (o.Kind == "government" || o.Kind == "military") && p.ISO3 == o.ISO3 {
			continue
		}
		x.addFact(schema.BasedIn, o, p, m.Sent, "based-in/said", "")
	}
}
