package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// names is the second pass: organisations, countries, capitals, places and
// people already known by their surname.
func (r *recognizer) names() {
	// body first: a title-case headline only names organisations and
	// places the gazetteers or the body name
	r.placeCount = &placeCounter{count: map[string]int{}}
	r.scan(false, r.nameAt)
	r.scan(true, r.nameAt)
	r.placeCount = nil
	r.acronyms()
}

// scan runs a recognition step over the untaken tokens of the body
// sentences, or of the headlines: at each token, step returns the end of
// what it recognised there, or the token itself when nothing.
func (r *recognizer) scan(headlines bool, step func(i, limit, si int, headline bool) int) {
	for si, s := range r.d.Sentences {
		if s.Headline != headlines {
			continue
		}
		for i := s.Start; i < s.End; {
			if r.isTaken(i) {
				i++
				continue
			}
			if end := step(i, s.End, si, s.Headline); end > i {
				i = end
				continue
			}
			i++
		}
	}
}

// nameAt reads the name starting at token i of sentence si, if any: a
// known person, a ministry or mission, an organisation, a party, a place.
// It marks its mention and returns its end, or i.
func (r *recognizer) nameAt(i, limit, si int, headline bool) int {
	t := r.tok(i)
	if end, ok := r.loyalistsAt(i, limit, si); ok {
		return end
	}
	if end, ok := r.seenOnlyAt(i, si, headline); ok {
		return end
	}
	if end, ok := r.knownPersonAt(i, limit, si); ok {
		return end
	}
	if ms, ok := r.ministryAt(i, limit); ok {
		return r.markMinistry(ms, si)
	}
	if ms, ok := r.missionAt(i, limit); ok {
		return r.markMinistry(ms, si)
	}
	if end, ok := r.possessiveOrgAt(i, limit, si); ok {
		return end
	}
	if end := r.introducedOrg(i, limit, si); end > i {
		return end
	}
	if end := r.partyAt(i, limit, si); end > i {
		return end
	}
	if end, ok := r.orgAt(i, limit, si, headline); ok {
		return end
	}
	if !t.Cap && !isParticleStart(r.toks, i) {
		return i
	}
	sp, ok := r.lookup(i, limit, kindIs(eCountry, eDemonym, eCapital, eCity, eRegion))
	if ok && featureNouns[r.tok(sp.end).Lower] && r.tok(sp.end).Cap {
		if end := r.featurePlace(i, limit, si); end > i {
			return end // "the Tessa Strait" after a country's name
		}
	}
	if ok {
		// a longer capitalised name that only starts with a place is not that place
		if end := r.placeOrActor(sp, i, limit, si, headline); end > i {
			return end
		}
	}
	if end := r.unknownPlace(i, limit, si); end > i {
		return end
	}
	return i
}

// knownPersonAt reads a person known by surname or full name at token i,
// or one of a custom dictionary, and returns its end; false when there is
// none.
func (r *recognizer) knownPersonAt(i, limit, si int) (int, bool) {
	t := r.tok(i)
	// a known person by surname or full name
	if t.Cap && t.Kind == tokWord {
		for n := 4; n >= 1; n-- {
			if i+n > limit {
				continue
			}
			end := i + n
			r.buf = appendFold(r.buf[:0], r.text(i, end))
			if p, ok := r.surnames[string(r.buf)]; ok && !r.isGazOrgStrict(i, end) && (end >= limit || !r.isCapWord(end) || r.isGazActorShallow(end)) {
				r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/surname"})
				return end, true
			}
		}
	}
	// people from custom dictionaries
	if sp, ok := r.lookup(i, limit, kindIs(ePerson)); ok && t.Cap {
		rec := r.lex.people[sp.entries[0].idx]
		p := r.personEntity(rec.Name)
		if rec.Title != "" {
			p.Official = true
			var of *Entity
			if idx, ok := r.lex.byISO3[rec.Country]; ok && r.countryHits[rec.Country] > 0 {
				of = r.countryEntity(idx)
			}
			r.addTitle(p, rec.Title, of, si, i)
			if of == nil {
				r.titles[len(r.titles)-1].noCtx = true
			}
		}
		r.mark(Mention{Start: i, End: sp.end, Sent: si, Ent: p, Rule: "person/dictionary"})
		return sp.end, true
	}
	return i, false
}

