package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// placeRun returns the end of a place name at i: capitalised words, an
// "al-" style particle and hyphen joins ("al-Waqf", "Lower Shabelle").
func (r *recognizer) placeRun(i, limit int) int {
	j := i
	for j < limit && j-i < 6 {
		t := r.tok(j)
		switch {
		case t.Kind == tokWord && t.Cap && !nameStop[t.Lower] && !regionSuffix[t.Lower]:
			j++
		case t.Kind == tokWord && nameParticles[t.Lower] && r.tok(j+1).Text == "-" && !r.tok(j+1).SpaceBefore:
			j++
		case t.Text == "-" && !t.SpaceBefore && j > i && r.tok(j+1).Kind == tokWord && r.tok(j+1).Cap:
			j++
		case t.Text == "-" && !t.SpaceBefore && j > i && r.tok(j+1).Kind == tokWord && len(r.tok(j+1).Text) <= 3 &&
			r.tok(j+2).Text == "-" && r.tok(j+3).Cap && !r.tok(j+3).SpaceBefore:
			j += 3 // "Dasht-e-Varga"
		default:
			return r.trimRun(i, j)
		}
	}
	return r.trimRun(i, j)
}

var placeVerbs = mustWordSet("place_verbs")

var distanceWords = mustWordSet("distance_words")

var regionNouns = mustWordSet("region_nouns")

// unknownPlace recognises places no gazetteer knows from their context.
func (r *recognizer) unknownPlace(i, limit, si int) int {
	if end := r.featurePlace(i, limit, si); end > i {
		return end
	}
	end := r.placeRun(i, limit)
	if end == i || r.isGazActorShallow(i) || isAllCaps(r.tok(i).Text) && len(r.tok(i).Text) > 3 {
		return i
	}
	name := r.text(i, end)
	prev := r.tok(i - 1).Lower
	label := schema.City
	rule := ""
	if e, ok := r.places[strings.ToLower(name)]; ok {
		// named before in the article: "the town of Tessalit" ... "near Tessalit"
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: e, Place: true, Rule: "place/seen"})
		return end
	}
	if r.d.Sentences[si].Headline {
		return i // "Recapture Towns Attacked": a title-case headline names no new place
	}
	switch {
	case prev == "near" || prev == "outside" || prev == "around" || prev == "of" && r.isWord(i-2, "outskirts"):
		rule = "place/near-x"
	case prev == "of" && (placeNouns[r.tok(i-2).Lower] || placeNounsPlural[r.tok(i-2).Lower]):
		rule = "place/noun-of"
		if n := strings.TrimSuffix(r.tok(i-2).Lower, "s"); regionNouns[n] {
			label = schema.Region
		}
	case !r.d.Sentences[si].Headline && (regionSuffix[r.tok(end).Lower] && r.tok(end).Lower != "state" && r.tok(end).Lower != "states" || r.tok(end).Lower == "state" && r.tok(end).Cap):
		// "the Southeast Varga states" are countries, not a region named Varga
		rule = "place/suffix"
		if s := r.tok(end).Lower; s != "district" {
			label = schema.Region
		}
	case citySuffix[r.tok(end).Lower]:
		rule = "place/suffix"
	case (prev == "from" || prev == "of") && distanceWords[r.tok(i-2).Lower]:
		rule = "place/distance"
	case placeVerbs[prev] || prev == "and" && r.lastWasPlace(i-1):
		rule = "place/verb-object"
	case placePreps[prev] && r.tok(end).Text == "," && (r.isCountryAt(end+1) || r.isPlaceMention(end+1)):
		rule = "place/in-x-country"
	default:
		return i
	}
	iso3, within := r.placeCountry(i, end, si)
	key := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(schema.Slug(name), "al-"), "el-"), "ad-")
	var id string
	if label == schema.Region {
		id = schema.RegionID(key, iso3)
	} else {
		id = schema.CityID(key, iso3)
	}
	e := r.d.addEntity(&Entity{ID: id, Label: label, Name: name, ISO3: iso3})
	if len(name) > len(e.Name) {
		e.Aliases[e.Name] = true
		e.Name = name
	} else if name != e.Name {
		e.Aliases[name] = true
	}
	if within != nil && e.Within == nil && within != e {
		e.Within = within
	}
	r.places[strings.ToLower(name)] = e
	m := Mention{Start: i, End: end, Sent: si, Ent: e, Place: true, Rule: rule}
	if regionSuffix[r.tok(end).Lower] || citySuffix[r.tok(end).Lower] {
		m.End++
	}
	r.mark(m)
	return r.placeList(m.End, limit, si, label, iso3, within)
}

