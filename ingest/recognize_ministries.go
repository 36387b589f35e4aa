package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// ministrySpan is a government ministry named with its state: tokens
// [start, end), the state's name at [cStart, cEnd).
type ministrySpan struct {
	start, end, cStart, cEnd int
	ent, country             *Entity
	name                     string // the name this form gives
}

// ministryAt recognises a ministry named with its state at i, in the forms
// news use: "Peru's Ministry of Foreign Affairs", "the Peruvian foreign
// ministry", "the Peruvian Ministry of Defence", "the defence ministry of
// Peru". Every form of one portfolio of one state is one organisation,
// named like "Peruvian Foreign Ministry". A ministry the gazetteer knows is
// left to it.
func (r *recognizer) ministryAt(i, limit int) (ministrySpan, bool) {
	ms := ministrySpan{start: i, cStart: -1}
	var port []string
	if sp, ok := r.lookup(i, limit, kindIs(eCountry, eDemonym)); ok && !sp.entries[0].plural {
		ms.cStart, ms.cEnd = i, sp.end
		k := sp.end
		if r.isWord(k, "'s") {
			k++
		}
		ms.start = k
		if ms.end, port = r.portfolioMinistry(k, limit); ms.end == k {
			return ms, false
		}
		ms.country = r.entityOfSpan(sp)
	} else {
		if ms.end, port = r.portfolioMinistry(i, limit); ms.end == i || !r.isWord(ms.end, "of") {
			return ms, false
		}
		sp, ok := r.lookup(ms.end+1, limit, kindIs(eCountry))
		if !ok {
			return ms, false
		}
		ms.cStart, ms.cEnd = sp.start, sp.end
		ms.country = r.entityOfSpan(sp)
	}
	if g, ok := r.lookup(ms.cStart, limit, kindIs(eOrg)); ok && g.end >= ms.end || ms.country == nil || ms.country.Label != schema.Country {
		return ms, false
	}
	if g, ok := r.lookup(ms.start, limit, kindIs(eOrg)); ok && g.end >= ms.end {
		return ms, false
	}
	ms.ent, ms.name = r.ministryEntity(ms.country, port)
	return ms, true
}

// portfolioMinistry reads "foreign ministry", "Foreign Affairs Ministry" or
// "Ministry of Foreign Affairs" at i and returns its end and the portfolio
// words, or i.
func (r *recognizer) portfolioMinistry(i, limit int) (int, []string) {
	if r.isWord(i, "ministry") && r.isWord(i+1, "of") {
		end, port := r.portfolioWords(i+2, limit)
		if end == i+2 || r.isTaken(i) {
			return i, nil
		}
		return end, port
	}
	end, port := r.portfolioWords(i, limit)
	if end == i || !r.isWord(end, "ministry") {
		return i, nil
	}
	return end + 1, port
}

// portfolioWords reads the words naming a ministry's portfolio at i:
// capitalised words, or the lower-case portfolios of ministryPortfolios,
// joined by "and".
func (r *recognizer) portfolioWords(i, limit int) (int, []string) {
	j := i
	var port []string
	for j < limit && j-i < 4 && !r.isTaken(j) {
		t := r.tok(j)
		switch {
		case t.Kind == tokWord && (ministryPortfolios[t.Lower] || t.Cap && !nameStop[t.Lower] && !orgHeads[t.Lower] && !r.isGazActorShallow(j)):
			port = append(port, t.Lower)
			j++
		case t.Lower == "affairs" && j > i:
			port = append(port, t.Lower)
			j++
		case t.Lower == "and" && j > i && (ministryPortfolios[r.tok(j+1).Lower] || r.tok(j+1).Cap):
			port = append(port, t.Lower)
			j++
		default:
			return j, port
		}
	}
	return j, port
}

var affairsPortfolios = mustWordSet("affairs_portfolios")