// possessiveOrgAt reads a country's body named with the possessive at
// token i: "Russia's Foreign Ministry" is the Russian Foreign Ministry. It
// returns its end; false when there is none.
func (r *recognizer) possessiveOrgAt(i, limit, si int) (int, bool) {
	// Russia's Foreign Ministry -> Russian Foreign Ministry
	if sp, ok := r.lookup(i, limit, kindIs(eCountry, eCapital)); ok && r.tok(sp.end).Lower == "'s" {
		if end, name := r.orgRun(sp.end+1, limit); end > sp.end+1 {
			if _, gaz := r.lookup(sp.end+1, limit, kindIs(eOrg)); !gaz {
				c := r.lex.countries[sp.entries[0].idx]
				full := name
				kind := guessOrgKind(strings.Fields(name))
				if dem := r.demonymOf(c.ISO3); dem != "" && !civilHeads[strings.ToLower(lastHeadOf(name))] {
					full = dem + " " + name // "Russia's Foreign Ministry" is the Russian Foreign Ministry
				}
				country := r.countryEntity(sp.entries[0].idx)
				o := r.unknownOrg(full, sp.end+1, end)
				o.ISO3 = c.ISO3
				o.Kind = kind
				o.Aliases[r.text(i, end)] = true
				r.mark(Mention{Start: i, End: sp.end, Sent: si, Ent: country, Kind: mDemonym, Rule: "affiliation"})
				r.mark(Mention{Start: sp.end + 1, End: end, Sent: si, Ent: o, Rule: "org/possessive"})
				return end, true
			}
		}
	}
	return i, false
}

// orgAt reads an organisation at token i from the gazetteer or the
// head-noun pattern, whichever is longer, and returns its end; false when
// there is none.
func (r *recognizer) orgAt(i, limit, si int, headline bool) (int, bool) {
	t := r.tok(i)
	// organisations: the gazetteer or the head-noun pattern, whichever is longer
	gsp, gok := r.lookup(i, limit, kindIs(eOrg))
	if gok && !t.Cap && !isParticleStart(r.toks, i) || gok && r.compassOnly(gsp) || gok && r.lowerTail(gsp) {
		gok = false
	}
	if psp, ok := r.lookup(i, limit, kindIs(eCountry, eCity, eRegion, eCapital)); gok && ok && psp.end > gsp.end {
		gok = false
	}
	if gok && r.isWord(i, "the") {
		if nsp, ok := r.lookup(i+1, limit, kindIs(eOrg)); ok && nsp.end > gsp.end {
			return i, false // "The UN Security Council": the longer name after "the" wins over "the UN"
		}
	}
	oEnd, oName := r.orgRun(i, limit)
	if csp, ok := r.lookup(i, limit, kindIs(eCountry, eCapital)); ok && csp.end >= oEnd {
		oEnd = i
	}
	if oEnd > i && headline && r.existingOrg(oName) == nil {
		oEnd = i // "Calls Mission" in a title-case headline is no new organisation
	}
	if oEnd > i && (!gok || oEnd > gsp.end) {
		// VOA's Somali Service -> VOA Somali Service
		if r.tok(i-1).Lower == "'s" && !strings.Contains(oName, " for ") && !strings.Contains(oName, " of ") {
			if start := r.orgEndingAt(i - 1); start >= 0 {
				oName = r.text(start, i-1) + " " + oName
			}
		}
		if k := r.stateNamePrefix(i); k >= 0 {
			return r.orgAfterStateName(k, oEnd, si), true // "Republic of Peru Shipping Lines"
		}
		rule := "org/pattern"
		if k := guessOrgKind(strings.Fields(oName)); (k == "armed_group" || k == "party") && !headline {
			if _, tEnd := r.branchTail(oEnd, limit); tEnd > oEnd {
				oName, oEnd, rule = oName+" "+r.text(oEnd, tEnd), tEnd, "org/branch" // "the Harbor Front in the Sahel"
			}
		}
		o := r.unknownOrg(oName, i, oEnd)
		r.mark(Mention{Start: i, End: oEnd, Sent: si, Ent: o, Rule: rule})
		return oEnd, true
	}
	if gok {
		e, _ := hasKind(gsp.entries, eOrg)
		o := r.orgEntity(e.idx)
		if end := r.subBody(o, i, gsp.end, limit, si); end > gsp.end {
			return end, true
		}
		m := Mention{Start: i, End: gsp.end, Sent: si, Ent: o, Rule: "org/gazetteer"}
		r.absorbHead(&m, limit)
		r.mark(m)
		return m.End, true
	}
	return i, false
}

