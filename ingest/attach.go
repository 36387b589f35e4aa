package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Attachment by discourse: whose official a titled person is when the
// title itself names no state or body. The possessor of the role ("the
// Secretary-General's envoy, NAME"), the same role named in the sentence
// before ("Sylvania's foreign minister arrived. Foreign Minister NAME
// said"), the organisation that has a secretary-general, and the state
// of the context, but never a state whose same office another person holds.

// attach returns the state or body f's person is an official of, or nil
// when the text does not say.
func (x *relater) attach(f titleFact, dateline *Entity, explicit map[*Entity]bool) *Entity {
	if nonStateTitle(f.title) && (f.of == nil || f.of.Label == schema.Country) {
		return x.bodyBeforeTitle(f) // "Kenyan rebel commander NAME" holds no office of Kenya
	}
	if f.of != nil {
		return f.of
	}
	if x.partyOffice(f) {
		return x.lastParty(f.tok)
	}
	if of := x.bodyBeforeTitle(f); of != nil {
		return of
	}
	if f.ofAt > 0 {
		if of := x.employerAfter(f.ofAt, x.d.Sentences[f.sent].End); of != nil && of.Label == schema.Organisation {
			return of // "the head of the Harbor Mission, NAME,"
		}
	}
	if f.noCtx || explicit[f.person] {
		return nil // the article says whose official this is elsewhere
	}
	if of := x.appointer(f); of != nil {
		return of // "United Nations-appointed rapporteur NAME"
	}
	if of := x.placeOfTitle(f); of != nil {
		return of // "Ardan prosecutor NAME"
	}
	if x.employerOutsideText(f) {
		return nil // "NAME's CEO X": an employer no lexicon knows, not the story's state
	}
	if of := x.possessorSide(f); of != nil {
		return of
	}
	if of := x.roleBefore(f); of != nil {
		return of
	}
	if of := x.reportingForce(f); of != nil {
		return of // "The Sylvanian army said the commander NAME"
	}
	if of := x.oneStateTitle(f); of != nil {
		return of
	}
	if secretaryGeneral(f.title) {
		return x.secretariat(f)
	}
	if of := x.underState(f); of != nil {
		return of
	}
	if of := x.legislature(f); of != nil {
		return of
	}
	of := x.contextState(f, dateline)
	if of != nil && of.Label == schema.Country {
		if taken := x.heldByOthers(f); taken[of] {
			return x.otherStateNear(f, taken)
		}
	}
	if of == nil && stateTitle(f.title) {
		// "President NAME has good relations with Sylvanian President OTHER
		// and ... U.S. interests": the other state of the sentence
		if taken := x.heldByOthers(f); len(taken) > 0 && x.holderIn(f) {
			return x.otherStateIn(f, taken)
		}
	}
	return of
}

// holderIn reports whether another person holding f's office of a named
// state is titled in f's own sentence.
func (x *relater) holderIn(f titleFact) bool {
	for _, g := range x.r.titles {
		if g.person != f.person && g.sent == f.sent && g.of != nil && g.of.Label == schema.Country && sameHead(g.title, f.title) {
			return true
		}
	}
	return false
}

// otherStateIn returns the country named in f's sentence, nearest to the
// person, that none of the taken holders is an official of.
func (x *relater) otherStateIn(f titleFact, taken map[*Entity]bool) *Entity {
	var best *Entity
	bestDist := 1 << 30
	for _, m := range x.d.Mentions {
		if m.Sent != f.sent || m.Ent == nil || m.Ent.Label != schema.Country || taken[m.Ent] || m.Kind == mDemonym && m.Head == "" && x.titleFollows(m.End) {
			continue
		}
		d := m.Start - f.tok
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = m.Ent, d
		}
	}
	return best
}

// titleFollows reports whether an office word follows token i: the
// demonym of another official ("Chinese President").
func (x *relater) titleFollows(i int) bool {
	_, t := x.r.titleAt(i, i+4)
	return t != ""
}

