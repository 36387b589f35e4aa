package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// affiliationAt returns a country, demonym, capital or organisation name
// starting at i, used before a title ("Russian Foreign Minister").
func (r *recognizer) affiliationAt(i, limit int) (span, bool) {
	if r.isTaken(i) {
		return span{}, false
	}
	sp, ok := r.lookup(i, limit, kindIs(eCountry, eDemonym, eCapital, eOrg))
	if !ok {
		return sp, false
	}
	for _, e := range sp.entries {
		if e.plural {
			return span{}, false
		}
	}
	return sp, true
}

// entityOfSpan turns a gazetteer span used as an actor into an entity.
func (r *recognizer) entityOfSpan(sp span) *Entity {
	if e, ok := hasKind(sp.entries, eOrg); ok {
		return r.orgEntity(e.idx)
	}
	for _, k := range []entryKind{eCountry, eDemonym, eCapital} {
		if e, ok := hasKind(sp.entries, k); ok {
			return r.countryEntity(e.idx)
		}
	}
	return nil
}

func (r *recognizer) countryEntity(idx int32) *Entity {
	c := r.lex.countries[idx]
	return r.d.addEntity(&Entity{ID: schema.CountryID(c.ISO3), Label: schema.Country, Name: c.Name,
		ISO3: c.ISO3, known: true})
}

func (r *recognizer) orgEntity(idx int32) *Entity {
	o := r.lex.orgs[idx]
	kind := o.Kind
	if kind == "" {
		kind = "other"
	}
	return r.d.addEntity(&Entity{ID: schema.OrgID(o.Name), Label: schema.Organisation, Name: o.Name,
		Kind: kind, ISO3: o.Country, Parent: o.Parent, BasedIn: o.BasedIn, known: true})
}

// personEntity returns the person with the given full name, dropping
// middle initials from the canonical form ("Vladimir V. Putin").
func (r *recognizer) personEntity(name string) *Entity {
	canon := canonicalPersonName(name)
	rec, fromDict := r.lex.personNamed(name)
	if fromDict {
		canon = rec.Name // a custom dictionary's full name for "Garba"
	}
	id := schema.PersonID(canon)
	_, had := r.d.byID[id]
	e := r.d.addEntity(&Entity{ID: id, Label: schema.Person, Name: canon})
	if name != canon {
		e.Aliases[name] = true
	}
	if fromDict && !had && rec.Title != "" {
		// the dictionary says whose official this is
		e.Official = true
		if idx, ok := r.lex.byISO3[rec.Country]; ok && r.countryHits[rec.Country] > 0 {
			r.addTitle(e, rec.Title, r.countryEntity(idx), -1, 0) // evidence: the person's first sentence
		}
	}
	return e
}