// lowerTail reports whether the gazetteer organisation matched by sp has
// only names ending in a capitalised word while the text ends the match
// in a lower-case word that heads no body: "Peru today" is no "Peru
// Today", where "U.S. army" is the "U.S. Army".
func (r *recognizer) lowerTail(sp span) bool {
	last := r.tok(sp.end - 1)
	if sp.end-sp.start < 2 || last.Cap || last.Kind != tokWord || orgHeads[last.Lower] || genericHeads[last.Lower] {
		return false
	}
	for _, e := range sp.entries {
		if e.kind == eOrg && !e.titled {
			return false
		}
	}
	return true
}

func (r *recognizer) isGazOrgStrict(i, end int) bool {
	sp, ok := r.lookup(i, len(r.toks), kindIs(eOrg, eCountry, eDemonym))
	return ok && sp.end > end
}

// isParticleStart reports whether a lower-case particle begins a name at
// i: "al-Varga", "al Varga".
func isParticleStart(toks []Token, i int) bool {
	return nameParticles[toks[i].Lower] && i+1 < len(toks) && (toks[i+1].Text == "-" || toks[i+1].Cap && toks[i+1].Kind == tokWord)
}

func (r *recognizer) demonymOf(iso3 string) string {
	if d, ok := r.lex.demonyms[iso3]; ok {
		return d
	}
	return ""
}

// orgEndingAt returns the start of the last organisation mention that ends
// at token j, or -1. (A function of its own: a range-over-func loop that
// assigns to nameAt's variables would move them to the heap on every call.)
func (r *recognizer) orgEndingAt(j int) int {
	for k := range r.d.mentionsEndingFrom(j) {
		if pm := r.d.Mentions[k]; pm.End == j && pm.Ent != nil && pm.Ent.Label == schema.Organisation {
			return pm.Start
		}
	}
	return -1
}

var absorbedHeads = mustWordSet("absorbed_heads")

// absorbHead extends an actor mention over a generic head noun after it:
// "U.S. aircraft", "Somali government troops", "ISIL terrorists".
func (r *recognizer) absorbHead(m *Mention, limit int) {
	j := m.End
	for j < limit && j-m.End < 3 && !r.startsTrigger(j, limit) && (genericHeads[r.tok(j).Lower] || groupNouns[r.tok(j).Lower] || absorbedHeads[r.tok(j).Lower]) && !r.isTaken(j) {
		if r.tok(j).Cap && m.Ent != nil && m.Ent.Label != schema.Country && orgHeads[r.tok(j).Lower] {
			break
		}
		j++
	}
	if j > m.End {
		m.Head = r.tok(j - 1).Lower
		m.End = j
	}
}

