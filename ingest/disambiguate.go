package ingest

import "github.com/actorgraph/actorgraph/schema"

var bodyWords = mustWordSet("body_words")

// seatsAsBodies points a capital used as an actor to the international
// body seated in its country when the story is about that body: the
// article names the body, and names the country in no other way, or the
// sentence speaks of members or a bloc ("talks with Brussels" in a story
// on the European Union). Otherwise the capital stays its state.
func (r *recognizer) seatsAsBodies() {
	named := map[string]bool{}
	for _, m := range r.d.Mentions {
		if m.Ent != nil && m.Ent.Label == schema.Country && m.Rule != "country/capital-as-state" {
			named[m.Ent.ISO3] = true
		}
	}
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Rule != "country/capital-as-state" || m.Ent == nil {
			continue
		}
		if named[m.Ent.ISO3] && !r.sentenceHas(m.Sent, bodyWords) {
			continue
		}
		if body := r.seatedBody(m.Ent.ISO3, m.Sent); body != nil {
			m.Ent = body
			m.Rule = "org/seat-as-body"
		}
	}
}

// seatedBody returns the international body seated in country iso3 that
// the article names, or whose part it names ("the European Commission"
// stands for its union): the one named last before sentence si, else the
// first named after it.
func (r *recognizer) seatedBody(iso3 string, si int) *Entity {
	var before, after *Entity
	for _, m := range r.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Organisation || m.Ent.Kind != "igo" {
			continue
		}
		body := r.topBody(m.Ent)
		if body.BasedIn != iso3 {
			continue
		}
		switch {
		case m.Sent <= si:
			before = body
		case after == nil:
			after = body
		}
	}
	if before != nil {
		return before
	}
	return after
}

// topBody follows PART_OF from an international body to the body it
// belongs to, as long as that is one too.
func (r *recognizer) topBody(e *Entity) *Entity {
	for range 4 {
		idx, ok := r.lex.orgByName[e.Parent]
		if e.Parent == "" || !ok || r.lex.orgs[idx].Kind != "igo" {
			break
		}
		e = r.orgEntity(idx)
	}
	return e
}

// sentenceHas reports whether sentence si holds one of words.
func (r *recognizer) sentenceHas(si int, words map[string]bool) bool {
	s := r.d.Sentences[si]
	for i := s.Start; i < s.End; i++ {
		if words[r.tok(i).Lower] {
			return true
		}
	}
	return false
}

// regionEntry picks among same-named regions ("Amazonas" is a state of
// three countries) the one in the country the article speaks of most: the
// countries it names, then the countries of the places it has placed;
// ties keep the gazetteer's order.
func (r *recognizer) regionEntry(sp span) (entry, bool) {
	var best entry
	found, bestScore := false, -1
	for _, e := range sp.entries {
		if e.kind != eRegion {
			continue
		}
		iso3 := r.lex.places[e.idx].ISO3
		score := 0
		if iso3 != "" {
			score = 1000*r.countryHits[iso3] + r.placeHits(iso3)
		}
		if score > bestScore {
			best, bestScore, found = e, score, true
		}
	}
	if m, ok := r.macroEntry(sp); ok && found && r.lex.places[best.idx].ISO3 != "" && !r.countryInSentence(r.lex.places[best.idx].ISO3, sp.start) {
		return m, true // "the Red Sea" is the cross-border area unless its namesake's country is named with it
	}
	return best, found
}

// macroEntry returns the cross-border area (no country) among the
// meanings of sp.
func (r *recognizer) macroEntry(sp span) (entry, bool) {
	for _, e := range sp.entries {
		if e.kind == eRegion && r.lex.places[e.idx].ISO3 == "" {
			return e, true
		}
	}
	return entry{}, false
}

