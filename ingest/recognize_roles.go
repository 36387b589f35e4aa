package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// People named with a role noun rather than a title: in an apposition
// ("Mira Okafor, a senior fellow at the Harbor Policy Institute, said"),
// lower-case before the name ("said analyst Mira Okafor") or with the
// institution after the name ("said Mira Okafor of the Harbor Policy
// Institute"). The institution named with a person is their employer:
// OFFICIAL_OF with the role as title.

// roleKind says what a role noun tells of its holder's office.
type roleKind uint8

const (
	roleNone     roleKind = iota
	rolePersonal          // "defector", "student": no office
	roleOrg               // "analyst", "fellow": an office in the institution named
	roleState             // "official", "lawmaker": a public office, whose the text around may say
)

func roleOf(w string) roleKind {
	switch {
	case stateRoles[w]:
		return roleState
	case orgRoles[w]:
		return roleOrg
	case personalRoles[w]:
		return rolePersonal
	}
	return roleNone
}

// employer is an institution or state named with a person: tokens
// [start, end) name ent.
type employer struct {
	ent        *Entity
	start, end int
}

// described is a description of a person after the name.
type described struct {
	end   int // first token after the description
	title string
	kind  roleKind
	of    employer // the employer it names: "at X", "X's", "for X"
	inner employer // an actor inside it: "a Sylvanian diplomat", "a Harbor Institute fellow"
}

var roleBoundaries = mustWordSet("role_boundaries")

// roleBoundary reports whether a role noun before token j ends its noun
// phrase: punctuation, a preposition, a conjunction, a relative pronoun or
// a speech verb follows.
func (r *recognizer) roleBoundary(j, limit int) bool {
	if j >= limit {
		return true
	}
	t := r.tok(j)
	if t.Kind == tokPunct {
		return t.Text != "-" || t.SpaceBefore
	}
	return prepositions[t.Lower] || speechVerbs[t.Lower] || reportVerbs[t.Lower] ||
		roleBoundaries[r.tok(j).Lower]
}

// descriptionAt parses [a|an|the|X's] MODIFIERS ROLE [and DESCRIPTION]
// [at|of|for ORG] starting at k.
func (r *recognizer) descriptionAt(k, limit int) (described, bool) {
	d := described{of: employer{start: -1}, inner: employer{start: -1}}
	j := r.descriptionOpening(k, limit, &d)
	start := j
	for ; j < limit && j < start+8; j++ {
		t := r.tok(j)
		if t.Kind == tokWord && !t.Cap {
			if kind := roleOf(t.Lower); kind != roleNone && r.roleBoundary(j+1, limit) {
				d.kind = kind
				j++
				break
			}
		}
		if e, title := r.titleAt(j, limit); title != "" && r.roleBoundary(e, limit) {
			d.kind = roleState
			if roleOf(r.tok(e-1).Lower) == roleOrg {
				d.kind = roleOrg
			}
			j = e
			break
		}
		switch {
		case t.Kind == tokWord && !t.Cap && !descStop[t.Lower] && !prepositions[t.Lower] && !speechVerbs[t.Lower]:
		case t.Kind == tokWord && t.Cap:
			if d.inner.ent == nil && j > start-1 {
				if ent, e := r.innerActor(j, limit); ent != nil {
					d.inner = employer{ent: ent, start: j, end: e}
					j = e - 1
				}
			}
		case t.Text == "-" && !t.SpaceBefore && j > start:
		case t.Lower == "and" && j > start && r.tok(j+1).Kind == tokWord && !r.tok(j+1).Cap:
		default:
			return d, false
		}
	}
	if d.kind == roleNone {
		return d, false
	}
	from := start
	if d.inner.ent != nil && d.inner.start == start {
		from = d.inner.end // "a Sylvanian diplomat", "a Harbor Institute fellow": the title is the role
	}
	d.title = r.text(from, j)
	if r.isWord(j, "and") {
		// "a senior fellow and former diplomat"
		if d2, ok := r.descriptionAt(j+1, limit); ok && d2.kind != rolePersonal {
			d.title += " and " + d2.title
			if d2.kind > d.kind {
				d.kind = d2.kind
			}
			if d2.of.ent != nil {
				d.of = d2.of
			}
			if d.inner.ent == nil {
				d.inner = d2.inner
			}
			d.end = d2.end
			return d, true
		}
	}
	d.end = j
	if d.kind == rolePersonal {
		return d, true
	}
	if d.kind == roleOrg && r.legislatureAt(j) {
		d.kind = roleState // "a member of the lower chamber": a public office
	}
	if emp, end := r.employerChain(j, limit, d.kind); emp.ent != nil {
		d.end = end
		if d.of.ent == nil || d.of.start < 0 {
			d.of = emp // "the World Bank's envoy for Peru": the possessor employs
		}
	}
	return d, true
}