// placeOrActor turns a country, demonym, capital, city or region match
// into a mention.
func (r *recognizer) placeOrActor(sp span, i, limit, si int, headline bool) int {
	placeCtx := r.placeContext(sp, i)
	if e, ok := hasKind(sp.entries, eDemonym); ok {
		return r.demonymMention(sp, e, i, limit, si)
	}
	inList := r.regionInList(sp)
	if e, ok := hasKind(sp.entries, eCountry); ok && !inList {
		c := r.countryEntity(e.idx)
		m := Mention{Start: i, End: sp.end, Sent: si, Ent: c, Rule: "country/name", Place: placeCtx}
		if r.tok(sp.end).Lower == "'s" {
			m.Possessive = true
		}
		if r.isWord(sp.end, "opposition", "rebels") {
			o := r.oppositionEntity(c)
			m = Mention{Start: i, End: sp.end + 1, Sent: si, Ent: o, Rule: "org/opposition"}
		}
		r.absorbHead(&m, limit)
		if r.isWord(m.End, "-") && r.isWord(m.End+1, "led") && r.tok(m.End+2).Kind == tokWord && !r.tok(m.End+2).Cap {
			m.End += 3 // "a US-led alliance" acts for the state that leads it
			m.Head = "led"
		}
		r.mark(m)
		return m.End
	}
	if e, ok := hasKind(sp.entries, eCapital); ok && !r.regionAmongRegions(sp) {
		return r.capitalMention(sp, e, i, limit, si, placeCtx)
	}
	// a region among regions of one state is a place, whether or not that state is named
	return r.cityOrRegion(sp, i, si, headline, placeCtx || inList)
}

var placeRelationWords = mustWordSet("place_relation_words")

// placeContext reports whether the match sp at token i stands where a
// place does: after a locative preposition, in a dateline, before ", Country"
// or "-based", after "capital," or "outskirts of".
func (r *recognizer) placeContext(sp span, i int) bool {
	prev := r.tok(i - 1).Lower
	if prev == "-" && i >= 2 {
		prev = r.tok(i - 2).Lower
	}
	return placePreps[prev] || r.tok(sp.end).Text == "," && r.isCountryAt(sp.end+1) || r.isDateline(i) ||
		r.tok(sp.end).Text == "-" && r.isWord(sp.end+1, "based") ||
		prev == "of" && placeNouns[r.tok(i-2).Lower] ||
		prev == "," && r.isWord(i-2, "capital", "city") ||
		prev == "of" && placeRelationWords[r.tok(i-2).Lower]
}

var oppositionNouns = mustWordSet("opposition_nouns")

// demonymMention marks the demonym e matched by sp at token i: people
// ("Sylvanians"), the opposition of a country ("Sylvanian rebels"), or the
// country itself as an adjective or with a head ("Sylvanian forces").
func (r *recognizer) demonymMention(sp span, e entry, i, limit, si int) int {
	if e.plural {
		r.mark(Mention{Start: i, End: sp.end, Sent: si, Kind: mDescriptor, Rule: "demonym/people"})
		return sp.end
	}
	c := r.countryEntity(e.idx)
	// Syrian opposition / rebels
	j := sp.end
	if oppositionNouns[r.tok(j).Lower] {
		o := r.oppositionEntity(c)
		m := Mention{Start: i, End: j + 1, Sent: si, Ent: o, Rule: "org/opposition"}
		r.absorbHead(&m, limit)
		r.mark(m)
		return m.End
	}
	m := Mention{Start: i, End: sp.end, Sent: si, Ent: c, Kind: mDemonym, Rule: "country/demonym"}
	if r.isWord(j, "and", "or") {
		// "Iraqi and Kurdish forces": the head is shared
		for k := j + 2; k < j+4 && k < limit; k++ {
			if genericHeads[r.tok(k).Lower] {
				m.Kind = mName
				m.Head = r.tok(k).Lower
				break
			}
		}
	} else if r.tok(j).Text == "," {
		if h := r.listSharedHead(j, limit); h != "" {
			m.Kind = mName // "Chilean, Peruvian and Bolivian envoys": the head is shared
			m.Head = h
		}
	}
	if r.isWord(j, "regime", "government", "state") {
		m.End++
		m.Kind = mName
	}
	if genericHeads[r.tok(m.End).Lower] {
		r.absorbHead(&m, limit)
		if m.Head != "" {
			m.Kind = mName // "Somali forces" act; "Israeli air strikes" keeps the adjective
		}
	}
	r.mark(m)
	return m.End
}