// countryInSentence reports whether the sentence of token i names the
// country iso3 before i.
func (r *recognizer) countryInSentence(iso3 string, i int) bool {
	s := r.d.Sentences[r.d.sentOf[i]]
	for k := range r.d.mentionsIn(s.Start, i, false) {
		if m := r.d.Mentions[k]; m.Ent != nil && m.Ent.Label == schema.Country && m.Ent.ISO3 == iso3 {
			return true
		}
	}
	return false
}

// placeHits counts the mentions of cities and regions of country iso3.
func (r *recognizer) placeHits(iso3 string) int {
	if c := r.placeCount; c != nil {
		return c.hits(r.d.Mentions, iso3)
	}
	n := 0
	for _, m := range r.d.Mentions {
		if m.Ent != nil && m.Ent.ISO3 == iso3 && (m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
			n++
		}
	}
	return n
}

// placeCounter counts the mentions of cities and regions by country as
// they are appended, while names are recognised (the mentions of places
// found so far are not changed then).
type placeCounter struct {
	n     int
	count map[string]int
}

func (c *placeCounter) hits(ms []Mention, iso3 string) int {
	if len(ms) < c.n {
		c.n, c.count = 0, map[string]int{}
	}
	for ; c.n < len(ms); c.n++ {
		if m := ms[c.n]; m.Ent != nil && (m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
			c.count[m.Ent.ISO3]++
		}
	}
	return c.count[iso3]
}

// maxNamedWeight bounds how much naming a country raises a small town of
// it: a town of a country named throughout the story, but not near the
// name, still yields to a namesake far larger ("Paris" in a story on the
// United States).
const maxNamedWeight = 25

// cityScore rates a same-named city for a mention in sentence si: a city
// of a country named in this or the previous sentence wins, then a city of
// 50,000 or more of a country the story names; a smaller town of a named
// country has its population weighted by how often the story names its
// country. Unnamed small towns are no candidates (-1).
func (r *recognizer) cityScore(p placeRec, si int) int {
	hits := r.countryHits[p.ISO3]
	switch {
	case hits > 0 && r.namedNear(p.ISO3, si):
		return 1<<50 + p.Pop
	case hits > 0 && p.Pop >= 50000:
		return 1<<40 + p.Pop
	case hits > 0:
		return p.Pop * min(5*hits, maxNamedWeight)
	case p.Pop < 100000:
		return -1
	}
	return p.Pop
}

// namedNear reports whether country iso3 is named, by name, adjective or
// capital, in sentence si or the one before.
func (r *recognizer) namedNear(iso3 string, si int) bool {
	if si < 0 || si >= len(r.d.Sentences) {
		return false
	}
	from := r.d.Sentences[max(si-1, 0)].Start
	to := r.d.Sentences[si].End
	for i := from; i < to; i++ {
		if !r.toks[i].Cap {
			continue
		}
		if sp, ok := r.lookup(i, to, kindIs(eCountry, eDemonym, eCapital)); ok {
			for _, e := range sp.entries {
				if e.kind != eCity && e.kind != eRegion && r.lex.countries[e.idx].ISO3 == iso3 {
					return true
				}
			}
			i = sp.end - 1
		}
	}
	return false
}

var regionWords = mustWordSet("region_words")

// regionBeforeCity reports whether a name that is both a city and a region
// means the region: its country owns it ("Canada's Ontario"), a regional
// word follows it ("Ontario's provincial leader"), or its country is named
// nearby and the city's is not.
func (r *recognizer) regionBeforeCity(sp span, city *Entity, si int) bool {
	e, ok := r.regionEntry(sp)
	if !ok || city == nil {
		return false
	}
	iso3 := r.lex.places[e.idx].ISO3
	if iso3 != "" && r.amongRegions(sp, iso3) {
		return true // "Washington, Oregon and Idaho": a state among states
	}
	if iso3 == "" || iso3 == city.ISO3 {
		return false
	}
	next := sp.end
	if r.tok(next).Lower == "'s" {
		next++
	}
	if regionWords[r.tok(next).Lower] {
		return true
	}
	if r.tok(sp.start-1).Lower == "'s" {
		if c, ok := r.lookup(sp.start-2, sp.start-1, kindIs(eCountry)); ok && c.end == sp.start-1 && r.lex.countries[c.entries[0].idx].ISO3 == iso3 {
			return true
		}
	}
	return r.namedNear(iso3, si) && !r.namedNear(city.ISO3, si)
}