// placeList reads the places coordinated after the place ending at k:
// "retook X and Y", "the towns of X, Y and Z". It returns the end of the
// last one.
func (r *recognizer) placeList(k, limit, si int, label schema.Label, iso3 string, within *Entity) int {
	end := k
	for n := 0; n < 8; n++ {
		sep := r.tok(end)
		if !(sep.Text == "," || sep.Lower == "and") || r.isTaken(end+1) || !r.tok(end+1).Cap {
			break
		}
		e2 := r.placeRun(end+1, limit)
		if e2 == end+1 || r.isGazActorShallow(end+1) || sep.Text == "," && !r.listCloses(e2, limit) {
			break
		}
		n2 := r.text(end+1, e2)
		id := schema.CityID(n2, iso3)
		if label == schema.Region {
			id = schema.RegionID(n2, iso3)
		}
		p2 := r.d.addEntity(&Entity{ID: id, Label: label, Name: n2, ISO3: iso3, Within: within})
		r.places[strings.ToLower(n2)] = p2
		r.mark(Mention{Start: end + 1, End: e2, Sent: si, Ent: p2, Place: true, Rule: "place/coordinated"})
		end = e2
		if sep.Lower == "and" {
			break
		}
	}
	return end
}

// listCloses reports whether the names from k on continue a list that
// ends in "and NAME": ", Y and Z", not "X, Quebec, as".
func (r *recognizer) listCloses(k, limit int) bool {
	for n := 0; n < 8 && k < limit; n++ {
		if r.isWord(k, "and") {
			return r.tok(k + 1).Cap
		}
		if r.tok(k).Text != "," || !r.tok(k+1).Cap {
			return false
		}
		e := r.placeRun(k+1, limit)
		if e == k+1 {
			return false
		}
		k = e
	}
	return false
}

// particlePlace reports whether a gazetteer city or region whose name
// begins with a particle ("El Obeid", "Al Hasakah") starts at i: such a
// name is a place, not a person, even before "said".
func (r *recognizer) particlePlace(i int) bool {
	if !nameParticles[r.tok(i).Lower] || !r.tok(i+1).Cap {
		return false
	}
	_, ok := r.lookup(i, len(r.toks), kindIs(eCity, eRegion))
	return ok
}

func (r *recognizer) lastWasPlace(i int) bool {
	for k := len(r.d.Mentions) - 1; k >= 0; k-- {
		m := r.d.Mentions[k]
		if m.End == i {
			return m.Place
		}
		if m.End < i {
			return false
		}
	}
	return false
}

func (r *recognizer) isPlaceMention(i int) bool {
	if r.isWord(i, "in") {
		i++
	}
	sp, ok := r.lookup(i, len(r.toks), kindIs(eCity, eRegion, eCapital, eCountry))
	return ok && sp.start == i
}

// placeCountry finds the country of a place at [i, end): "X, Syria",
// "Syria's X", "the Iraqi village of X", "Aleppo's X district", else the
// sentence's or the article's main country.
func (r *recognizer) placeCountry(i, end, si int) (string, *Entity) {
	var within *Entity
	// after: ", in Aleppo, Syria" / ", Syria"
	for j := end; j < end+8 && j < r.d.Sentences[si].End; j++ {
		t := r.tok(j)
		if t.Text == "." || t.Text == ";" {
			break
		}
		if sp, ok := r.lookup(j, r.d.Sentences[si].End, kindIs(eCountry)); ok && r.tok(j-1).Text == "," {
			c := r.lex.countries[sp.entries[0].idx]
			if within == nil {
				r.countryEntity(sp.entries[0].idx)
			}
			return c.ISO3, within
		}
		if sp, ok := r.lookup(j, r.d.Sentences[si].End, kindIs(eCity)); ok && (r.tok(j-1).Text == "," || r.isWord(j-1, "in")) && within == nil {
			if city := r.cityEntity(sp, "", r.text(j, sp.end)); city != nil {
				within = city
			}
		}
	}
	if within != nil {
		return within.ISO3, within
	}
	// before, in the same noun phrase; a place named on an area that spans
	// states belongs to the state named right before it only ("Peru's
	// Atlantic region"), otherwise to none ("the Euro-Atlantic region")
	low := i - 8
	if r.spansStates(i, end) {
		low = i - 2
	}
	for j := i - 1; j >= low && j >= r.d.Sentences[si].Start; j-- {
		t := r.tok(j)
		if t.Text == "," || t.Text == "." || speechVerbs[t.Lower] {
			break
		}
		for k := range r.d.mentionsBack(j, j+1, false) {
			m := r.d.Mentions[k]
			if m.Start == j && m.Ent != nil {
				switch m.Ent.Label {
				case schema.Country:
					return m.Ent.ISO3, nil
				case schema.City, schema.Region:
					if m.End == i-1 && r.isWord(m.End, "and", "or") {
						return m.Ent.ISO3, m.Ent.Within // "the Tessa and Varga regions": a sibling, not a container
					}
					return m.Ent.ISO3, m.Ent
				}
			}
		}
		if sp, ok := r.lookup(j, i, kindIs(eCountry, eDemonym)); ok && sp.end <= i {
			return r.lex.countries[sp.entries[0].idx].ISO3, nil
		}
	}
	if low == i-2 {
		return "", nil // not the story's home state either
	}
	return r.home, nil
}