// descriptionOpening reads the article or possessor that opens a
// description at k and returns where its words start: "a", "UNICEF's",
// "the World Bank's".
func (r *recognizer) descriptionOpening(k, limit int, d *described) int {
	j := k
	if articles[r.tok(j).Lower] {
		j++
	}
	if e, ok := r.possessorAt(j, limit); ok && (j == k || r.isWord(k, "the")) {
		d.of = e
		j = e.end + 1
	}
	return j
}

// possessorAt returns the actor or place owning a role: "UNICEF's", "Ontario's".
func (r *recognizer) possessorAt(j, limit int) (employer, bool) {
	if !r.tok(j).Cap {
		return employer{}, false
	}
	if ent, e := r.actorAt(j, limit); ent != nil && r.tok(e).Lower == "'s" {
		return employer{ent: ent, start: j, end: e}, true
	}
	if sp, ok := r.lookup(j, limit, kindIs(eOrg, eCountry)); ok && r.isTaken(j) && r.tok(sp.end).Lower == "'s" {
		// a name marked already, as when a description is read after the names: "the World Bank's envoy"
		return employer{ent: r.entityOfSpan(sp), start: -1, end: sp.end}, true
	}
	// a region before a city of the same name: a province's leader
	for _, k := range []entryKind{eRegion, eCity} {
		sp, ok := r.lookup(j, limit, kindIs(k))
		if !ok || r.tok(sp.end).Lower != "'s" {
			continue
		}
		if idx, ok := r.lex.byISO3[r.lex.places[sp.entries[0].idx].ISO3]; ok {
			return employer{ent: r.countryEntity(idx), start: -1, end: sp.end}, true
		}
	}
	return employer{}, false
}

// innerActor returns an organisation, country or demonym inside a
// description, or a capitalised run naming an institution ("a Harbor
// Policy Institute senior fellow").
func (r *recognizer) innerActor(j, limit int) (*Entity, int) {
	end := r.instRun(j, limit)
	if end-j >= 2 && r.instLike(j, end) {
		if sp, ok := r.lookup(j, limit, kindIs(eOrg)); !ok || sp.end < end {
			return r.unknownOrg(r.text(j, end), j, end), end
		}
	}
	if sp, ok := r.affiliationAt(j, limit); ok {
		return r.entityOfSpan(sp), sp.end
	}
	return nil, j
}

var employerPreps = mustWordSet("employer_preps")