// amongRegions reports whether the place matched by sp is coordinated
// with a region of state iso3 that is no city: "Washington, Oregon and
// Idaho", "Ohio and Washington".
func (r *recognizer) amongRegions(sp span, iso3 string) bool {
	if r.isWord(sp.end, ",", "and") && r.onlyRegionAt(sp.end+1, iso3) {
		return true
	}
	if !r.isWord(sp.start-1, ",", "and") {
		return false
	}
	for s := sp.start - 2; s >= 0 && s >= sp.start-4; s-- {
		if m, ok := r.lookup(s, sp.start-1, kindIs(eRegion, eCity)); ok && m.end == sp.start-1 {
			return r.onlyRegionAt(s, iso3)
		}
	}
	return false
}

// regionAmongRegions reports whether the name matched by sp is a region
// coordinated with other regions of its state: "Washington, Oregon and
// Idaho" names a state, not the capital.
func (r *recognizer) regionAmongRegions(sp span) bool {
	e, ok := r.regionEntry(sp)
	return ok && r.lex.places[e.idx].ISO3 != "" && r.amongRegions(sp, r.lex.places[e.idx].ISO3)
}

// onlyRegionAt reports whether a region of state iso3, and no big city,
// is named at token i.
func (r *recognizer) onlyRegionAt(i int, iso3 string) bool {
	m, ok := r.lookup(i, len(r.toks), kindIs(eRegion, eCity))
	if !ok {
		return false
	}
	if _, city := hasKind(m.entries, eCity); city && r.bigCity(m) {
		return false // "Lima, Cusco and Arequipa": cities, whatever their regions
	}
	e, ok := r.regionEntry(m)
	return ok && r.lex.places[e.idx].ISO3 == iso3
}

// oneSensePerName makes every mention of a place name in one story stand
// for one place: when "Ontario" was read as two places, the one whose
// country is named near one of its mentions wins, else the one named more.
func (r *recognizer) oneSensePerName() {
	type sense struct {
		ent   *Entity
		local bool
		n     int
	}
	var senses map[string][]*sense
	for _, m := range r.d.Mentions {
		e := m.Ent
		if e == nil || m.Kind != mName || e.Label != schema.City && e.Label != schema.Region {
			continue
		}
		if senses == nil {
			senses = map[string][]*sense{}
		}
		key := fold(e.Name)
		var s *sense
		for _, have := range senses[key] {
			if have.ent == e {
				s = have
			}
		}
		if s == nil {
			s = &sense{ent: e}
			senses[key] = append(senses[key], s)
		}
		s.n++
		s.local = s.local || r.namedNear(e.ISO3, m.Sent)
	}
	var byName map[string][]int // name mentions by folded entity name; a merge keeps the name
	for _, list := range senses {
		if len(list) < 2 {
			continue
		}
		best := list[0]
		for _, s := range list[1:] {
			if s.local && !best.local || s.local == best.local && s.n > best.n {
				best = s
			}
		}
		if byName == nil {
			byName = map[string][]int{}
			for k, m := range r.d.Mentions {
				if m.Ent != nil && m.Kind == mName {
					byName[fold(m.Ent.Name)] = append(byName[fold(m.Ent.Name)], k)
				}
			}
		}
		for _, k := range byName[fold(best.ent.Name)] {
			m := &r.d.Mentions[k]
			if m.Ent != nil && m.Ent != best.ent && m.Kind == mName && fold(m.Ent.Name) == fold(best.ent.Name) {
				m.Ent = best.ent
			}
		}
	}
}
