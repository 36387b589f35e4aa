package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// structural adds the facts about the world: OFFICIAL_OF from titles,
// LOCATED_IN from places, PART_OF and BASED_IN from the gazetteer and from
// "X-based", MEMBER_OF from vetoes. An edge is made only when both ends are
// named in the article.
func (x *relater) structural() {
	d := x.d
	x.rolesNamedNext()
	x.rolesSpokenNext()
	x.copulaOffices()
	x.ledOffices()
	x.officials()
	x.possessedPeople()
	x.gazetteerFacts()
	x.placesInPlaces()
	x.hyphenBased()
	x.members()
	// "Houthi rebels in Yemen": an armed group or NGO and the country it is in
	for _, m := range d.Mentions {
		if m.Ent == nil || m.Ent.Label != schema.Organisation || (m.Ent.Kind != "armed_group" && m.Ent.Kind != "ngo") {
			continue
		}
		if m.Head == "" && m.Kind == mName && x.isWord(m.End, "in", "from") {
			if k := x.mentionIdx(m.End + 1); k >= 0 && d.Mentions[k].Ent != nil && d.Mentions[k].Ent.Label == schema.Country && !x.isWord(d.Mentions[k].End, "'s") {
				x.addFact(schema.BasedIn, m.Ent, d.Mentions[k].Ent, m.Sent, "based-in/org-in-country", "")
			}
		}
	}
	x.knownSeats()
	x.stateNamedSeats()
	x.saidSeats()
	for _, st := range x.orgSeats() {
		x.addFact(schema.BasedIn, st.org, st.place, st.sent, st.rule, "")
	}
	// a veto is cast by a member of the Council
	for _, r := range d.Relations {
		if r.Type == schema.Vetoed {
			if f := x.forum(); f != nil && r.From.Label == schema.Country {
				x.addFact(schema.MemberOf, r.From, f, r.Sent, "member-of/veto", "")
			}
		}
	}
}

// addFact adds a structural relation of type typ from from to to, read in
// sentence sent by rule (title for OFFICIAL_OF), when both ends differ and
// to is named in the article or known.
func (x *relater) addFact(typ schema.RelType, from, to *Entity, sent int, rule, title string) {
	if from == nil || to == nil || from == to || to.Count == 0 && !to.known {
		return
	}
	x.d.Relations = append(x.d.Relations, Relation{Type: typ, From: from, To: to, Sent: sent, Rule: rule, Title: title, Confidence: 0.9})
}

// officials adds OFFICIAL_OF for every title a person holds, attached to
// the state or body it is of, and for the successors of those offices.
func (x *relater) officials() {
	d := x.d
	held := map[*Entity]titleFact{} // the first office found for each person
	dateline := x.datelineCountry()
	explicit := map[*Entity]bool{}
	for _, f := range x.r.titles {
		if f.of != nil && !f.second {
			explicit[f.person] = true
		}
	}
	firstSent := map[*Entity]int{}
	for _, m := range d.Mentions {
		if _, ok := firstSent[m.Ent]; !ok && m.Ent != nil {
			firstSent[m.Ent] = m.Sent
		}
	}
	for _, f := range x.r.titles {
		if f.sent < 0 {
			f.sent = firstSent[f.person]
		}
		of := x.attach(f, dateline, explicit)
		if of == nil || of.Count == 0 {
			continue
		}
		title := f.title
		if of.Label == schema.Country && f.of != nil {
			title = strings.TrimSpace(title)
		}
		x.addFact(schema.OfficialOf, f.person, of, f.sent, "official-of/title", title)
		if _, ok := held[f.person]; !ok && !f.told {
			held[f.person] = titleFact{title: title, of: of}
		}
	}
	for _, sc := range x.successors(held) {
		x.addFact(schema.OfficialOf, sc.person, sc.of, sc.sent, "official-of/successor", sc.title)
	}
}