// employerChain reads the institutions after a role: "at the X", "of the
// X at the Y", "for X", "on TOPIC at X"; one introduced by "at" wins. A
// public office "in PLACE" is held in the place's country.
func (r *recognizer) employerChain(j, limit int, kind roleKind) (employer, int) {
	var best employer
	bestAt := false
	for n := 0; n < 3 && j < limit; n++ {
		if !employerPreps[r.tok(j).Lower] {
			if r.isWord(j, "on") {
				if k := r.nextAt(j+1, limit); k > 0 {
					j = k
					continue
				}
			}
			break
		}
		prep := r.tok(j).Lower
		o := j + 1
		if r.isWord(o, "the") {
			o++
		}
		e, ok := r.employerAt(o, limit, prep, kind)
		if !ok {
			if k := r.nextAt(o, limit); k > 0 {
				j = k // "director of the policy program at X"
				continue
			}
			break
		}
		if best.ent == nil || prep == "at" && !bestAt {
			best, bestAt = e, prep == "at"
		}
		j = e.end
	}
	if best.ent == nil && kind == roleState && r.isWord(j, "in") && r.tok(j+1).Cap {
		end := r.instRun(j+1, limit)
		if c := r.placeOrActorCountry(j+1, end); c != nil {
			best = employer{ent: c, start: -1}
		}
	}
	if best.ent == nil && r.isWord(j, "in") && r.isWord(j+1, "the") && r.tok(j+2).Cap {
		// "a senior commander in the Harbor Front": a body, not a place
		if end := r.instRun(j+2, limit); end > j+2 && orgHeads[r.tok(end-1).Lower] && !r.isPlaceName(j+2, end) && !r.isGazActorDemonym(j+2, limit) {
			if e, ok := r.employerAt(j+2, limit, "at", kind); ok && e.ent != nil && e.ent.Label == schema.Organisation {
				best = e
			}
		}
	}
	return best, j
}

// nextAt returns the next "at" within a few lower-case words from j, or -1.
func (r *recognizer) nextAt(j, limit int) int {
	for k := j; k < limit && k < j+8; k++ {
		t := r.tok(k)
		if r.isWord(k, "at") {
			return k
		}
		if t.Kind == tokPunct && t.Text != "-" && t.Text != "." || r.isWord(k, "who", "said", "told", "and") && k == j {
			return -1
		}
	}
	return -1
}

// employerAt returns the institution or state named at o after a
// preposition: a gazetteer name, a capitalised run with an institution
// word, a name after a class noun ("risk consultancy Harbor Risks"), or
// after "at", any capitalised run.
func (r *recognizer) employerAt(o, limit int, prep string, kind roleKind) (employer, bool) {
	founded := prep == "of" && r.afterFounder(o)
	if s := r.skipSeat(o, limit); s > o {
		o = s // "the Lima-based Harbor Center"
	} else if r.tok(o).Cap && r.isWord(o+1, "-") && r.isWord(o+2, "based") {
		o += 3
	}
	if !r.tok(o).Cap || r.isGazActorDemonym(o, limit) {
		// lower-case words up to a class noun, then the name
		for m := o; m < limit && m < o+6; m++ {
			t := r.tok(m)
			if orgClassNouns[t.Lower] && !t.Cap && r.tok(m+1).Cap {
				if end := r.instRun(m+1, limit); end > m+1 {
					return r.newEmployer(m+1, end), true
				}
			}
			if partyModifiers[t.Lower] && !t.Cap && r.tok(m+1).Cap && m == o {
				if e, ok := r.employerAt(m+1, limit, prep, kind); ok && e.ent != nil && e.ent.Label == schema.Organisation {
					return e, true // "the opposition Renewal Party"
				}
			}
			if !(t.Kind == tokWord && (!t.Cap || r.isGazActorDemonym(m, limit)) && !descStop[t.Lower] && !prepositions[t.Lower]) &&
				!(t.Text == "-" && !t.SpaceBefore) {
				break
			}
		}
		if !r.tok(o).Cap {
			return employer{}, false
		}
	}
	end := r.instRun(o, limit)
	if r.isWord(end, "'s") && (r.tok(end+1).Cap || partyModifiers[r.tok(end+1).Lower] && r.tok(end+2).Cap) {
		// "the University of X's Y School": the school employs; "of Peru's ruling Y Party": the party
		if e, ok := r.employerAt(end+1, limit, prep, kind); ok && e.ent != nil && (r.tok(end+1).Cap || e.ent.Label == schema.Organisation) {
			return e, true
		}
	}
	gsp, gok := r.lookup(o, limit, kindIs(eOrg))
	asp, aok := r.affiliationAt(o, limit)
	if end > o && (!gok || end > gsp.end) && (!aok || end > asp.end) && !r.isPlaceName(o, end) &&
		(r.instLike(o, end) || orgClassNouns[r.tok(end).Lower] || prep == "at" && kind != rolePersonal || founded) {
		return r.newEmployer(o, end), true
	}
	if gok {
		e, _ := hasKind(gsp.entries, eOrg)
		return employer{ent: r.orgEntity(e.idx), start: o, end: gsp.end}, true
	}
	if aok && kind == roleState {
		next := r.tok(asp.end)
		if next.Text == "-" || next.Kind == tokWord && !next.Cap && !genericHeads[next.Lower] && !r.isWord(asp.end, "embassy", "consulate", "'s") {
			return employer{}, false // "director of the Sylvania-Freedonia program": a topic
		}
		return employer{ent: r.entityOfSpan(asp), start: o, end: asp.end}, true
	}
	return employer{}, false
}

