package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// People found by the cues around a name rather than a title: a role
// noun before it, an organisation after it, a possessor, a plural role and
// "including", a surname that speaks later, and what the person heads,
// works at or is.

// personRoleName matches a lower-case role noun right before a name, with
// the modifiers before it as part of the title and the employer after the
// name: "said analyst Mira Okafor of the Harbor Institute", "railway
// deputy controller Karl Imre in Nova Tessa told".
func (r *recognizer) personRoleName(i, limit, si int) int {
	t := r.tok(i)
	if t.Kind != tokWord || !preNameRoles[t.Lower] || t.Cap && i != r.d.Sentences[si].Start {
		return i
	}
	if r.isGazActor(i+1) || r.orgTailAt(i+1) {
		return i
	}
	end := r.nameRun(i+1, limit)
	if end-(i+1) < 2 || r.tok(end).Kind == tokWord && !r.tok(end).Cap && !r.roleBoundary(end, limit) &&
		!subjectVerbs[r.tok(end).Lower] && r.rules.byFirst[r.tok(end).Lower] == nil && !strings.HasSuffix(r.tok(end).Lower, "ed") {
		return i // "expert Nova Tessa residents": the name is a noun's modifier
	}
	start := i
	for start > r.d.Sentences[si].Start && start > i-2 && !r.isTaken(start-1) {
		m := r.tok(start - 1)
		lower := m.Kind == tokWord && !m.Cap && !descStop[m.Lower] && !prepositions[m.Lower] && !speechVerbs[m.Lower] &&
			!reportVerbs[m.Lower] && !r.isWord(start-2, "-")
		if !lower && !(m.Kind == tokWord && m.Cap && start-1 == r.d.Sentences[si].Start && !nameStop[m.Lower]) {
			break
		}
		start--
	}
	kind := roleOf(t.Lower)
	p := r.personEntity(r.text(i+1, end))
	emp, next := r.employerChain(end, limit, kind)
	if emp.ent != nil && emp.ent.Label == schema.Country && kind != roleState {
		emp = employer{}
	}
	if emp.ent == nil {
		// "European Union official X", "Livestock Ministry official X"
		if pre := r.actorEndingAt(start, r.d.Sentences[si].Start); pre.ent != nil && (kind == roleState || pre.ent.Label != schema.Country) {
			emp = pre
		}
	}
	switch {
	case emp.ent != nil:
		p.Official = true
		r.addTitle(p, r.text(start, i+1), emp.ent, si, i+1)
		if emp.start >= 0 {
			r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
		}
	case kind == roleState:
		p.Official = true
		r.addTitle(p, r.text(start, i+1), nil, si, i+1)
	}
	r.mark(Mention{Start: start, End: end, Sent: si, Ent: p, Rule: "person/role-name"})
	if emp.ent != nil {
		return next
	}
	return end
}

// personOfOrg matches "said NAME of [the] ORG" and "NAME of the ORG said":
// the person works for the organisation.
func (r *recognizer) personOfOrg(i, end, limit, si int) int {
	o := end + 1
	if r.isWord(o, "the") {
		o++
	}
	prev := r.tok(i - 1)
	emp, ok := r.employerAt(o, limit, "of", roleOrg)
	if !ok || emp.ent.Label != schema.Organisation {
		if speechVerbs[prev.Lower] || prev.Lower == "to" && r.isWord(i-2, "according") {
			// "said Karl Imre of Hungary": a person, employer unknown
			r.mark(Mention{Start: i, End: end, Sent: si, Ent: r.personEntity(r.text(i, end)), Rule: "person/of-place"})
			return end
		}
		return i
	}
	next := r.tok(emp.end)
	speech := speechVerbs[prev.Lower] || prev.Lower == "to" && r.isWord(i-2, "according") || prev.Text == "," ||
		i == r.d.Sentences[si].Start || speechVerbs[next.Lower] || next.Text == "," || next.Text == "."
	if !speech {
		return i
	}
	p := r.personEntity(r.text(i, end))
	p.Official = true
	r.addTitle(p, "", emp.ent, si, i)
	r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/of-org"})
	return emp.end
}

var appositionRoles = mustWordSet("apposition_roles")

