package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Precision guards found by reading news the rules were not written on:
// each says when a reading the relation lexicon would make is not there.

var clauseOpeners = mustWordSet("clause_openers")

// frontedClauseSubject reports whether the verb at start has its subject
// after the comma that closes a fronted subordinate clause, and that
// subject is no actor: in "if X agrees with the government, the holder
// can appeal to Y" X does not appeal.
func (x *relater) frontedClauseSubject(start int, s Sentence) bool {
	for j := start - 1; j > s.Start; j-- {
		if x.mentionIdx(j) >= 0 || clauseStops[x.tok(j).Text] {
			return false
		}
		if x.tok(j).Text == "," {
			// "..., urged": an apposition or a list, read elsewhere
			return j < start-1 && x.closesFrontedClause(j)
		}
	}
	return false
}

// closesFrontedClause reports whether the comma at j is the first of its
// sentence and closes a clause opened by a subordinator at the sentence
// start: "When X attacked, Y urged ...", so neither side's actor is an
// argument of the other side's verb.
func (x *relater) closesFrontedClause(j int) bool {
	if j >= len(x.d.sentOf) {
		return false
	}
	s := x.d.Sentences[x.d.sentOf[j]]
	o := s.Start
	if x.isWord(o, "and", "but", "so") {
		o++
	}
	if !clauseOpeners[x.tok(o).Lower] || j <= o {
		return false
	}
	for k := o + 1; k < j; k++ {
		if x.tok(k).Text == "," {
			return false
		}
	}
	return true
}

// nameAsModifier reports whether the base-form verb at i follows a
// single state's name that opens the sentence: "US support crucial NAME,
// speaking Sunday, ..." is a crosshead glued to its paragraph, since a
// state as subject takes the -s form.
func (x *relater) nameAsModifier(i int) bool {
	k := x.mentionIdx(i - 1)
	if k < 0 {
		return false
	}
	m := x.d.Mentions[k]
	if w := x.tok(i).Lower; beVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false // "NAME is in X", "NAME hosted": forms the lexicon lists as they are
	}
	if m.Ent == nil || m.Possessive || m.Kind != mName || m.Head != "" ||
		m.Ent.Label != schema.Country {
		return false
	}
	return x.d.Sentences[x.d.sentOf[i]].Start == m.Start
}

// titleRunStart returns where the title before the person's name in
// sentence si begins: the words of the title and lower-case modifiers
// ("public affairs chief", "CEO") right before the name, at most six.
func (x *relater) titleRunStart(p *Entity, si int, title string) (int, bool) {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		words[w] = true
	}
	for k := range x.d.mentionsIn(si, si+1, true) {
		m := x.d.Mentions[k]
		if m.Ent != p || m.Sent != si || m.Kind != mName {
			continue
		}
		j := m.Start - 1
		for j >= 0 && j >= m.Start-6 && x.tok(j).Kind == tokWord && x.tok(j).Lower != "'s" && x.tok(j-1).Text != "-" &&
			(words[x.tok(j).Lower] || !x.tok(j).Cap) && x.mentionIdx(j) < 0 {
			j--
		}
		return j + 1, j+1 < m.Start || words[x.tok(m.Start).Lower] // the mention may hold its title
	}
	return 0, false
}

// employerOutsideText reports whether the title before the person's name
// is held at an institution the text names but no lexicon knows:
// "NAME's CEO Mira Okafor" is no official of the story's country.
func (x *relater) employerOutsideText(f titleFact) bool {
	if w := strings.Fields(f.title); len(w) == 2 && firmHeads[strings.ToLower(w[1])] && !portfolioWords[strings.ToLower(w[0])] &&
		!titleHeads[strings.ToLower(w[0])] && !localTitle(f.title) && !adjectival(w[0]) && x.unknownWordIn(f, w[0]) {
		return true // "Acme spokesman NAME": a firm's officer
	}
	if w := strings.Fields(f.title); len(w) >= 2 && acronym(w[0]) && !acronym(w[1]) && x.unknownWordIn(f, w[0]) {
		return true // "ARF commander NAME": a body no lexicon knows
	}
	t, ok := x.titleRunStart(f.person, f.sent, f.title)
	if !ok || !x.isWord(t-1, "'s") {
		return false
	}
	o := x.tok(t - 2)
	if o.Kind != tokWord || !o.Cap || x.mentionIdx(t-2) >= 0 || x.tok(t-3).Text == "-" || titleHeads[o.Lower] {
		return false // "the Secretary-General's envoy": a title, not an institution
	}
	_, title := x.r.titleAt(t-2, t-1)
	return title == ""
}