// afterFounder reports whether "founder of [the]" stands before token o:
// what one founds is an organisation, whatever its name ("the founder of
// Northgate"), so no institution word is needed.
func (r *recognizer) afterFounder(o int) bool {
	p := o - 1
	if r.isWord(p, "the") {
		p--
	}
	return r.isWord(p, "of") && r.isWord(p-1, "founder", "founders", "co-founder", "cofounder")
}

func (r *recognizer) newEmployer(i, end int) employer {
	name := r.text(i, end)
	if oEnd, oName := r.orgRun(i, end); oEnd == end {
		name = oName
	}
	return employer{ent: r.unknownOrg(name, i, end), start: i, end: end}
}

// isGazActorDemonym reports whether token i is a demonym.
func (r *recognizer) isGazActorDemonym(i, limit int) bool {
	_, ok := r.lookup(i, limit, kindIs(eDemonym))
	return ok
}

// isPlaceName reports whether tokens [i, end) are exactly a gazetteer place.
func (r *recognizer) isPlaceName(i, end int) bool {
	sp, ok := r.lookup(i, end, kindIs(eCountry, eCapital, eCity, eRegion))
	return ok && sp.end == end
}

var instNameLinks = mustWordSet("inst_name_links")

// instRun returns the end of a capitalised run that may name an
// institution: words, initials, hyphens, and of/for/on/the joining
// capitalised words ("Daniel K. Mori Center for Security Studies").
func (r *recognizer) instRun(i, limit int) int {
	j, end := i, i
	tail := false // after of/for/on, "and" also joins: "for Communication and Journalism"
	for j < limit && j-i < 14 {
		t := r.tok(j)
		switch {
		case t.Kind == tokWord && t.Cap && !r.isWord(j, "in", "said", "says", "told"):
			j++
			end = j
		case t.Text == "." && !t.SpaceBefore && j > i && len(r.tok(j-1).Text) == 1 && r.tok(j+1).Cap:
			j++
		case (t.Text == "-" || t.Text == "&") && r.tok(j+1).Cap:
			j++
		case instNameLinks[r.tok(j).Lower] && j > i && (r.tok(j+1).Cap || r.isWord(j+1, "the") && r.tok(j+2).Cap):
			tail = tail || !r.isWord(j, "the")
			j++
		case r.isWord(j, "and") && tail && r.tok(j+1).Cap:
			j++
		case t.Text == "," && tail && r.listInName(j+1, limit):
			j++ // "Committee on Roads, Water and Rural Affairs"
		case t.Lower == "'s" && j == i+1 && r.tok(j+1).Cap && !r.isGazActorShallow(i):
			j++ // "People's Harbor Foundation"
		default:
			return end
		}
	}
	return end
}