// capitalMention marks the capital e matched by sp at token i: the city in
// a place context, else the state it is the seat of ("Lima said").
func (r *recognizer) capitalMention(sp span, e entry, i, limit, si int, placeCtx bool) int {
	c := r.lex.countries[e.idx]
	if placeCtx && r.seatAsActor(i, sp.end) {
		placeCtx = false // "closer to Lima", "orders from Lima", "in Lima's promises"
	}
	if placeCtx || r.isWord(i-1, "of") && r.isWord(i-2, "city", "capital") {
		city := r.cityEntity(sp, c.ISO3, r.text(i, sp.end))
		if city != nil {
			m := Mention{Start: i, End: sp.end, Sent: si, Ent: city, Place: true, Rule: "city/capital"}
			if r.isDateline(i) {
				m.Rule = "city/dateline"
			}
			r.mark(m)
			return sp.end
		}
	}
	m := Mention{Start: i, End: sp.end, Sent: si, Ent: r.countryEntity(e.idx), Rule: "country/capital-as-state"}
	if r.tok(sp.end).Lower == "'s" {
		m.Possessive = true
	}
	r.absorbHead(&m, limit)
	r.mark(m)
	return m.End
}

// cityOrRegion marks the city or region matched by sp at token i unless it
// is part of a longer name, a stop word, a month or a weekday, or a
// shouted word; it returns the end of the mention, or i.
func (r *recognizer) cityOrRegion(sp span, i, si int, headline, placeCtx bool) int {
	// cities and regions
	if r.isCapWord(sp.end) && !r.isGazActorShallow(sp.end) && !regionSuffix[r.tok(sp.end).Lower] && r.tok(sp.end).Lower != "city" {
		return i // part of a longer name
	}
	if headline && !placeCtx {
		return i
	}
	name := r.text(i, sp.end)
	if sp.end-i == 1 && r.lex.stop[r.tok(i).Lower] && !placeCtx {
		return i
	}
	if _, month := months[r.tok(i).Lower]; month && sp.end-i == 1 {
		return i
	}
	if _, day := weekdays[r.tok(i).Lower]; day && sp.end-i == 1 {
		return i
	}
	if isAllCaps(r.tok(i).Text) && len(r.tok(i).Text) > 3 && !r.isDateline(i) {
		return i // "POWERFUL" in a shouted headline
	}
	macro := false
	if e, ok := hasKind(sp.entries, eRegion); ok && r.lex.places[e.idx].ISO3 == "" {
		macro = true // "Asia", "the Sahel": not the town of that name
	}
	if _, ok := hasKind(sp.entries, eCity); ok && !macro {
		if city := r.cityEntity(sp, "", name); city != nil && (sp.end-i > 1 || placeCtx || r.bigCity(sp)) && !r.regionBeforeCity(sp, city, si) {
			m := Mention{Start: i, End: sp.end, Sent: si, Ent: city, Place: true, Rule: "city/gazetteer"}
			if r.isWord(m.End, "city") {
				m.End++
			}
			r.mark(m)
			return m.End
		}
	}
	if e, ok := r.regionEntry(sp); ok && !(sp.end-i == 1 && r.lex.stop[r.tok(i).Lower]) &&
		(sp.end-i > 1 || placeCtx || r.lex.places[e.idx].ISO3 == "" || r.countryHits[r.lex.places[e.idx].ISO3] > 0) {
		p := r.lex.places[e.idx]
		if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ") {
			name = name[4:]
		}
		reg := r.d.addEntity(&Entity{ID: schema.RegionID(p.Name, p.ISO3), Label: schema.Region, Name: name, ISO3: p.ISO3, known: true})
		m := Mention{Start: i, End: sp.end, Sent: si, Ent: reg, Place: true, Rule: "region/gazetteer"}
		if regionSuffix[r.tok(m.End).Lower] {
			m.End++
		}
		r.mark(m)
		return m.End
	}
	return i
}

