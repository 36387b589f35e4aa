package ingest

import "github.com/actorgraph/actorgraph/schema"

// seat is where an organisation has its seat, and the rule that read it.
type seat struct {
	org, place *Entity
	sent       int
	rule       string
}

// orgSeats reads where the organisations the text names have their seat:
// "the Harbor Institute in Lima", "the Varga Center (VC) in Lima", "the
// Tessaro Group research institute in Lima", "the Harbor Fund, a Peruvian
// rights group", "the Harbor Fund, a think tank in Lima", "Peru's Harbor
// Fund". Government and military bodies are parts of their state, not
// based in it, and gazetteer bodies other than NGOs have their seat in the
// gazetteer.
func (x *relater) orgSeats() []seat {
	var out []seat
	for k, m := range x.d.Mentions {
		o := m.Ent
		if o == nil || o.Label != schema.Organisation || m.Kind != mName && m.Kind != mDemonym || m.Head != "" ||
			o.known && o.Kind != "ngo" {
			continue
		}
		if o.Kind == "government" || o.Kind == "military" {
			// a body of the state is part of it; it has a seat of its own only abroad: "Peru's U.N. delegation in New York"
			if p := x.placeAfterOrg(m.End, m.Sent); p != nil && p.ISO3 != "" && p.ISO3 != o.ISO3 && p.Label != schema.Country {
				out = append(out, seat{o, p, m.Sent, "based-in/abroad"})
			}
			continue
		}
		if p := x.placeAfterOrg(m.End, m.Sent); p != nil {
			out = append(out, seat{o, p, m.Sent, "based-in/org-in-place"})
			continue
		}
		if p := x.placeInApposition(m.End, m.Sent); p != nil {
			out = append(out, seat{o, p, m.Sent, "based-in/apposition"})
			continue
		}
		if p := x.stateInDescriptor(m); p != nil {
			out = append(out, seat{o, p, m.Sent, "based-in/descriptor"})
			continue
		}
		if k > 0 && x.isWord(m.Start-1, "'s") {
			if c := x.d.Mentions[k-1]; c.End == m.Start-1 && c.Ent != nil && c.Ent.Label == schema.Country {
				out = append(out, seat{o, c.Ent, m.Sent, "based-in/possessive"})
			}
		}
	}
	return out
}

// placeAfterOrg returns the place named by "in PLACE" after an
// organisation's name ending at i, over an acronym in parentheses and a
// descriptor ("(VC) in Lima", "research group in Lima"), or nil.
func (x *relater) placeAfterOrg(i, si int) *Entity {
	if x.tok(i).Text == "(" && x.tok(i+2).Text == ")" {
		i += 3
	}
	name := i
	for n := 0; n < 3 && x.tok(i).Kind == tokWord && !x.tok(i).Cap && !x.isWord(i, "in"); n++ {
		i++
	}
	if !x.isWord(i, "in") || i > name && !x.describesOrg(i-1) {
		return nil
	}
	return x.placeAt(i+1, si)
}

// placeInApposition returns the seat an apposition after an organisation
// gives: ", a Peruvian rights group" (the state), ", a think tank in Lima"
// (the place), or nil.
func (x *relater) placeInApposition(i, si int) *Entity {
	if x.tok(i).Text != "," || !x.isWord(i+1, "a", "an") {
		return nil
	}
	var state *Entity
	for j := i + 2; j < i+9 && j < x.d.Sentences[si].End; j++ {
		t := x.tok(j)
		if t.Kind == tokPunct && t.Text != "-" {
			return nil
		}
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind == mDemonym && state == nil {
			state = x.d.Mentions[k].Ent
		}
		if x.describesOrg(j) {
			if x.isWord(j+1, "in") || x.isWord(j+1, "based") && x.isWord(j+2, "in") {
				if p := x.placeAt(j+2+boolInt(x.isWord(j+1, "based")), si); p != nil {
					return p
				}
			}
			if state != nil && state.Label == schema.Country {
				return state
			}
			return nil
		}
	}
	return nil
}

// describesOrg reports whether the lower-case word j names a kind of
// organisation: "group", "think tank", "institute".
func (x *relater) describesOrg(j int) bool {
	_, ok := x.r.descriptorAt(j)
	return ok || !x.tok(j).Cap && orgHeads[x.tok(j).Lower] && !genericHeads[x.tok(j).Lower]
}

// placeAt returns the city, region or country named at i, not as a
// possessor ("in Lima's suburbs" is no seat), or nil.
func (x *relater) placeAt(i, si int) *Entity {
	k := x.mentionIdx(i)
	if k < 0 || x.d.Mentions[k].Start != i || x.d.Mentions[k].Sent != si || x.isWord(x.d.Mentions[k].End, "'s") {
		return nil
	}
	switch e := x.d.Mentions[k].Ent; e.Label {
	case schema.City, schema.Region, schema.Country:
		return e
	}
	return nil
}

// stateInDescriptor returns the state a descriptor before an introduced
// organisation names: "the Peruvian policy think tank Varga".
func (x *relater) stateInDescriptor(m Mention) *Entity {
	if _, ok := x.r.descriptorAt(m.Start - 1); !ok {
		return nil
	}
	for j := m.Start - 1; j >= m.Start-7 && j >= x.d.Sentences[m.Sent].Start; j-- {
		t := x.tok(j)
		if t.Kind == tokPunct && t.Text != "-" && t.Text != "\"" || articles[t.Lower] || titleEmployerPreps[t.Lower] {
			return nil
		}
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind == mDemonym && x.d.Mentions[k].Ent.Label == schema.Country {
			return x.d.Mentions[k].Ent
		}
	}
	return nil
}

// appositionTo reports whether tokens [i, j) open an apposition: a comma
// and lower-case words (", a", ", which is"), so that what stands at j
// describes the name ending at i.
func (x *relater) appositionTo(i, j int) bool {
	if x.tok(i).Text != "," || j <= i {
		return false
	}
	for k := i + 1; k < j; k++ {
		if t := x.tok(k); t.Kind != tokWord || t.Cap {
			return false
		}
	}
	return true
}