// instLike reports whether tokens [i, end) hold a word of institution names.
func (r *recognizer) instLike(i, end int) bool {
	for k := i; k < end; k++ {
		if w := r.tok(k).Lower; institutionWords[w] || orgHeads[w] {
			return true
		}
	}
	return false
}

// personDescribed records the person of tokens [i, end) described by d.
func (r *recognizer) personDescribed(i, end, si int, d described) int {
	p := r.personEntity(r.text(i, end))
	of := d.of
	if of.ent == nil && d.inner.ent != nil && (d.kind == roleState || d.inner.ent.Label != schema.Country) && d.kind != rolePersonal {
		of = d.inner // "a Sylvanian diplomat", "a Harbor Institute fellow"
	}
	if d.inner.ent != nil {
		r.mark(Mention{Start: d.inner.start, End: d.inner.end, Sent: si, Ent: d.inner.ent, Kind: mDemonym, Rule: "affiliation"})
	}
	if of.ent != nil && of.start >= 0 && of != d.inner {
		r.mark(Mention{Start: of.start, End: of.end, Sent: si, Ent: of.ent, Kind: mDemonym, Rule: "affiliation"})
	}
	switch {
	case d.kind == rolePersonal:
	case of.ent != nil:
		p.Official = true
		r.addTitle(p, d.title, of.ent, si, i)
	case d.kind == roleState:
		p.Official = true
		r.addTitle(p, d.title, nil, si, i)
	}
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/apposition-role"})
	return d.end
}

// listInName reports whether a comma before token j continues a list of
// fields inside a name: capitalised words, then "and" and a capitalised word.
func (r *recognizer) listInName(j, limit int) bool {
	k := j
	for k < limit && k < j+4 && r.tok(k).Cap && r.tok(k).Kind == tokWord {
		k++
	}
	return k > j && r.isWord(k, "and") && r.tok(k+1).Cap
}

// actorEndingAt returns the longest organisation, country or demonym name
// ending right before token end, no earlier than from.
func (r *recognizer) actorEndingAt(end, from int) employer {
	for b := end - 5; b < end; b++ {
		if b < from || !r.tok(b).Cap || r.isTaken(b) {
			continue
		}
		if sp, ok := r.affiliationAt(b, end); ok && sp.end == end {
			return employer{ent: r.entityOfSpan(sp), start: b, end: end}
		}
		if oEnd, name := r.orgRun(b, end); oEnd == end {
			return employer{ent: r.unknownOrg(name, b, end), start: b, end: end}
		}
	}
	return employer{}
}

var chamberModifiers = mustWordSet("chamber_modifiers")

// legislatureAt reports whether "of [the] [upper|lower] HOUSE" in lower
// case starts at j: the role is a seat in the state's legislature.
func (r *recognizer) legislatureAt(j int) bool {
	if !r.isWord(j, "of", "in") {
		return false
	}
	j++
	if r.isWord(j, "the") {
		j++
	}
	if chamberModifiers[r.tok(j).Lower] {
		j++
	}
	t := r.tok(j)
	return !t.Cap && legislatureNouns[t.Lower]
}

var headRoles = mustWordSet("head_roles")

// institutionAt returns the organisation named by "at ORG" after a title
// whose holder works in an institution ("chair", "fellow", "director"), or
// nil: such an organisation is the employer, not a country before the title.
func (r *recognizer) institutionAt(tEnd, limit, si int, title string) *Entity {
	words := strings.Fields(strings.ToLower(title))
	if len(words) == 0 || !r.isWord(tEnd, "at") || roleOf(words[len(words)-1]) != roleOrg ||
		headRoles[r.tok(tEnd-1).Lower] {
		return nil
	}
	emp, _ := r.employerChain(tEnd, limit, roleOrg)
	if emp.ent == nil || emp.ent.Label != schema.Organisation {
		return nil
	}
	if emp.start >= 0 {
		r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
	}
	return emp.ent
}
