package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// lastTitled returns the title of the person titled last before token i.
func (r *recognizer) lastTitled(i int) string {
	best := ""
	for _, f := range r.titles {
		if f.tok < i {
			best = f.title
		}
	}
	return best
}

// titleHas reports whether title, in lower case and its short form
// spelled out ("PM"), contains one of parts.
func titleHas(title string, parts ...string) bool {
	t := strings.ToLower(title)
	if long, ok := officeAbbrevs[t]; ok {
		t = long
	}
	for _, w := range parts {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// stateTitle reports whether an unnamed holder of title speaks for a state.
func stateTitle(title string) bool {
	return titleHas(title, "president", "prime minister", "foreign minister", "minister", "chancellor",
		"king", "emir", "secretary of state")
}

var subjectVerbs = mustWordSet("subject_verbs")

var predicateTitleOpeners = mustWordSet("predicate_title_openers")

// predicateTitle reads "X became Sylvania's youngest ever finance minister":
// the title phrase names X's office and is a mention of X.
func (r *recognizer) predicateTitle(p *Entity, k, limit, si int) {
	start := k
	for k < limit && k < start+4 && predicateTitleOpeners[r.tok(k).Lower] {
		k++
	}
	var aff *Entity
	affStart := k
	if sp, ok := r.affiliationAt(k, limit); ok {
		aff = r.entityOfSpan(sp)
		k = sp.end
	}
	tEnd, title := r.titleAt(k, limit)
	if title == "" {
		return
	}
	noCtx := false
	if aff == nil && titleEmployerPreps[r.tok(tEnd).Lower] {
		aff, noCtx = r.employer(tEnd, limit, si, title)
	}
	p.Official = true
	if emp, _ := r.employerChain(tEnd, limit, roleState); aff == nil && emp.ent != nil {
		aff = emp.ent // "X is the director of the Harbor Institute"
		if emp.start >= 0 {
			r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: aff, Kind: mDemonym, Rule: "affiliation"})
		}
	}
	r.addTitle(p, title, aff, si, k)
	r.titles[len(r.titles)-1].noCtx = noCtx
	if aff != nil && affStart < k {
		r.mark(Mention{Start: affStart, End: k, Sent: si, Ent: aff, Kind: mDemonym, Rule: "affiliation"})
	}
	r.mark(Mention{Start: start, End: tEnd, Sent: si, Ent: p, Kind: mDescriptor, Rule: "coref/predicate-title"})
}

// addTitle records an OFFICIAL_OF fact for p.
func (r *recognizer) addTitle(p *Entity, title string, of *Entity, si, tok int) {
	r.titles = append(r.titles, titleFact{person: p, title: strings.TrimSpace(title), of: of, sent: si, tok: tok})
}

type titleFact struct {
	person *Entity
	title  string
	of     *Entity
	sent   int
	tok    int
	noCtx  bool // the title names what it is of, and that is no actor: no OFFICIAL_OF from context
	second bool // a second office in an apposition: it leaves the first one's state to the context
	told   bool // an office said of a surname or pronoun ("he served as"), maybe a past one: no successor inherits it
	party  bool // an office of "the party" ("the party's leader NAME", "party chairman NAME"): the party named last
	ofAt   int  // where "TITLE of X, NAME" names X when recognition could not tell whose body it is; 0 for none
}

// topicTitle reports whether "TITLE for X" names what the office deals
// with rather than who employs it: envoys, representatives, rapporteurs.
func topicTitle(title string) bool {
	return titleHas(title, "envoy", "representative", "rapporteur", "ambassador", "coordinator", "commissioner")
}

// officialTitle reports whether an unnamed holder of title, with a country
// named before it, acts for that state: "the Iranian foreign minister" does,
// "a Haitian gang leader" does not.
func officialTitle(title string) bool {
	if stateTitle(title) {
		return true
	}
	return titleHas(title, "spokes", "ambassador", "envoy", "minister", "secretary", "representative",
		"diplomat", "general", "chief of staff", "army", "military", "police", "intelligence", "official")
}

// affiliationBefore is affiliationAt for a name before a title, cut where
// a gazetteer title starts inside it: "U.S. Treasury Secretary" is the
// United States and its Treasury Secretary, not the U.S. Treasury.
func (r *recognizer) affiliationBefore(i, limit int) (span, bool) {
	sp, ok := r.affiliationAt(i, limit)
	if !ok {
		return sp, false
	}
	for k := sp.start; k < sp.end; k++ {
		if r.titleCovers(k, sp.end, limit) {
			if k == sp.start {
				return span{}, false
			}
			short, ok := r.lookup(i, k, kindIs(eCountry, eDemonym, eCapital, eOrg))
			return short, ok && short.end == k
		}
	}
	return sp, true
}

// titleCovers reports whether a national office of one state (a title
// with its country in titles.tsv) starts at i and runs past end, where an
// organisation or ministry name ends: "Treasury Secretary" is one office,
// not the Treasury and a secretary; "army chief" is no such office, so
// "Sudanese army chief" stays the army's.
func (r *recognizer) titleCovers(i, end, limit int) bool {
	sp, ok := r.lookup(i, limit, kindIs(eTitle))
	if !ok || sp.end <= end {
		return false
	}
	for _, e := range sp.entries {
		if e.kind == eTitle && r.lex.titles[e.idx].Country != "" {
			return true
		}
	}
	return false
}

// sendingState returns the state named before an international body
// whose ambassador is titled ("Chile's U.N. ambassador", "the British
// Deputy U.N. Ambassador"): a state sends ambassadors, a body receives
// them. It is nil when no state stands there; the context decides.
func (r *recognizer) sendingState(affStart, si int) *Entity {
	j := affStart - 1
	for j > 0 && titleModifiers[r.tok(j).Lower] {
		j--
	}
	if r.tok(j).Lower == "'s" {
		j--
	}
	for s := j; s >= 0 && s > j-3; s-- {
		if sp, ok := r.lookup(s, j+1, kindIs(eCountry, eDemonym)); ok && sp.end == j+1 {
			if e, ok := hasKind(sp.entries, eCountry); ok || !sp.entries[0].plural {
				if !ok {
					e = sp.entries[0]
				}
				c := r.countryEntity(e.idx)
				if !r.isTaken(s) {
					r.mark(Mention{Start: s, End: sp.end, Sent: si, Ent: c, Kind: mDemonym, Rule: "affiliation"})
				}
				return c
			}
		}
	}
	return nil
}

// apposedOffice reads a second office in an apposition after a titled
// name, "Senator NAME, former chair of the Harbor Committee,": the person
// holds it in the body named after it.
func (r *recognizer) apposedOffice(p *Entity, end, limit, si int) {
	if r.tok(end).Text != "," {
		return
	}
	k := end + 1
	if articles[r.tok(k).Lower] {
		k++
	}
	for tenureModifiers[r.tok(k).Lower] {
		k++
	}
	tEnd, title := r.titleAt(k, limit)
	if title == "" || !r.isWord(tEnd, "of", "at") {
		return
	}
	emp, _ := r.employerChain(tEnd, limit, roleState)
	if emp.ent == nil || emp.ent.Label != schema.Organisation {
		return
	}
	r.addTitle(p, title, emp.ent, si, k)
	r.titles[len(r.titles)-1].second = true
	if emp.start >= 0 && !r.isTaken(emp.start) {
		r.mark(Mention{Start: emp.start, End: emp.end, Sent: si, Ent: emp.ent, Kind: mDemonym, Rule: "affiliation"})
	}
}
