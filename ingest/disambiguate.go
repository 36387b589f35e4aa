package ingest

import "github.com/actorgraph/actorgraph/schema"

// bodyWords in a sentence show that a capital used as an actor speaks for
// an international body: "Brussels warned member states", "the bloc".
var bodyWords = set("member", "members", "bloc", "bloc's")

// seatsAsBodies points a capital used as an actor to the international
// body seated in its country when the story is about that body: the
// article names the body, and names the country in no other way, or the
// sentence speaks of members or a bloc ("talks with Brussels" in a story
// on the European Union). Otherwise the capital stays its state.
func (r *recognizer) seatsAsBodies() {
	named := map[string]bool{}
	for _, m := range r.d.Mentions {
		if m.Ent != nil && m.Ent.Label == string(schema.Country) && m.Rule != "country/capital-as-state" {
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
		if m.Ent == nil || m.Ent.Label != string(schema.Organisation) || m.Ent.Kind != "igo" {
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
	return best, found
}

// placeHits counts the mentions of cities and regions of country iso3.
func (r *recognizer) placeHits(iso3 string) int {
	n := 0
	for _, m := range r.d.Mentions {
		if m.Ent != nil && m.Ent.ISO3 == iso3 && (m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region)) {
			n++
		}
	}
	return n
}