// successors reads "Sylvania's president ... OTHER's predecessor, NAME":
// a predecessor or successor held the same office of the same state or
// body as the person named before it.
func (x *relater) successors(held map[*Entity]titleFact) []titleFact {
	var out []titleFact
	for _, m := range x.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Person || !x.isWord(m.End, "'s", "'") || !x.isWord(m.End+1, "predecessor", "successor") {
			continue
		}
		h, ok := held[m.Ent]
		if !ok || x.tok(m.End+2).Text != "," {
			continue
		}
		k := x.mentionIdx(m.End + 3)
		if k < 0 || x.d.Mentions[k].Ent.Label != schema.Person || x.d.Mentions[k].Ent == m.Ent {
			continue
		}
		out = append(out, titleFact{person: x.d.Mentions[k].Ent, title: h.title, of: h.of, sent: m.Sent})
	}
	return out
}

// contextState is the state of the context: the dateline's, the country or
// place named just before the person, else the article's own country for a
// local office or a story about one country.
func (x *relater) contextState(f titleFact, dateline *Entity) *Entity {
	if dateline != nil {
		return dateline
	}
	var of *Entity
	if localTitle(f.title) || !x.speaksAfter(f.person, f.sent) {
		var placed bool
		of, placed = x.nearbyCountry(f.tok, f.sent, f.person)
		if of == nil && placed {
			return nil // a place of an unnamed country: no guess from elsewhere
		}
	}
	if of == nil && (localTitle(f.title) || x.r.dominantHome()) {
		if idx, ok := x.lex.byISO3[x.r.home]; ok && x.metAbroad(f, x.d.byID[schema.CountryID(x.lex.countries[idx].ISO3)]) {
			return nil // "Governor NAME met members of the Sylvanian community"
		}
		if own, other := x.r.statesIn(f.sent, x.r.home); !localTitle(f.title) && other && !own {
			return nil // "agreed with President NAME's remark that Freedonia ...": the sentence's state is no guess either
		}
		if idx, ok := x.lex.byISO3[x.r.home]; ok {
			of = x.d.byID[schema.CountryID(x.lex.countries[idx].ISO3)]
		}
	}
	return of
}

// possessorSide reads "Varga's spokesman, NAME" and "the
// Secretary-General's envoy, NAME": the role belongs to the possessor, so
// the person is an official of the possessor's body or state.
func (x *relater) possessorSide(f titleFact) *Entity {
	s := x.d.Sentences[f.sent]
	j := f.tok - 1
	if x.tok(j).Text == "," {
		j--
	}
	for n := 0; j > s.Start && n < 6 && x.tok(j).Lower != "'s" && x.tok(j).Text != "'"; n++ {
		t := x.tok(j)
		if t.Kind != tokWord && t.Text != "-" && t.Text != "," {
			return nil
		}
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Ent != f.person {
			return nil
		}
		j--
	}
	if j <= s.Start || x.tok(j).Lower != "'s" && x.tok(j).Text != "'" {
		return nil
	}
	if k := x.mentionIdx(j - 1); k >= 0 {
		switch e := x.d.Mentions[k].Ent; e.Label {
		case schema.Person:
			return x.personSide(e, f)
		case schema.Organisation, schema.Country:
			return e
		}
		return nil
	}
	if x.isWord(j-1, "general") && (x.isWord(j-2, "secretary") || x.isWord(j-3, "secretary")) {
		return x.secretariat(f)
	}
	return nil
}

// personSide returns the body or state another person is named an
// official of.
func (x *relater) personSide(p *Entity, f titleFact) *Entity {
	for _, g := range x.r.titles {
		if g.person == p && g.of != nil {
			return g.of
		}
	}
	for _, g := range x.r.titles {
		if g.person == p && secretaryGeneral(g.title) {
			return x.secretariat(f)
		}
	}
	return nil
}

// roleBefore finds the same office held by an unnamed official of a named
// state or body in the two sentences before: "Sylvania's foreign minister
// arrived on Monday. Foreign Minister Lena Varga said ..." (or in the
// headline).
func (x *relater) roleBefore(f titleFact) *Entity {
	for k := range x.d.mentionsOfSents(0, 1, f.sent-2, f.sent) {
		m := x.d.Mentions[k]
		if m.Kind != mUnnamed || m.Ent == nil || m.Sent >= f.sent {
			continue
		}
		if m.Sent < f.sent-2 && !(m.Sent == 0 && x.d.Sentences[0].Headline) {
			continue
		}
		if sameOffice(x.unnamedTitle(m), f.title) {
			return m.Ent
		}
	}
	return nil
}