var transnationalWords = mustWordSet("transnational_words")

// spansStates reports whether the place name at [i, end) is built on a
// word of an ocean, continent or other area that spans several states
// ("the Euro-Atlantic region", "the Afro-Asian region", "the Baltic region").
func (r *recognizer) spansStates(i, end int) bool {
	for j := i; j < end; j++ {
		for _, w := range strings.Split(r.tok(j).Lower, "-") {
			if transnationalWords[w] {
				return true
			}
		}
	}
	return false
}

// featurePlace recognises a geographic feature no gazetteer knows by the
// noun that ends its name: "the Kerel Islands", "Tessa Reef", "the North
// Varga Sea", "Ardan island". Names that share their words before the noun
// ("the Kerel Islands", "the Kerel Archipelago", "Kerel") are one region.
func (r *recognizer) featurePlace(i, limit, si int) int {
	if end := r.featureOf(i, limit, si); end > i {
		return end
	}
	j := i
	for j < limit && j-i < 5 && !r.isTaken(j) {
		t := r.tok(j)
		switch {
		case t.Kind == tokWord && t.Cap && !featureNouns[t.Lower] && (!nameStop[t.Lower] || compassWords[t.Lower]):
			j++
		case (t.Text == "/" || t.Text == "-") && !t.SpaceBefore && j > i && r.tok(j+1).Cap && !r.tok(j+1).SpaceBefore:
			j++
		default:
			goto done
		}
	}
done:
	f := r.tok(j)
	if j+1 < limit && r.tok(j+1).Cap && r.tok(j+1).Kind == tokWord {
		return i // "Tessa Island State Park": a longer name
	}
	if j == i || j >= limit || !featureNouns[f.Lower] || f.Kind != tokWord || compassWords[r.tok(j-1).Lower] ||
		!f.Cap && f.Lower != "islands" && f.Lower != "archipelago" || r.d.Sentences[si].Headline || isAllCaps(r.tok(i).Text) && len(r.tok(i).Text) > 3 {
		return i
	}
	base := r.text(i, j)
	name := r.text(i, j+1)
	if sp, ok := r.lookup(i, j, kindIs(eCountry, eDemonym, eCapital)); ok && sp.end == j && !f.Cap {
		return i // "the African island nation"
	}
	iso3 := ""
	if r.isWord(i-1, "'s") && !islandNouns[f.Lower] || islandNouns[f.Lower] || f.Lower == "reef" || f.Lower == "atoll" {
		iso3 = r.possessorCountry(i)
	}
	e, ok := r.places[strings.ToLower(base)]
	if !ok {
		e = r.d.addEntity(&Entity{ID: schema.RegionID(base, iso3), Label: schema.Region, Name: name, ISO3: iso3})
	}
	if name != e.Name {
		e.Aliases[name] = true
	}
	r.places[strings.ToLower(base)] = e
	r.places[strings.ToLower(name)] = e
	r.mark(Mention{Start: i, End: j + 1, Sent: si, Ent: e, Place: true, Rule: "place/feature"})
	return j + 1
}

// possessorCountry returns the iso3 of the country whose possessive stands
// just before token i ("Peru's Ardan Island"), or "".
func (r *recognizer) possessorCountry(i int) string {
	if !r.isWord(i-1, "'s") {
		return ""
	}
	for k := len(r.d.Mentions) - 1; k >= 0; k-- {
		m := r.d.Mentions[k]
		if m.End == i-1 && m.Ent != nil && m.Ent.Label == schema.Country {
			return m.Ent.ISO3
		}
		if m.End < i-1 {
			break
		}
	}
	return ""
}