var appointVerbs = mustWordSet("appoint_verbs")

// appointer reads "United Nations-appointed rapporteur NAME": the body
// that appointed the person to the title is whose official they are.
func (x *relater) appointer(f titleFact) *Entity {
	t, ok := x.titleRunStart(f.person, f.sent, f.title)
	if !ok || !appointVerbs[x.tok(t-1).Lower] || !x.isWord(t-2, "-") {
		return nil
	}
	if k := x.mentionIdx(t - 3); k >= 0 {
		if e := x.d.Mentions[k].Ent; e != nil && (e.Label == schema.Organisation || e.Label == schema.Country) {
			return e
		}
	}
	return nil
}

// placeOfTitle reads "Ardan prosecutor NAME", "Ardan County Commissioner
// NAME": a town or region opening the title names the office's place, so
// the person is an official of that place's state.
func (x *relater) placeOfTitle(f titleFact) *Entity {
	words := strings.Fields(f.title)
	if len(words) < 2 {
		return nil
	}
	for k := range x.d.mentionsIn(f.sent, f.sent+1, true) {
		m := x.d.Mentions[k]
		if m.Ent != f.person || m.Sent != f.sent || m.Kind != mName || x.tok(m.Start).Text != words[0] {
			continue
		}
		start := m.Start
		if compassWords[x.tok(start).Lower] && len(words) > 2 {
			start++ // "Central Ardan Governor NAME": the place is Ardan
		}
		sp, ok := x.r.lookup(start, m.End, kindIs(eCity, eRegion))
		if !ok {
			return x.placeNamedIn(words[start-m.Start : len(words)-1])
		}
		if sp.start != start || sp.end-m.Start >= len(words) {
			return nil
		}
		iso3 := x.lex.places[sp.entries[0].idx].ISO3
		if iso3 == "" {
			return nil
		}
		return x.d.byID[schema.CountryID(iso3)]
	}
	return nil
}

// placeNamedIn returns the state of the town or region of the document
// whose name is words ("Central Java Governor NAME", where the text named
// "Java province" before), or nil.
func (x *relater) placeNamedIn(words []string) *Entity {
	name := strings.Join(words, " ")
	for _, e := range x.d.Entities {
		if (e.Label == schema.Region || e.Label == schema.City) && e.Name == name && e.ISO3 != "" {
			return x.d.byID[schema.CountryID(e.ISO3)]
		}
	}
	return nil
}

var firmHeads = mustWordSet("firm_heads")

// unknownWordIn reports whether word w opens a mention of f's person in
// its sentence and no lexicon knows it: not a country, an adjective, a
// capital, an organisation or a place.
func (x *relater) unknownWordIn(f titleFact, w string) bool {
	for _, m := range x.d.Mentions {
		if m.Ent != f.person || m.Sent != f.sent || m.Kind != mName || x.tok(m.Start).Text != w || !x.tok(m.Start).Cap {
			continue
		}
		_, known := x.r.lookup(m.Start, m.End, func(entry) bool { return true })
		return !known
	}
	return false
}

// acronym reports whether w is an upper-case abbreviation: "ARF".
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// adjectival reports whether a capitalised word is an adjective by its
// ending ("Provincial", "Presidential", "Executive"), not a firm's name.
func adjectival(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"al", "ive", "ary", "ian", "ic", "ial"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