// gazetteerFacts adds LOCATED_IN for the places named in the text (not only
// in a dateline) and PART_OF / MEMBER_OF for organisations, from the
// gazetteer.
func (x *relater) gazetteerFacts() {
	d := x.d
	first := map[*Entity]int{}
	inText := map[*Entity]bool{} // named outside a dateline
	for _, m := range d.Mentions {
		if m.Ent != nil && m.Rule != "city/dateline" {
			inText[m.Ent] = true
		}
		if m.Ent != nil {
			if _, ok := first[m.Ent]; !ok {
				first[m.Ent] = m.Sent
			}
		}
	}
	countryOf := func(iso3 string) *Entity {
		if iso3 == "" {
			return nil
		}
		return d.byID[schema.CountryID(iso3)]
	}
	for _, e := range d.Entities {
		if e.Count == 0 {
			continue
		}
		s := first[e]
		switch e.Label {
		case schema.City, schema.Region:
			if !inText[e] {
				continue // "WASHINGTON, Sept. 2": where the story was filed, not a place of it
			}
			if e.Within != nil && e.Within.Count > 0 {
				x.addFact(schema.LocatedIn, e, e.Within, s, "located-in/context", "")
			} else if c := countryOf(e.ISO3); c != nil && c.Count > 0 {
				x.addFact(schema.LocatedIn, e, c, s, "located-in/gazetteer", "")
			}
		case schema.Organisation:
			if e.Parent != "" {
				if idx, ok := x.lex.orgByName[e.Parent]; ok {
					if p := d.byID[schema.OrgID(x.lex.orgs[idx].Name)]; p != nil && p.Count > 0 {
						if e.Kind == "armed_group" {
							x.addFact(schema.MemberOf, e, p, s, "member-of/affiliate", "") // a franchise of a jihadist movement
						} else {
							x.addFact(schema.PartOf, e, p, s, "part-of/gazetteer", "")
						}
					}
				}
			}
			if c := countryOf(e.ISO3); c != nil && c.Count > 0 && (e.Kind == "government" || e.Kind == "military") {
				x.addFact(schema.PartOf, e, c, s, "part-of/country", "")
			}
		}
	}
}

// hyphenBased adds BASED_IN for "a Britain-based organisation": the
// organisation named after it, or before it in an apposition.
func (x *relater) hyphenBased() {
	d := x.d
	// "a Britain-based organisation": the organisation named before it
	for si, s := range d.Sentences {
		for j := s.Start + 2; j < s.End; j++ {
			if !x.isWord(j, "based") || !x.isWord(j-1, "-") {
				continue
			}
			k := x.mentionIdx(j - 2)
			if k < 0 {
				continue
			}
			place := d.Mentions[k].Ent
			a := j + 1
			for a < s.End && a < j+4 && x.tok(a).Kind == tokWord && !x.tok(a).Cap {
				a++ // "the Lima-based rights group Harbor Watch"
			}
			if a := x.mentionIdx(a); a >= 0 && d.Mentions[a].Ent.Label == schema.Organisation {
				x.addFact(schema.BasedIn, d.Mentions[a].Ent, place, si, "based-in/hyphen", "") // "the Lima-based Harbor Center"
				continue
			}
			for b := k - 1; b >= 0 && d.Mentions[b].Sent == si; b-- {
				if o := d.Mentions[b].Ent; o != nil && o.Label == schema.Organisation {
					if x.appositionTo(d.Mentions[b].End, d.Mentions[k].Start) {
						x.addFact(schema.BasedIn, o, place, si, "based-in/hyphen", "")
					}
					break
				}
			}
		}
	}
}

// localTitle reports whether a title is a local office whose holder, when
// the text names no country, belongs to the article's own country.
func localTitle(title string) bool {
	return titleHas(title, "official", "governor", "mayor", "police", "commander", "elder", "district", "provincial", "regional", "local")
}

// speaksAfter reports whether the person is the speaker of a trailing
// attribution in sentence si ("..., President Emmanuel Macron said"), where
// places before the name say nothing of whose official he is.
func (x *relater) speaksAfter(p *Entity, si int) bool {
	s := x.d.Sentences[si]
	for _, m := range x.d.Mentions {
		if m.Ent == p && m.Sent == si && reportVerbs[x.tok(m.End).Lower] && x.tok(m.Start-1).Text == "," {
			return true
		}
	}
	_ = s
	return false
}

// nearbyCountry returns the country of the country or place named just
// before token i in its sentence ("In Chile, Okafor meets in Santiago with
// President Tomas Feld"), with no other person in between.
func (x *relater) nearbyCountry(i, si int, self *Entity) (*Entity, bool) {
	s := x.d.Sentences[si]
	for j := i - 1; j >= s.Start && j >= i-10; j-- {
		if x.tok(j).Text == "\"" {
			return nil, false // a quotation says nothing of where its speaker is from
		}
		k := x.mentionIdx(j)
		if k < 0 {
			continue
		}
		m := x.d.Mentions[k]
		if m.Ent == self || m.Ent.Label == schema.Person && x.isWord(m.End, "and") {
			j = m.Start // the person titled, or one coordinated with them
			continue
		}
		switch m.Ent.Label {
		case schema.Person:
			return nil, false
		case schema.Country:
			if m.Kind == mDemonym {
				if !x.capsBetween(m.End, i) {
					j = m.Start
					continue // "Russian aggression": a country adjective of another noun
				}
				return m.Ent, true // "Chinese Commerce Minister"
			}
			if !m.Place {
				return nil, false // "Ankara will look to President Trump": an actor, not where he is
			}
			return m.Ent, true
		case schema.City, schema.Region:
			return x.d.byID[schema.CountryID(m.Ent.ISO3)], true
		}
		j = m.Start
	}
	return nil, false
}