// unnamedTitle returns the title words of an unnamed official's mention.
func (x *relater) unnamedTitle(m Mention) string {
	for j := m.Start; j < m.End; j++ {
		if _, t := x.r.titleAt(j, m.End); t != "" {
			return t
		}
	}
	return ""
}

// sameOffice reports whether two titles name one office: "foreign
// minister" and "Foreign Minister", "minister" and "Defence Minister".
func sameOffice(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if long, ok := officeAbbrevs[a]; ok {
		a = long
	}
	if long, ok := officeAbbrevs[b]; ok {
		b = long
	}
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

func secretaryGeneral(title string) bool {
	t := strings.ToLower(strings.ReplaceAll(title, "-", " "))
	return strings.HasSuffix(t, "secretary general") && !strings.Contains(t, "party") && !strings.HasPrefix(t, "deputy")
}

// secretariat returns the body whose secretary-general a person is: a
// non-governmental organisation named in the sentence or the two before
// ("The head of the Harbor Relief Fund told ... said Secretary General
// NAME"), else the United Nations.
func (x *relater) secretariat(f titleFact) *Entity {
	if e := x.nearestBefore(f, func(e *Entity) bool {
		return e.Label == schema.Organisation && e.Parent == "" && (e.Kind == "ngo" || e.Kind == "igo" || e.Kind == "other")
	}); e != nil {
		return e
	}
	idx, ok := x.lex.orgByName["United Nations"]
	if !ok {
		return nil
	}
	un := x.r.orgEntity(idx)
	if un.Count == 0 {
		un.Count = 1 // the body the title names, though the text does not
	}
	return un
}

// heldByOthers returns the states whose office f names that other people
// hold by an explicit title: a state has one president, so "President
// NAME" next to "Sylvanian President OTHER" is not Sylvania's; and officials
// listed with theirs in one sentence ("Deputy Foreign Minister NAME, and
// Sylvanian Deputy Foreign Minister OTHER") are of another state.
func (x *relater) heldByOthers(f titleFact) map[*Entity]bool {
	taken := map[*Entity]bool{}
	ix := x.titles()
	if stateTitle(f.title) {
		for of, h := range ix.byTitle[foldKey(strings.TrimSpace(f.title))] {
			if of.Label == schema.Country && (h.many || h.first != f.person) {
				taken[of] = true
			}
		}
	}
	for _, k := range ix.bySent[f.sent] {
		g := x.r.titles[k]
		if g.person == f.person || g.of == nil || g.of.Label != schema.Country {
			continue
		}
		if sameHead(g.title, f.title) {
			taken[g.of] = true
		}
	}
	return taken
}

// sameHead reports whether two titles end in the same office word.
func sameHead(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return len(fa) > 0 && len(fb) > 0 && fa[len(fa)-1] == fb[len(fb)-1]
}

// otherStateNear returns the country named nearest before the person in
// its sentence or the two before, other than the taken ones.
func (x *relater) otherStateNear(f titleFact, taken map[*Entity]bool) *Entity {
	return x.nearestBefore(f, func(e *Entity) bool { return e.Label == schema.Country && !taken[e] })
}

// nearestBefore returns the entity named nearest before the person of f,
// in its sentence or the two before, for which ok holds.
func (x *relater) nearestBefore(f titleFact, ok func(*Entity) bool) *Entity {
	for k := range x.d.mentionsBackFrom(f.sent) {
		m := x.d.Mentions[k]
		if m.Sent > f.sent || m.Sent == f.sent && m.Start >= f.tok || m.Ent == nil {
			continue
		}
		if m.Sent < f.sent-2 {
			break
		}
		if ok(m.Ent) {
			return m.Ent
		}
	}
	return nil
}

// oneStateTitle returns the state whose office the title names when only
// one state uses it ("Secretary of State" before a name), if the article
// names that state.
func (x *relater) oneStateTitle(f titleFact) *Entity {
	t := strings.ToLower(strings.TrimSpace(f.title))
	best := ""
	iso3 := ""
	for k, c := range x.lex.titleState {
		if (t == k || strings.HasSuffix(t, " "+k)) && len(k) > len(best) {
			best, iso3 = k, c
		}
	}
	if iso3 == "" {
		return nil
	}
	if c := x.d.byID[schema.CountryID(iso3)]; c != nil && c.Count > 0 {
		return c
	}
	return nil
}

// underState reads "Sylvania under President NAME": the state the title
// heads is the one named before "under".
func (x *relater) underState(f titleFact) *Entity {
	if !stateTitle(f.title) {
		return nil
	}
	s := x.d.Sentences[f.sent]
	j := f.tok - 1
	for j > s.Start && j > f.tok-5 && x.tok(j).Cap {
		j--
	}
	if !x.isWord(j, "under") {
		return nil
	}
	if k := x.mentionIdx(j - 1); k >= 0 && x.d.Mentions[k].Ent.Label == schema.Country {
		return x.d.Mentions[k].Ent
	}
	return nil
}

// rolesNamedNext reads a role in one sentence and the name at the start of
// the next: "Sylvania's foreign minister arrived on Monday. Lena Varga met
// ...". A person first named there, with no title anywhere, holds the role.
func (x *relater) rolesNamedNext() {
	titled := map[*Entity]bool{}
	for _, f := range x.r.titles {
		titled[f.person] = true
	}
	first := map[*Entity]int{}
	for k, m := range x.d.Mentions {
		if _, ok := first[m.Ent]; !ok && m.Ent != nil {
			first[m.Ent] = k
		}
	}
	for _, m := range x.d.Mentions {
		if m.Kind != mUnnamed || m.Ent == nil || m.Rule != "official/unnamed" || m.Sent+1 >= len(x.d.Sentences) {
			continue
		}
		next := x.d.Sentences[m.Sent+1]
		k := x.mentionIdx(next.Start)
		if k < 0 || x.namesPersonIn(m.Sent, titled) {
			continue
		}
		p := x.d.Mentions[k]
		if p.Ent.Label != schema.Person || titled[p.Ent] || first[p.Ent] != k || p.Kind != mName ||
			strings.Contains(p.Rule, "role") || strings.Contains(p.Rule, "title") || strings.Contains(p.Rule, "descri") {
			continue
		}
		title := x.unnamedTitle(m)
		if title == "" {
			continue
		}
		of := m.Ent
		if c := x.mentionIdx(m.Start - 2); c >= 0 && x.tok(m.Start-1).Lower == "'s" && x.d.Mentions[c].Ent.Label == schema.Country {
			of = x.d.Mentions[c].Ent // "Sylvania's U.N. ambassador": Sylvania's official at the U.N.
		}
		titled[p.Ent] = true
		x.r.titles = append(x.r.titles, titleFact{person: p.Ent, title: title, of: of, sent: m.Sent + 1, tok: p.Start})
	}
}

// namesPersonIn reports whether sentence si names a person with no title,
// who may be the one holding the role.
func (x *relater) namesPersonIn(si int, titled map[*Entity]bool) bool {
	for k := range x.d.mentionsIn(si, si+1, true) {
		if m := x.d.Mentions[k]; m.Sent == si && m.Ent != nil && m.Ent.Label == schema.Person && !titled[m.Ent] {
			return true
		}
	}
	return false
}

// legislature reads a story about one state's lawmakers: "Sylvanian lawmakers
// welcomed the deal. ... Representative NAME said": a legislator
// with no state named sits for the state whose lawmakers the story names.
func (x *relater) legislature(f titleFact) *Entity {
	words := strings.Fields(strings.ToLower(f.title))
	if len(words) == 0 || !legislatorTitles[words[len(words)-1]] {
		return nil
	}
	var found *Entity
	for _, m := range x.d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Country || !lawmakerNouns[x.tok(m.End).Lower] {
			continue
		}
		if found != nil && found != m.Ent {
			return nil // lawmakers of two states: no guess
		}
		found = m.Ent
	}
	return found
}

var nonStateTitleWords = mustWordSet("non_state_title_words")

// nonStateTitle reports whether title is held in a body that fights or
// stands outside a state: "rebel commander", "insurgent leader".
func nonStateTitle(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if nonStateTitleWords[w] {
			return true
		}
	}
	return false
}