// seatAsActor reports whether the capital at [i, end), after a place
// preposition, still stands for its state: after "to" or "from" with no
// word of movement before ("a signal to Lima", "pressure from Lima"), or
// as a possessor ("in Lima's promises").
func (r *recognizer) seatAsActor(i, end int) bool {
	if r.isWord(end, "'s") {
		return true
	}
	if !r.isWord(i-1, "to", "from") {
		return false
	}
	if r.isWord(i-2, "closer", "nearer") && r.isWord(i-1, "to") && !r.troopsBefore(i-2) && r.actorBefore(i-2) {
		return true // "Okafor moved closer to Lima": a leader, not troops or a storm nearing a city
	}
	for k := i - 2; k >= i-5 && k >= 0; k-- {
		t := r.tok(k)
		if t.Kind == tokPunct {
			break
		}
		if motionWords[t.Lower] || placeVerbs[t.Lower] {
			return false
		}
	}
	return true
}

// troopsBefore reports whether an armed body is named in the clause
// before token i: "troops moved closer to Lima" approach the city.
func (r *recognizer) troopsBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := r.tok(k)
		if t.Kind == tokPunct && t.Text != "-" && t.Text != "'s" || r.isDateline(k) {
			return false
		}
		if fightingHeads[t.Lower] || deployedHeads[t.Lower] || r.isWord(k, "troops", "soldiers", "tanks", "units", "militants", "rebels") {
			return true
		}
	}
	return false
}

// actorBefore reports whether a person, state or body is named in the
// sentence before token i.
func (r *recognizer) actorBefore(i int) bool {
	s := r.d.Sentences[r.d.sentOf[i]].Start
	for _, m := range r.d.Mentions {
		if m.Start >= s && m.End <= i && m.Ent != nil && !m.Place && m.Head == "" &&
			(m.Ent.Label == schema.Person || m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation) {
			return true
		}
	}
	return false
}

// featureOf recognises "the Gulf of Tessa", "the Bay of Varga": a
// capitalised feature noun, "of" and a capitalised name.
func (r *recognizer) featureOf(i, limit, si int) int {
	f := r.tok(i)
	if !f.Cap || !featureNouns[f.Lower] || !r.isWord(i+1, "of") || !r.tok(i+2).Cap || r.d.Sentences[si].Headline {
		return i
	}
	j := i + 2
	for j < limit && j-i < 6 && r.tok(j).Cap && r.tok(j).Kind == tokWord && !r.isTaken(j) {
		j++
	}
	name := r.text(i, j)
	e := r.d.addEntity(&Entity{ID: schema.RegionID(name, ""), Label: schema.Region, Name: name})
	r.places[strings.ToLower(name)] = e
	r.mark(Mention{Start: i, End: j, Sent: si, Ent: e, Place: true, Rule: "place/feature-of"})
	return j
}

var compassLeaders = mustWordSet("compass_leaders")

// compassOnly reports whether a gazetteer match is a lone compass word
// that here is a direction or part of a longer name: "further West",
// "the Western Tessa Ocean".
func (r *recognizer) compassOnly(sp span) bool {
	if sp.end-sp.start != 1 || !compassWords[r.tok(sp.start).Lower] {
		return false
	}
	next := r.tok(sp.end)
	return next.Cap && next.Kind == tokWord || compassLeaders[r.tok(sp.start-1).Lower]
}

// regionInList reports whether a name that is both a country and a region
// stands in a list of regions of one country, where it is the region:
// "from Kansas, Georgia and Nebraska".
func (r *recognizer) regionInList(sp span) bool {
	reg, ok := hasKind(sp.entries, eRegion)
	if !ok {
		return false
	}
	iso3 := r.lex.places[reg.idx].ISO3
	if iso3 == "" {
		return false
	}
	if r.isWord(sp.start-1, "and", "or", ",") {
		for k := range r.d.mentionsEndingFrom(sp.start - 1) {
			if m := r.d.Mentions[k]; m.End == sp.start-1 {
				return m.Ent != nil && m.Ent.Label == schema.Region && m.Ent.ISO3 == iso3
			}
		}
	}
	if r.isWord(sp.end, "and", "or", ",") {
		if next, ok := r.lookup(sp.end+1, len(r.toks), kindIs(eRegion, eCountry)); ok {
			_, country := hasKind(next.entries, eCountry)
			e, _ := hasKind(next.entries, eRegion)
			return !country && r.lex.places[e.idx].ISO3 == iso3
		}
	}
	return false
}