func (r *recognizer) isCountryAt(i int) bool {
	sp, ok := r.lookup(i, len(r.toks), kindIs(eCountry))
	return ok && sp.start == i
}

// isDateline reports whether token i opens a dateline: "WASHINGTON, Sept. 2".
func (r *recognizer) isDateline(i int) bool {
	t := r.tok(i)
	return t.NewLine && isAllCaps(t.Text) && len(t.Text) > 3
}

// cityEntity picks among same-named cities: one in a country the article
// names, else the most populous; small towns need their country named.
func (r *recognizer) cityEntity(sp span, iso3, name string) *Entity {
	best := -1
	bestScore := -1
	for _, e := range sp.entries {
		if e.kind != eCity {
			continue
		}
		p := r.lex.places[e.idx]
		score := p.Pop
		if iso3 != "" && p.ISO3 != iso3 {
			continue
		}
		if iso3 == "" {
			if score = r.cityScore(p, r.d.sentOf[sp.start]); score < 0 {
				continue
			}
		}
		if score > bestScore {
			best, bestScore = int(e.idx), score
		}
	}
	if best < 0 {
		if iso3 != "" {
			e := r.d.addEntity(&Entity{ID: schema.CityID(name, iso3), Label: schema.City, Name: name, ISO3: iso3, known: true})
			return e
		}
		return nil
	}
	p := r.lex.places[best]
	display := p.Name
	if name != "" && fold(name) != fold(p.Name) && !strings.Contains(name, "-") {
		display = name // the English form the text uses: "Geneva" for Genève
	}
	e := r.d.addEntity(&Entity{ID: schema.CityID(p.Name, p.ISO3), Label: schema.City, Name: display,
		ISO3: p.ISO3, Lat: p.Lat, Lon: p.Lon, HasLoc: p.Lat != 0 || p.Lon != 0, known: true})
	return e
}

// bigCity reports whether a one-word city name may stand without place
// context: a large city, or a sizeable one in a country the article names.
func (r *recognizer) bigCity(sp span) bool {
	for _, e := range sp.entries {
		if e.kind != eCity {
			continue
		}
		p := r.lex.places[e.idx]
		if p.Pop >= 300000 || p.Pop >= 50000 && r.countryHits[p.ISO3] > 0 {
			return true
		}
	}
	return false
}

// startsTrigger reports whether a multi-word trigger of the relation
// lexicon starts at token i ("air strikes", "air support"): such words are
// not absorbed into the actor before them.
func (r *recognizer) startsTrigger(i, limit int) bool {
	for _, rs := range r.rules.byFirst[r.tok(i).Lower] {
		if len(rs.seq) < 2 || i+len(rs.seq) > limit {
			continue
		}
		ok := true
		for k, w := range rs.seq {
			if r.tok(i+k).Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func (r *recognizer) oppositionEntity(c *Entity) *Entity {
	name := c.Name + " opposition"
	if d := r.demonymOf(c.ISO3); d != "" {
		name = d + " opposition"
	}
	e := r.d.addEntity(&Entity{ID: schema.OrgID(name), Label: schema.Organisation, Name: name, Kind: "armed_group", ISO3: c.ISO3})
	return e
}