// capsBetween reports whether tokens [i, j) can be the rest of a title
// before a name: capitalised words, hyphens, portfolios and offices
// ("foreign ministry spokesperson").
func (x *relater) capsBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if t := x.tok(k); !(t.Cap || t.Text == "-" || portfolioWords[t.Lower] || titleHeads[t.Lower]) {
			return false
		}
	}
	return true
}

// datelineCountry returns the country of a dateline ("WASHINGTON, Sept. 2").
func (x *relater) datelineCountry() *Entity {
	for _, m := range x.d.Mentions {
		if m.Ent != nil && m.Rule == "city/dateline" {
			return x.d.byID[schema.CountryID(m.Ent.ISO3)]
		}
	}
	return nil
}

var beForms = mustWordSet("be_forms")

var blameWords = mustWordSet("blame_words")

// responsibility finds "X said Y was responsible for ...": Y accused by X.
func (x *relater) responsibility() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !blameWords[x.tok(j).Lower] && !(x.isWord(j, "behind") && x.deedWithin(j+1, 4)) || !beForms[x.tok(j-1).Lower] {
				continue
			}
			targets, tStart := x.subjects(j-1, s.Start, false)
			if len(targets) == 0 {
				continue
			}
			// the speaker: subject of the nearest speech verb before the targets
			for k := tStart - 1; k >= s.Start; k-- {
				if !speechVerbs[x.tok(k).Lower] {
					continue
				}
				speakers, _ := x.subjects(k, s.Start, false)
				if len(speakers) == 0 {
					break
				}
				ev := event{rule: responsibleRule, start: j, end: j + 1, sent: si, agents: speakers, targets: targets}
				x.dateAsserted(&ev)
				x.keep(ev)
				break
			}
		}
	}
}

var responsibleRule = &Rule{ID: "accused/said-responsible", Type: schema.Accused, Speech: true}

var dismissive = mustWordSet("dismissive")

var describeVerbs = mustWordSet("describe_verbs")

// dismissals finds "X said the casualty figures were inflated" and "X calls Y
// flawed": X rejects the claim of Y, the actor named as the object, or
// else the last other speaker before the sentence.
func (x *relater) dismissals() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !dismissive[x.tok(j).Lower] {
				continue
			}
			// the verb that carries the judgment, before it in the sentence
			verb := -1
			for k := j - 1; k >= s.Start; k-- {
				if speechVerbs[x.tok(k).Lower] || describeVerbs[x.tok(k).Lower] || x.isWord(k, "dismissed", "dismisses") {
					verb = k
					break
				}
			}
			if verb < 0 {
				break
			}
			speakers, _ := x.subjects(verb, s.Start, false)
			if len(speakers) == 0 {
				speakers = x.mainSubject(s, verb) // "Al-Shabab confirmed the attack but said ..."
			}
			if len(speakers) == 0 {
				break
			}
			var target *Entity
			if describeVerbs[x.tok(verb).Lower] {
				if k := x.mentionIdx(verb + 1); k >= 0 {
					target = x.d.Mentions[k].Ent
				}
			}
			if target == nil {
				target = x.lastSpeaker(si, speakers[0])
			}
			if target == nil || target == speakers[0] {
				break
			}
			ev := event{rule: dismissRule, start: j, end: j + 1, sent: si, agents: speakers[:1], targets: []*Entity{target}}
			x.dateAsserted(&ev)
			x.keep(ev)
			break
		}
	}
}

// lastSpeaker returns the actor who last made a statement in the three
// sentences before si, other than self.
func (x *relater) lastSpeaker(si int, self *Entity) *Entity {
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		s := x.d.Sentences[p]
		for k := s.End - 1; k >= s.Start; k-- {
			if !reportVerbs[x.tok(k).Lower] {
				continue
			}
			if subj, _ := x.subjects(k, s.Start, false); len(subj) > 0 && subj[0] != self {
				return subj[0]
			}
		}
	}
	return nil
}

var dismissRule = &Rule{ID: "rejected/dismissed-claim", Type: schema.Rejected, Speech: true}