// relationalNoun reports whether w, or its singular, is a role or kin word
// that may stand before a name in apposition: "his son, Karl Imre,", "one
// of the report's authors, Mira Okafor,".
func relationalNoun(w string) bool {
	if roleOf(w) != roleNone || appositionRoles[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && roleOf(strings.TrimSuffix(w, "s")) != roleNone
}

// addRelative records a person named as someone's kin, whose surname
// alone still names the principal.
func (r *recognizer) addRelative(p *Entity) {
	if r.relatives == nil {
		r.relatives = map[*Entity]bool{}
	}
	r.relatives[p] = true
}

// speakerNames finds people named in full once with no cue around the
// name, whose surname alone speaks elsewhere: "Mira Okafor lectures on
// law ... Okafor says", "Karl Imre and Lena Varga are ... Varga told".
func (r *recognizer) speakerNames() {
	speakers := map[string]bool{}
	for _, s := range r.d.Sentences {
		if s.Headline {
			continue
		}
		for k := s.Start; k < s.End; k++ {
			if r.isCapWord(k) && !(k > s.Start && r.isCapWord(k-1)) && !r.isGazActorShallow(k) &&
				(speechVerbs[r.tok(k+1).Lower] || r.isWord(k-1, "said", "says") && r.isWord(k+1, ".", ",")) {
				speakers[r.tok(k).Lower] = true
			}
		}
	}
	if len(speakers) == 0 {
		return
	}
	r.scan(false, func(i, limit, si int, _ bool) int {
		if i > r.d.Sentences[si].Start && r.isCapWord(i-1) || r.isGazActor(i) || r.orgTailAt(i) {
			return i
		}
		if w := r.tok(i).Lower; i == r.d.Sentences[si].Start && (prepositions[w] || descStop[w] || w == "like" || w == "unlike") {
			return i // "Like Okafor, ...": an English word opening the sentence
		}
		end := r.nameRun(i, limit)
		if end-i < 2 || !speakers[r.tok(end-1).Lower] || r.isPlaceName(i, end) {
			return i
		}
		p := r.personEntity(r.text(i, end))
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/speaker-surname"})
		return end
	})
}

// laterDescription finds "and the DESCRIPTION" further on in an
// apposition whose first part names no role: "X, a Sylvanian living in
// Ruritania and the vice chair of the Harbor Congress".
func (r *recognizer) laterDescription(k, limit int) (described, bool) {
	for j := k; j < limit && j < k+12; j++ {
		t := r.tok(j)
		if t.Kind == tokPunct && t.Text != "-" {
			break
		}
		if r.isWord(j, "and") && articles[r.tok(j+1).Lower] {
			return r.descriptionAt(j+1, limit)
		}
	}
	return described{}, false
}

// peopleAfterCue reads the names after a plural role and a cue: "Kenyan
// senators led by Karl Imre and Lena Varga", "analysts, including Mira
// Okafor,": each is a person holding the role, of the actor before it.
func (r *recognizer) peopleAfterCue(i, end, limit, si int) int {
	cue := -1
	switch {
	case r.isWord(i-1, "including"):
		cue = i - 1
	case r.isWord(i-1, "by") && r.isWord(i-2, "led", "headed"), r.isWord(i-1, "as") && r.isWord(i-2, "such"):
		cue = i - 2
	case r.isWord(i-1, "-", ":") && r.tok(i-1).SpaceBefore:
		cue = i - 1 // "three members of the Kenyan Senate - X, Y and Z"
	}
	if cue < 0 {
		return i
	}
	role, reach := -1, 3
	if r.isWord(cue, "-", ":") {
		reach = 8
	}
	for k := cue - 1; k >= r.d.Sentences[si].Start && k >= cue-reach; k-- {
		if w := r.tok(k).Lower; strings.HasSuffix(w, "s") && roleOf(strings.TrimSuffix(w, "s")) > rolePersonal {
			role = k
			break
		}
		if r.tok(k).Kind == tokPunct && r.tok(k).Text != "." && r.tok(k).Text != "," {
			break
		}
	}
	if role < 0 {
		return i
	}
	kind := roleOf(strings.TrimSuffix(r.tok(role).Lower, "s"))
	title := strings.TrimSuffix(r.tok(role).Text, "s")
	aff := r.actorEndingAt(role, r.d.Sentences[si].Start)
	if emp, _ := r.employerChain(role+1, cue, kind); aff.ent == nil && emp.ent != nil {
		aff = emp // "members of the Kenyan Senate"
	}
	if aff.ent != nil && aff.ent.Label == schema.Country && kind != roleState {
		aff = employer{}
	}
	if aff.ent != nil {
		r.mark(Mention{Start: aff.start, End: aff.end, Sent: si, Ent: aff.ent, Kind: mDemonym, Rule: "affiliation"})
	}
	for {
		p := r.personEntity(r.text(i, end))
		if aff.ent != nil {
			p.Official = true
			r.addTitle(p, title, aff.ent, si, i)
		}
		r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/after-cue"})
		// "X and Y", "X, Y and Z"
		n := end
		if r.isWord(n, ",") {
			n++
		}
		if r.isWord(n, "and") {
			n++
		}
		if n == end || r.isTaken(n) || r.isGazActor(n) {
			return end
		}
		e := r.nameRun(n, limit)
		if e-n < 2 {
			return end
		}
		i, end = n, e
	}
}

// personOfPossessor matches "COUNTRY's NAME" and "ORG's NAME" followed by
// a verb or a comma: "Sylvania's Karl Imre said", "the Harbor Institute's
// Mira Okafor, who". An organisation's person works for it.
func (r *recognizer) personOfPossessor(i, end, si int) int {
	if !r.isWord(i-1, "'s") {
		return i
	}
	next := r.tok(end)
	verb := next.Kind == tokWord && !next.Cap && (speechVerbs[next.Lower] || subjectVerbs[next.Lower] ||
		r.rules.byFirst[next.Lower] != nil || strings.HasSuffix(next.Lower, "ed"))
	if !verb && next.Text != "," || r.isPlaceName(i, end) {
		return i
	}
	pre := r.actorEndingAt(i-1, r.d.Sentences[si].Start)
	if pre.ent == nil {
		return i
	}
	p := r.personEntity(r.text(i, end))
	if pre.ent.Label == schema.Organisation {
		p.Official = true
		r.addTitle(p, "", pre.ent, si, i)
		r.mark(Mention{Start: pre.start, End: pre.end, Sent: si, Ent: pre.ent, Kind: mDemonym, Rule: "affiliation"})
	}
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/possessor"})
	return end
}

var workAtVerbs = mustWordSet("work_at_verbs")

// workVerbs reads the institution a person named in full heads, leads or
// works at: "X, who heads the Y Foundation", "X lectures on law at the Y".
func (r *recognizer) workVerbs() {
	n := len(r.d.Mentions)
	for k := 0; k < n; k++ {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Person || m.Kind != mName || !strings.HasPrefix(m.Rule, "person/") {
			continue
		}
		v := m.End
		if r.isWord(v, ",") && r.isWord(v+1, "who") {
			v += 2
		}
		role, ok := workVerbs[r.tok(v).Lower]
		if !ok {
			continue
		}
		limit := r.d.Sentences[m.Sent].End
		var emp employer
		if workAtVerbs[r.tok(v).Lower] {
			if at := r.nextAt(v+1, limit); at > 0 {
				emp, _ = r.employerChain(at, limit, roleOrg)
			}
		} else {
			o := v + 1
			if r.isWord(o, "the") {
				o++
			}
			emp, _ = r.employerAt(o, limit, "of", roleOrg)
		}
		if emp.ent == nil || emp.ent.Label != schema.Organisation {
			continue
		}
		m.Ent.Official = true
		r.addTitle(m.Ent, role, emp.ent, m.Sent, m.Start)
		if emp.start >= 0 && !r.isTaken(emp.start) {
			r.mark(Mention{Start: emp.start, End: emp.end, Sent: m.Sent, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
		}
	}
}

var predicateAdverbs = mustWordSet("predicate_adverbs")

// predicates reads "X is [now] a DESCRIPTION" after any mention of a
// named person, surnames included: "Okafor is currently an adviser at the
// Harbor Institute". Only an employer the description names counts.
func (r *recognizer) predicates() {
	n := len(r.d.Mentions)
	for k := 0; k < n; k++ {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Person || m.Kind != mName {
			continue
		}
		if s := r.d.Sentences[m.Sent].Start; r.isWord(m.Start-1, ",") && r.isWord(s, "a", "an") {
			// "A media analyst at the Harbor Institute, Okafor said": a fronted description
			if d, ok := r.descriptionAt(s, m.Start-1); ok && d.end == m.Start-1 && d.of.ent != nil && d.kind != rolePersonal {
				r.predicateFact(m, d)
			}
			continue
		}
		v := m.End
		if r.isWord(v, ",") && r.isWord(v+1, "of") {
			r.ofOrgAside(m, v+2) // "Okafor, of the Harbor Institute, said"
			continue
		}
		if r.isWord(v, ",") && r.isWord(v+1, "who") {
			v += 2 // "X, who is the director of ORG,"
		}
		if v = r.afterCopula(v); v < 0 {
			continue
		}
		for predicateAdverbs[r.tok(v).Lower] {
			v++
		}
		if !articles[r.tok(v).Lower] && !orgRoles[r.tok(v).Lower] {
			continue // "is director of X" needs no article
		}
		if d, ok := r.descriptionAt(v, r.d.Sentences[m.Sent].End); ok && d.of.ent != nil && d.kind != rolePersonal {
			r.predicateFact(m, d)
		}
	}
}

// afterCopula returns the token after a copula at v that gives its
// subject a description: "is", "was", "has been", "served as",
// "became"; -1 when there is none.
func (r *recognizer) afterCopula(v int) int {
	switch {
	case r.isWord(v, "is", "was", "became", "becomes", "remains", "remained"):
		return v + 1
	case r.isWord(v, "has", "had") && r.isWord(v+1, "been"):
		return v + 2
	case r.isWord(v, "served", "serves", "serving") && r.isWord(v+1, "as"):
		return v + 2
	}
	return -1
}

// predicateFact records the office a description gives the person of m.
func (r *recognizer) predicateFact(m Mention, d described) {
	m.Ent.Official = true
	r.addTitle(m.Ent, d.title, d.of.ent, m.Sent, m.Start)
	if d.of.start >= 0 && !r.isTaken(d.of.start) {
		r.mark(Mention{Start: d.of.start, End: d.of.end, Sent: m.Sent, Ent: d.of.ent, Kind: mDemonym, Rule: "affiliation"})
	}
}

// familyNameFirst returns the one full-named person whose first word is
// the one-word name short, for names written family name first ("President
// Xi" is Xi Jinping), or nil.
func (r *recognizer) familyNameFirst(short *Entity) *Entity {
	var match *Entity
	for _, full := range r.d.Entities {
		if full == short || full.Label != schema.Person || r.relatives[full] {
			continue
		}
		words := strings.Fields(full.Name)
		if len(words) < 2 || fold(words[0]) != fold(short.Name) {
			continue
		}
		if match != nil {
			return nil
		}
		match = full
	}
	return match
}

// articleName reports whether tokens [i, end) are an Arabic article and
// one word, "Al Tessaba", "El Marano": before a verb, the name of a place
// or group ("Al Tessaba was captured"); a person named so has a given name
// before it ("Omar Al Tessaba") or speaks ("Al Gore said").
func (r *recognizer) articleName(i, end int) bool {
	if !r.isWord(i, "al", "el") || !r.tok(i).Cap {
		return false
	}
	n := end - i
	if r.isWord(i+1, "-") {
		n--
	}
	return n == 2
}

// ofOrgAside reads ", of [the] ORG," after a person: they work for it.
func (r *recognizer) ofOrgAside(m Mention, o int) {
	if r.isWord(o, "the") {
		o++
	}
	emp, ok := r.employerAt(o, r.d.Sentences[m.Sent].End, "of", roleOrg)
	if !ok || emp.ent.Label != schema.Organisation || !r.isWord(emp.end, ",", ".") {
		return
	}
	r.predicateFact(m, described{title: "", of: emp})
}