func canonicalPersonName(name string) string {
	words := strings.Fields(name)
	if len(words) <= 2 {
		return name
	}
	out := words[:0:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && len(w) == 2 && w[1] == '.' {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func (r *recognizer) text(i, j int) string {
	if i >= j {
		return ""
	}
	return r.d.Text[r.toks[i].Start:r.toks[j-1].End]
}

// people is the first pass: persons named with a title, an honorific, an
// apposition or a speech verb, and unnamed officials acting as their state.
func (r *recognizer) people() {
	// body first: a headline names people only when the body does
	r.scan(false, r.personAt)
	r.speakerNames()
	r.workVerbs()
	r.indexSurnames()
	r.nicknames()
	r.scan(true, r.personAt)
}

// personAt tries the person patterns at token i; headlines only get the
// title patterns, whose names must be known from the body.
func (r *recognizer) personAt(i, limit, si int, headline bool) int {
	if end := r.personWithTitle(i, limit, si, headline); end > i {
		return end
	}
	if !headline {
		if end := r.personRoleName(i, limit, si); end > i {
			return end
		}
		if end := r.personBare(i, limit, si); end > i {
			return end
		}
		return r.personLedBy(i, limit, si)
	}
	return i
}

// personWithTitle matches [the] [affiliation ['s]] [regime] TITLE+ [,] NAME
// and [the] [affiliation] TITLE of X, NAME.
func (r *recognizer) personWithTitle(i, limit, si int, headline bool) int {
	j, affStart, affEnd, ministry := r.titleAffiliation(i, limit)
	tEnd, title := r.titleAt(j, limit)
	if title == "" {
		return i
	}
	title, ok := r.counterpartTitle(i, tEnd, limit, title)
	if !ok {
		return i // "his Russian counterpart": resolved by reference later
	}
	k := tEnd
	var affEnt *Entity
	if affStart >= 0 {
		affEnt = r.affiliationEntity(affStart, affEnd, limit)
	} else if affStart == -2 {
		affEnt = r.lastCountry(i)
	}
	if ministry.ent != nil {
		affEnt = ministry.ent
	}
	if affEnt != nil && affEnt.Kind == "igo" && titleHas(title, "ambassador") && !r.isWord(k, "to") {
		affEnt = r.sendingState(affStart, si) // "Chile's U.N. ambassador": Chile's envoy to the U.N.
	}
	// TITLE of X, NAME; an envoy's "TITLE to X, NAME" (X is the host, not the employer)
	if (r.tok(k).Lower == "of" || r.tok(k).Lower == "to" && topicTitle(title) || r.tok(k).Lower == "for" && !topicTitle(title)) && !headline && r.titleOfApposition(i, k, limit, si, title, affEnt) {
		return i + 1
	}
	if r.tok(k).Text == "," && !headline {
		n := k + 1
		if e, t := r.titleAt(n, limit); t != "" && r.nameRun(e, limit)-e >= 2 {
			n = e // "his Saudi counterpart, Prince Faisal bin Farhan,"
		}
		if end := r.nameRun(n, limit); end-n >= 2 && (r.tok(end).Text == "." || r.tok(end).Text == "," || end == limit) {
			p := r.personEntity(r.text(n, end))
			p.Official = true
			r.addTitle(p, title, affEnt, si, k+1)
			r.markAffiliation(affStart, affEnd, affEnt, ministry, si)
			r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/title-apposition"})
			return end
		}
	}
	brief := false
	if r.isWord(k, "for", "of") && !headline {
		// "Resident Coordinator for Ruritania Karl Imre", "President of Ruritania Karl Imre"
		if sp, ok := r.lookup(k+1, limit, kindIs(eCountry)); ok && r.nameRun(sp.end, limit)-sp.end >= 2 {
			c := r.entityOfSpan(sp)
			title += " " + r.text(k, sp.end)
			if r.isWord(k, "of") && affEnt == nil {
				affEnt = c
			}
			brief = affEnt == nil
			r.mark(Mention{Start: k + 1, End: sp.end, Sent: si, Ent: c, Kind: mDemonym, Rule: "title-brief"})
			k = sp.end
		}
	}
	end := r.nameRun(k, limit)
	if end > k && headline && !r.knownName(k, end) {
		end = k // a title-case headline: only names the body gives
	}
	if end-k == 1 && strings.ToLower(title) == title && !r.knownName(k, end) &&
		r.tok(end).Kind == tokWord && !r.tok(end).Cap && !speechVerbs[r.tok(end).Lower] {
		end = k // "chief Brexit negotiator": one capitalised word before a noun is no name
	}
	if end > k {
		p := r.personEntity(r.text(k, end))
		p.Official = true
		r.addTitle(p, title, affEnt, si, k)
		r.titles[len(r.titles)-1].noCtx = brief // the country is the brief, the employer is unknown
		r.markAffiliation(affStart, affEnd, affEnt, ministry, si)
		start := j
		if affStart >= 0 {
			start = affStart
		}
		r.mark(Mention{Start: start, End: end, Sent: si, Ent: p, Rule: "person/title-name"})
		r.apposedOffice(p, end, limit, si)
		return end
	}
	return r.unnamedTitled(i, tEnd, si, affStart, affEnt, ministry, title)
}

var tenureModifiers = mustWordSet("tenure_modifiers")

// titleAffiliation reads what may stand before a title at token i:
// [the] [former|acting ...] [affiliation ['s] [regime]] or "the country's",
// and a ministry. j is where the title may start; affStart is -1 when there
// is no affiliation and -2 for "the country's" (the country just named).
func (r *recognizer) titleAffiliation(i, limit int) (j, affStart, affEnd int, ministry ministrySpan) {
	j = i
	if articles[r.tok(j).Lower] {
		j++
	}
	for tenureModifiers[r.tok(j).Lower] {
		j++
	}
	affStart, affEnd = -1, -1
	if sp, ok := r.affiliationBefore(j, limit); ok {
		affStart, affEnd = sp.start, sp.end
		j = sp.end
		if r.tok(j).Lower == "'s" {
			j++
		}
		if r.isWord(j, "regime", "government", "federation") {
			j++
		}
	} else if r.isWord(j, "country") && r.tok(j+1).Lower == "'s" {
		affStart = -2 // the country just named
		j += 2
	} else if s := r.bodyEndingAt(j); s >= 0 {
		affStart, affEnd = s, j // "Harbor Front commander NAME"
	}
	if ms, ok := r.ministryAt(affStart, limit); ok && affStart >= 0 && ms.cStart == affStart && !r.titleCovers(j, ms.end, limit) {
		ministry, j = ms, ms.end // "Peruvian Interior Ministry spokesman X" works for the ministry
	}
	return j, affStart, affEnd, ministry
}

// counterpartTitle is the title of the person called the counterpart after
// token i (the title ending at tEnd): the office of the person titled
// before. It is false when no name follows ("his Russian counterpart" is
// resolved by reference later).
func (r *recognizer) counterpartTitle(i, tEnd, limit int, title string) (string, bool) {
	counterpart := strings.EqualFold(title, "counterpart")
	if counterpart {
		named := r.nameRun(tEnd, limit) > tEnd
		if r.tok(tEnd).Text == "," {
			k := tEnd + 1
			if e, t := r.titleAt(k, limit); t != "" {
				k = e
			}
			named = r.nameRun(k, limit)-k >= 2
		}
		if !named {
			return title, false // "his Russian counterpart": resolved by reference later
		}
		if p := r.lastTitled(i); p != "" {
			title = p // the counterpart holds the same office
		}
	}
	return title, true
}

// titleOfApposition matches "TITLE of X, NAME" with "of" (or an envoy's
// "to") at token k: the person is the official of affEnt, else of the
// country X.
func (r *recognizer) titleOfApposition(i, k, limit, si int, title string, affEnt *Entity) bool {
	for c := k + 1; c < limit && c < k+10; c++ {
		if r.tok(c).Text == "," {
			if end := r.nameRun(c+1, limit); end-(c+1) >= 2 && (r.tok(end).Text == "," || r.tok(end).Text == "." || speechVerbs[r.tok(end).Lower]) {
				p := r.personEntity(r.text(c+1, end))
				p.Official = true
				of := affEnt
				if of == nil && r.tok(k).Lower == "of" {
					of = r.placeOrActorCountry(k+1, c)
				}
				r.addTitle(p, title+" "+r.text(k, c), of, si, c+1)
				if of == nil {
					r.titles[len(r.titles)-1].noCtx = true
					r.titles[len(r.titles)-1].ofAt = k + 1 // a body no gazetteer holds: read once bodies are
				}
				r.mark(Mention{Start: c + 1, End: end, Sent: si, Ent: p, Rule: "person/title-of-apposition"})
				return true
			}
			break
		}
	}
	return false
}

// unnamedTitled reads a title ending at tEnd with no name after it: an
// unnamed official acting as the state or organisation affEnt, "the
// Secretary-General" (the article's holder of that title), or a state
// title left to its context. It returns tEnd, or i when it is none.
func (r *recognizer) unnamedTitled(i, tEnd, si, affStart int, affEnt *Entity, ministry ministrySpan, title string) int {
	// "the U.N. envoy": the envoy of the United Nations named before
	if affEnt != nil && r.isWord(i, "the") {
		if p := r.affiliatedHolder(title, affEnt, i); p != nil {
			r.mark(Mention{Start: i, End: tEnd, Sent: si, Ent: p, Kind: mDescriptor, Rule: "coref/affiliated-title"})
			return tEnd
		}
	}
	// an unnamed official acts as the state or organisation
	if affEnt != nil && (affEnt.Label != schema.Country || officialTitle(title)) {
		start := i
		if affStart >= 0 {
			start = affStart
		}
		if ministry.ent != nil {
			r.mark(Mention{Start: ministry.cStart, End: ministry.cEnd, Sent: si, Ent: ministry.country, Kind: mDemonym, Rule: "affiliation"})
		}
		r.mark(Mention{Start: start, End: tEnd, Sent: si, Ent: affEnt, Kind: mUnnamed, Rule: "official/unnamed"})
		return tEnd
	}
	if r.isWord(i, "the") && !stateTitle(title) {
		// "the Secretary-General": the person of the article holding that title
		if holder := r.titleHolder(title); holder != nil {
			r.mark(Mention{Start: i, End: tEnd, Sent: si, Ent: holder, Kind: mDescriptor, Rule: "coref/title"})
			return tEnd
		}
	}
	if r.isWord(i, "the") && stateTitle(title) {
		r.mark(Mention{Start: i, End: tEnd, Sent: si, Kind: mUnnamed, Rule: "official/unnamed-context"})
		return tEnd
	}
	return i
}

// placeOrActorCountry returns the actor or the country of the place named
// in tokens [i, j): "of the Lower Shabelle region" -> Somalia.
func (r *recognizer) placeOrActorCountry(i, j int) *Entity {
	for k := i; k < j; k++ {
		if !r.tok(k).Cap {
			continue
		}
		if sp, ok := r.lookup(k, j, kindIs(eCountry, eDemonym, eOrg, eCapital)); ok {
			return r.entityOfSpan(sp)
		}
		if sp, ok := r.lookup(k, j, kindIs(eCity, eRegion)); ok {
			if idx, ok := r.lex.byISO3[r.lex.places[sp.entries[0].idx].ISO3]; ok {
				return r.countryEntity(idx)
			}
		}
		// an unknown region: its country from context
		if regionSuffix[r.tok(j-1).Lower] || regionSuffix[r.tok(k+1).Lower] || regionSuffix[r.tok(k+2).Lower] {
			if iso3, _ := r.placeCountry(k, j, r.d.sentOf[k]); iso3 != "" {
				if idx, ok := r.lex.byISO3[iso3]; ok {
					return r.countryEntity(idx)
				}
			}
		}
	}
	return nil
}

var titleCopulas = mustWordSet("title_copulas")

var courtesyTitles = mustWordSet("courtesy_titles")

// personBare matches names without a title before them: "Mr. X", "X, the
// chair of Y,", "X said", "the official, X, told".
func (r *recognizer) personBare(i, limit, si int) int {
	if courtesyTitles[r.tok(i).Lower] || honorifics[r.tok(i).Lower] && r.tok(i).Cap {
		return r.personHonorific(i, limit, si)
	}
	if r.isGazActor(i) || r.orgTailAt(i) || r.particlePlace(i) {
		return i
	}
	end := r.nameRun(i, limit)
	if end-i < 2 || r.articleName(i, end) && !speechVerbs[r.tok(end).Lower] && r.tok(end).Text != "," {
		return i
	}
	prev := r.tok(i - 1)
	// NAME, [the] [aff] TITLE [of X][,]
	if r.tok(end).Text == "," {
		if e, ok := r.personApposition(i, end, limit, si); ok {
			return e
		}
	}
	if r.isWord(end, "of") {
		if e := r.personOfOrg(i, end, limit, si); e > i {
			return e
		}
	}
	next := r.tok(end)
	subjectVerb := next.Kind == tokWord && !next.Cap && (subjectVerbs[next.Lower] || r.rules.byFirst[next.Lower] != nil && !strings.HasSuffix(next.Lower, "ing")) &&
		(i == r.d.Sentences[si].Start || prev.Text == "," || prev.Lower == "and" || prev.Text == "\"" && i == r.d.Sentences[si].Start+1)
	if e := r.peopleAfterCue(i, end, limit, si); e > i {
		return e
	}
	if e := r.personOfPossessor(i, end, si); e > i {
		return e
	}
	inverted := (inversionVerbs[prev.Lower] || prev.Lower == "to" && r.isWord(i-2, "according")) &&
		(next.Text == "," || next.Text == ".") // "..., said Jane Doe, a spokeswoman"
	if speechVerbs[next.Lower] || subjectVerb || inverted || (next.Text == "," && r.isWord(end+1, "who")) ||
		(prev.Text == "," && (next.Text == "," || next.Text == ".") && i-2 >= 0 && relationalNoun(r.tok(i-2).Lower)) {
		p := r.personEntity(r.text(i, end))
		rule := "person/speech"
		if titleCopulas[r.tok(end).Lower] {
			r.predicateTitle(p, end+1, limit, si)
		}
		if prev.Text == "," {
			rule = "person/apposition"
			if kinNouns[r.tok(i-2).Lower] {
				r.addRelative(p)
			}
			if r.isWord(i-2, "official", "officer") {
				p.Official = true
				r.addTitle(p, r.tok(i-2).Text, nil, si, i)
			}
		}
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: rule})
		return end
	}
	return i
}

// personHonorific matches a name after an honorific at token i: "Mr. X",
// "Professor Mira Okafor". It returns the end of the person, or i.
func (r *recognizer) personHonorific(i, limit, si int) int {
	k := i + 1
	if r.tok(k).Text == "." {
		k++
	}
	if honorifics[r.tok(i).Lower] {
		if e := r.personBare(k, limit, si); e > k {
			return e // "Professor Mira Okafor, a Sylvanian adviser,"
		}
	}
	if end := r.nameRun(k, limit); end > k {
		p := r.personEntity(r.text(k, end))
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/honorific"})
		return end
	}
	return i
}

// personApposition matches the name i..end followed by a comma and what it
// is: "NAME, [the] [aff] TITLE [of X],", "NAME, 52, a professor at Y". It
// returns the end of what it read, and false when nothing follows that
// makes the name a person's.
func (r *recognizer) personApposition(i, end, limit, si int) (int, bool) {
	prev := r.tok(i - 1)
	k := end + 1
	if predicateAdverbs[r.tok(k).Lower] && r.tok(k+1).Kind == tokWord {
		k++ // "NAME, now a fellow at X,", "NAME, currently director of Y,"
	}
	if articles[r.tok(k).Lower] {
		k++
	}
	var affEnt *Entity
	ref := ""
	if r.isWord(k, "country", "party") && r.tok(k+1).Lower == "'s" {
		ref = r.tok(k).Lower // "NAME, the country's former president,"
		k += 2
		if ref == "country" {
			affEnt = r.lastCountry(i)
		}
	} else if sp, ok := r.affiliationAt(k, limit); ok {
		te := sp.end
		if r.tok(te).Lower == "'s" {
			te++ // "NAME, Sylvania's defence minister,"
		}
		if tEnd, _ := r.titleAt(te, limit); tEnd > te {
			affEnt = r.entityOfSpan(sp)
			r.mark(Mention{Start: sp.start, End: sp.end, Sent: si, Ent: affEnt, Kind: mDemonym, Rule: "affiliation"})
			k = te
		}
	}
	if tEnd, title := r.titleAt(k, limit); title != "" {
		noCtx := false
		if affEnt == nil {
			affEnt, noCtx = r.employer(tEnd, limit, si, title)
		} else if org := r.institutionAt(tEnd, limit, si, title); org != nil {
			affEnt = org // "the Japan chair at the Harbor Institute": the country is the topic
		}
		p := r.personEntity(r.text(i, end))
		p.Official = true
		r.addTitle(p, title, affEnt, si, i)
		r.titles[len(r.titles)-1].noCtx = noCtx
		r.titles[len(r.titles)-1].party = ref == "party"
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/apposition-title"})
		return end, true
	}
	ds := end + 1
	if predicateAdverbs[r.tok(ds).Lower] && r.tok(ds+1).Kind == tokWord {
		ds++
	}
	if r.tok(ds).Kind == tokNumber && r.isWord(ds+1, ",") {
		ds += 2 // "X, 52, a professor at"
	}
	if d, ok := r.descriptionAt(ds, limit); ok {
		return r.personDescribed(i, end, si, d), true
	}
	if d, ok := r.laterDescription(end+1, limit); ok && inversionVerbs[prev.Lower] {
		return r.personDescribed(i, end, si, d), true // "said X, a Sylvanian living in Y and the head of Z"
	}
	return i, false
}

// employer reads "TITLE of|for|at [the] X" after a name: the employer of
// the chain when it is a known actor. noCtx says the phrase names an
// employer that is no known actor, so no state is to be guessed from the
// context.
func (r *recognizer) employer(tEnd, limit, si int, title string) (*Entity, bool) {
	if r.isWord(tEnd, "for") && topicTitle(title) {
		// "envoy for Syria" names the brief, "spokeswoman for the government" the employer;
		// "envoy for Syria at the World Bank": the body after "at" employs
		if at := r.nextAt(tEnd+1, limit); at > 0 {
			if emp, _ := r.employerChain(at, limit, roleOrg); emp.ent != nil && emp.ent.Label == schema.Organisation {
				return emp.ent, false
			}
		}
		return nil, false
	}
	if emp, _ := r.employerChain(tEnd, limit, roleState); emp.ent != nil {
		if emp.start >= 0 {
			r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
		}
		return emp.ent, false
	}
	if !titleEmployerPreps[r.tok(tEnd).Lower] {
		return nil, false
	}
	for j := tEnd + 1; j < limit && j < tEnd+9; j++ {
		if t := r.tok(j); t.Kind == tokPunct && t.Text != "-" && t.Text != "." {
			break
		} else if t.Cap {
			return nil, true // "director of the Harbor Policy Institute"
		}
	}
	return nil, false
}

// actorAt returns the organisation or country named at i without marking it.
func (r *recognizer) actorAt(i, limit int) (*Entity, int) {
	if end, name := r.orgRun(i, limit); end > i {
		if sp, ok := r.lookup(i, limit, kindIs(eOrg)); !ok || sp.end < end {
			return r.unknownOrg(name, i, end), end
		}
	}
	if sp, ok := r.affiliationAt(i, limit); ok {
		return r.entityOfSpan(sp), sp.end
	}
	return nil, i
}

// skipSeat returns the token after "Lima-based" at i, else i: "director of
// the Lima-based Harbor Center" names the center, not Lima.
func (r *recognizer) skipSeat(i, limit int) int {
	if sp, ok := r.lookup(i, limit, kindIs(eCountry, eCapital, eCity, eRegion)); ok && r.isWord(sp.end, "-") && r.isWord(sp.end+1, "based") {
		return sp.end + 2
	}
	return i
}

// lastCountry returns the country most recently named before token i.
func (r *recognizer) lastCountry(i int) *Entity {
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Start < i && m.Ent != nil && m.Ent.Label == schema.Country {
			return m.Ent
		}
	}
	for j := i - 1; j >= 0 && j > i-300; j-- {
		if sp, ok := r.lookup(j, i, kindIs(eCountry)); ok {
			return r.entityOfSpan(sp)
		}
	}
	return nil
}

// knownName reports whether tokens [i, end) name a person already known,
// in full or by surname.
func (r *recognizer) knownName(i, end int) bool {
	if _, ok := r.surnames[fold(r.text(i, end))]; ok {
		return true
	}
	_, ok := r.surnames[fold(r.text(end-1, end))]
	return ok
}