// ministryEntity returns the ministry of country for the portfolio words:
// "foreign affairs" and "foreign" are one ministry, as are "defense" and
// "defence".
func (r *recognizer) ministryEntity(country *Entity, port []string) (*Entity, string) {
	if len(port) == 2 && port[1] == "affairs" && affairsPortfolios[port[0]] {
		port = port[:1]
	}
	key := make([]string, len(port))
	show := make([]string, len(port))
	for k, w := range port {
		key[k] = w
		if w == "defense" {
			key[k] = "defence"
		}
		if w == "internal" && len(port) == 1 {
			key[k], w = "interior", "interior"
		}
		show[k] = w
		if w != "and" {
			show[k] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	owner := country.Name
	if d := r.demonymOf(country.ISO3); d != "" {
		owner = d
	}
	id := schema.OrgID(owner + " " + strings.Join(key, " ") + " ministry")
	name := owner + " " + strings.Join(show, " ") + " Ministry"
	return r.d.addEntity(&Entity{ID: id, Label: schema.Organisation, Name: name, Kind: "government", ISO3: country.ISO3}), name
}

// markMinistry marks a ministry and the name of its state.
func (r *recognizer) markMinistry(ms ministrySpan, si int) int {
	if !r.seen[ms.ent] {
		ms.ent.Name = ms.name // named by its first mention, not by a look-ahead
	}
	r.mark(Mention{Start: ms.cStart, End: ms.cEnd, Sent: si, Ent: ms.country, Kind: mDemonym, Rule: "affiliation"})
	r.mark(Mention{Start: ms.start, End: ms.end, Sent: si, Ent: ms.ent, Rule: "org/ministry"})
	if ms.cEnd > ms.end {
		return ms.cEnd
	}
	return ms.end
}

// markAffiliation marks the affiliation [start, end) before a title: the
// state and its ministry when a ministry was read, else the affiliation.
func (r *recognizer) markAffiliation(start, end int, aff *Entity, ms ministrySpan, si int) {
	switch {
	case ms.ent != nil:
		r.markMinistry(ms, si)
	case aff != nil && start >= 0:
		r.mark(Mention{Start: start, End: end, Sent: si, Ent: aff, Kind: mDemonym, Rule: "affiliation"})
	}
}

// missionAt recognises a state's mission to the United Nations at i:
// "Peru's U.N. delegation", "the Peruvian mission to the United Nations",
// "the Chilean Mission to the UN". All forms are one organisation, named
// "<owner> Mission to the United Nations", part of the state.
func (r *recognizer) missionAt(i, limit int) (ministrySpan, bool) {
	ms := ministrySpan{cStart: i}
	sp, ok := r.lookup(i, limit, kindIs(eCountry, eDemonym))
	if !ok || sp.entries[0].plural {
		return ms, false
	}
	ms.cEnd = sp.end
	k := sp.end
	possessive := r.isWord(k, "'s")
	if possessive {
		k++
	}
	ms.start = k
	if u, ok := r.unAt(k, limit); ok && r.isWord(u, "mission", "delegation") {
		ms.end = u + 1
	} else if r.isWord(k, "mission", "delegation") && r.isWord(k+1, "to") {
		u := k + 2 + boolInt(r.isWord(k+2, "the"))
		if end, ok := r.unAt(u, limit); ok {
			ms.end = end
		}
	}
	if ms.end == 0 {
		return ms, false
	}
	ms.country = r.entityOfSpan(sp)
	if ms.country == nil || ms.country.Label != schema.Country {
		return ms, false
	}
	owner := r.text(i, sp.end)
	if d := r.demonymOf(ms.country.ISO3); possessive && d != "" {
		owner = d
	}
	ms.name = owner + " Mission to the United Nations"
	ms.ent = r.d.addEntity(&Entity{ID: schema.OrgID(ms.country.Name + " mission to the united nations"), Label: schema.Organisation,
		Name: ms.name, Kind: "government", ISO3: ms.country.ISO3})
	return ms, true
}

// unAt returns the end of a name of the United Nations at i.
func (r *recognizer) unAt(i, limit int) (int, bool) {
	sp, ok := r.lookup(i, limit, kindIs(eOrg))
	if !ok {
		return i, false
	}
	e, _ := hasKind(sp.entries, eOrg)
	return sp.end, r.lex.orgs[e.idx].Name == "United Nations"
}
