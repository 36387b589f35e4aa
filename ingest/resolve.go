package ingest

import (
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// countCountries counts the country names and adjectives of the whole
// article, to choose among same-named places and to find its main country.
func (r *recognizer) countCountries() {
	r.countryHits = map[string]int{}
	for i := 0; i < len(r.toks); i++ {
		if !r.toks[i].Cap {
			continue
		}
		sp, ok := r.lookup(i, len(r.toks), kindIs(eCountry, eDemonym, eCapital))
		if !ok {
			continue
		}
		iso3 := r.lex.countries[sp.entries[0].idx].ISO3
		r.countryHits[iso3]++
		i = sp.end - 1
	}
	best := 0
	for iso3, n := range r.countryHits {
		if n > best || n == best && iso3 < r.home {
			best, r.home = n, iso3
		}
	}
}

// dominantHome reports whether the article's main country is named at
// least three times and twice as often as any other.
func (r *recognizer) dominantHome() bool {
	n := r.countryHits[r.home]
	if n < 3 {
		return false
	}
	for iso3, m := range r.countryHits {
		if iso3 != r.home && 2*m > n {
			return false
		}
	}
	return true
}

// indexSurnames lets later mentions name a person by surname or full name.
func (r *recognizer) indexSurnames() {
	r.surnames = map[string]*Entity{}
	ambiguous := map[string]bool{}
	for _, e := range r.d.Entities {
		if e.Label != schema.Person {
			continue
		}
		names := []string{e.Name}
		for a := range e.Aliases {
			names = append(names, a)
		}
		for _, n := range names {
			r.surnames[fold(n)] = e
			words := strings.Fields(n)
			if len(words) < 2 {
				continue
			}
			last := words[len(words)-1]
			keys := []string{fold(last)}
			if i := strings.LastIndex(last, "-"); i > 0 {
				// "al-Assad" is also "Assad"
				keys = append(keys, fold(last[i+1:]))
			}
			if len(words) >= 3 && nameParticles[strings.ToLower(words[len(words)-2])] {
				keys = append(keys, fold(strings.Join(words[len(words)-2:], " ")))
			}
			for _, k := range keys {
				if have, ok := r.surnames[k]; ok && have != e {
					// a surname shared with relatives named as such is the principal's
					if r.relatives[e] {
						continue
					}
					if !r.relatives[have] {
						ambiguous[k] = true
					}
				}
				r.surnames[k] = e
			}
		}
	}
	for k := range ambiguous {
		delete(r.surnames, k)
	}
}

// references is the third pass: pronouns, counterparts, definite
// descriptions, generic group nouns and unnamed officials.
func (r *recognizer) references() {
	r.d.sortMentions()
	var extra []Mention
	for si, s := range r.d.Sentences {
		for i := s.Start; i < s.End; i++ {
			i = r.referenceAt(i, si, s, &extra)
		}
	}
	r.d.Mentions = append(r.d.Mentions, extra...)
	// unnamed officials without an affiliation act as the country of their context
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == nil && m.Kind == mUnnamed {
			if p := r.stateTitleHolder(m); p != nil {
				m.Ent, m.Kind, m.Rule = p, mDescriptor, "coref/state-title"
				continue
			}
			m.Ent = r.contextCountry(m.Start, m.Sent)
		}
	}
	r.d.sortMentions()
	r.polities()
	r.documentAuthors()
	r.quoteSpeakers()
	r.sentencePronouns()
}

// referenceAt reads the reference starting at token i of sentence si (s),
// if any, into extra and returns the last token it covers.
func (r *recognizer) referenceAt(i, si int, s Sentence, extra *[]Mention) int {
	if j, ok := r.pronounAt(i, si, extra); ok {
		return j
	}
	return r.descriptiveRefAt(i, si, s, extra)
}

var thirdPersonPronouns = mustWordSet("third_person_pronouns")

// pronounAt reads a pronoun at token i of sentence si into extra: "he",
// "his Russian counterpart", "its forces", "it" after a speech verb. It
// returns the last token it covers, and false when token i is no pronoun
// (nor a token taken by another mention).
func (r *recognizer) pronounAt(i, si int, extra *[]Mention) (int, bool) {
	t := r.tok(i)
	switch {
	case r.isTaken(i) && !(t.Lower == "his" || t.Lower == "her"):
		return i, true
	case thirdPersonPronouns[t.Lower]:
		// his Russian counterpart
		if (t.Lower == "his" || t.Lower == "her") && r.isCounterpart(i+1) {
			end, p := r.counterpart(i, si)
			if p != nil {
				*extra = append(*extra, Mention{Start: i, End: end, Sent: si, Ent: p, Kind: mPronoun, Rule: "coref/counterpart"})
				for k := i; k < end; k++ {
					r.taken[k] = true
				}
				i = end - 1
				return i, true
			}
		}
		if r.isTaken(i) {
			return i, true
		}
		if p := r.agreeingAntecedent(i, r.pronounAntecedent(i)); p != nil {
			if st := r.troopsOf(i, p); st != nil {
				*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: st, Kind: mPronoun, Head: r.tok(i + 1).Lower, Rule: "coref/his-forces"})
				return i + 1, true
			}
			*extra = append(*extra, Mention{Start: i, End: i + 1, Sent: si, Ent: p, Kind: mPronoun, Possessive: t.Lower == "his" || t.Lower == "her", Rule: "coref/pronoun"})
		}
	case (t.Lower == "its" || t.Lower == "their") && genericHeads[r.tok(i+1).Lower] && !r.isTaken(i+1):
		if a := r.lastActor(i, si); a != nil {
			*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: a, Kind: mPronoun, Head: r.tok(i + 1).Lower, Rule: "coref/its-forces"})
			i++
		}
	case (t.Lower == "it" || t.Lower == "they") && r.triggerFollows(i) && r.speechBefore(i) >= 0:
		// "the Sylvanian army said it shot down two drones", "the ministry
		// told reporters on Friday that it would halt aid": the speaker
		if a := r.lastActor(i, si); a != nil && r.lastActorEnds(r.speechBefore(i)) {
			*extra = append(*extra, Mention{Start: i, End: i + 1, Sent: si, Ent: a, Kind: mPronoun, Rule: "coref/it"})
		}
	default:
		return i, false
	}
	return i, true
}

var settlementNouns = mustWordSet("settlement_nouns")

var politicalOppositionHeads = mustWordSet("political_opposition_heads")

var armedOppositionHeads = mustWordSet("armed_opposition_heads")

var securityOwners = mustWordSet("security_owners")

// descriptiveRefAt reads a description at token i of sentence si (s) into
// extra: group nouns, "the opposition", "government forces", "the
// village", a bare body head, "the organisation". It returns the last token
// it covers.
func (r *recognizer) descriptiveRefAt(i, si int, s Sentence, extra *[]Mention) int {
	t := r.tok(i)
	switch {
	case groupNouns[t.Lower]:
		if !strings.HasSuffix(t.Lower, "s") && claimNouns[r.tok(i+1).Lower] {
			return i // "the terrorist strikes": a kind of deed, not the group last named
		}
		g := r.groupOf(i)
		if g == nil {
			g = r.lastGroup(i, s.End)
		}
		if g != nil {
			m := Mention{Start: i, End: i + 1, Sent: si, Ent: g, Kind: mDescriptor, Rule: "coref/group-noun"}
			if r.isWord(i+1, "group", "movement", "organization", "organisation", "outfit") && !r.isTaken(i+1) && !strings.HasSuffix(t.Lower, "s") {
				m.End++ // "the separatist group accuses": the whole description is the subject
				i++
			}
			*extra = append(*extra, m)
		}
	case t.Lower == "opposition" || t.Lower == "rebels":
		if t.Lower == "opposition" && !(armedOppositionHeads[r.tok(i+1).Lower] || r.isWord(i-1, "the") && !politicalOppositionHeads[r.tok(i+1).Lower] && r.tok(i+1).Text != "-") {
			return i
		}
		if o := r.docOpposition(); o != nil {
			m := Mention{Start: i, End: i + 1, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/opposition"}
			if armedOppositionHeads[r.tok(i+1).Lower] {
				m.End++
				m.Head = r.tok(i + 1).Lower
			}
			*extra = append(*extra, m)
			i = m.End - 1
		}
	case (t.Lower == "government" || t.Lower == "security" && !r.isTaken(i-1) && !securityOwners[r.tok(i-1).Lower]) && r.isWord(i+1, "forces", "troops", "soldiers") || t.Lower == "soldiers" && !r.isTaken(i):
		if r.home != "" {
			if idx, ok := r.lex.byISO3[r.home]; ok {
				c := r.countryEntity(idx)
				end := i + 1
				if t.Lower == "government" || t.Lower == "security" {
					end++
				}
				*extra = append(*extra, Mention{Start: i, End: end, Sent: si, Ent: c, Kind: mDescriptor, Head: r.tok(end - 1).Lower, Rule: "coref/government-forces"})
				i = end - 1
			}
		}
	case t.Lower == "the" && (roleAnaphors[r.tok(i+1).Lower] || stateAnaphors[r.tok(i+1).Lower]):
		i = r.roleAnaphor(i, si, extra)
	case t.Lower == "the" && settlementNouns[r.tok(i+1).Lower] && !r.isWord(i+2, "of") && !r.isTaken(i+1):
		if p := r.lastPlaceNoun(i, r.tok(i+1).Lower); p != nil {
			*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: p, Kind: mDescriptor, Place: true, Rule: "coref/place-noun"})
			i++
		}
	case t.Cap && orgHeads[t.Lower] && !r.isTaken(i) && (s.Headline || !r.isCapWord(i+1) && !r.tok(i-1).Cap):
		// a bare "Mission" or "Council" in a headline: the one such body named
		if o := r.uniqueOrgWithHead(t.Lower); o != nil {
			*extra = append(*extra, Mention{Start: i, End: i + 1, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/org-head"})
		}
	case t.Lower == "the" && (bodyAdjectives[r.tok(i+1).Lower] || r.isWord(i+1, "government") || r.isTaken(i+1) || r.isWord(i+2, "of") && stateBodyNouns[r.tok(i+1).Lower]):
		if o, end := r.administrationRefAt(i); o != nil {
			*extra = append(*extra, Mention{Start: i, End: end, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/administration"})
			i = end - 1
		} else if o := r.governmentRefAt(i, si); o != nil {
			*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/government"})
			i++
		} else if o, end := r.regionalBodyAt(i); o != nil {
			*extra = append(*extra, Mention{Start: i, End: end, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/regional-body"})
			i = end - 1
		}
	case t.Lower == "the" && (bodyNouns[r.tok(i+1).Text] || kindNouns[r.tok(i+1).Text] != ""):
		if o := r.kindRefAt(i); o != nil {
			*extra = append(*extra, Mention{Start: i, End: i + 2, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/kind"})
			i++
		}
	case (t.Lower == "the" || t.Lower == "a" || t.Lower == "this") && !r.isTaken(i+1):
		if end, o := r.orgDescription(i+1, s.End); o != nil {
			*extra = append(*extra, Mention{Start: i, End: end, Sent: si, Ent: o, Kind: mDescriptor, Rule: "coref/org-head"})
			i = end - 1
		}
	}
	return i
}

func (r *recognizer) isCounterpart(i int) bool {
	for j := i; j < i+4; j++ {
		if r.isWord(j, "counterpart", "counterparts") {
			return true
		}
	}
	return false
}

// counterpart resolves "his Russian counterpart" to the one official of
// Russia the article names, preferring the same kind of office.
func (r *recognizer) counterpart(i, si int) (int, *Entity) {
	var country *Entity
	end := i + 1
	for ; end < i+5; end++ {
		if r.isWord(end, "counterpart", "counterparts") {
			end++
			break
		}
		for k := range r.d.mentionsIn(end, end+1, false) {
			if m := r.d.Mentions[k]; m.Start == end && m.Ent != nil && m.Ent.Label == schema.Country {
				country = m.Ent
			}
		}
	}
	if country == nil {
		return end, nil
	}
	var cands []*Entity
	for _, f := range r.titles {
		if f.of == country && !containsEnt(cands, f.person) {
			cands = append(cands, f.person)
		}
	}
	if len(cands) == 0 {
		if r.isWord(end-1, "counterpart") {
			return end, country // "her Peruvian counterpart", never named: the state acts
		}
		return end, nil // "his Peruvian counterparts": peers of any trade
	}
	if len(cands) == 1 {
		return end, cands[0]
	}
	for _, c := range cands {
		for _, f := range r.titles {
			if f.person == c && strings.Contains(strings.ToLower(f.title), "foreign") {
				return end, c
			}
		}
	}
	return end, nil
}

func containsEnt(list []*Entity, e *Entity) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// triggerFollows reports whether a relation trigger follows token i within
// three words, with only auxiliaries and adverbs between: "it had killed".
func (r *recognizer) triggerFollows(i int) bool {
	for j := i + 1; j <= i+3 && j < len(r.toks); j++ {
		t := r.tok(j)
		if r.rules.byFirst[t.Lower] != nil {
			return true
		}
		if !(beVerbs[t.Lower] || t.Lower == "has" || t.Lower == "had" || t.Lower == "have" || t.Lower == "will" || t.Lower == "would" || t.Lower == "also" || strings.HasSuffix(t.Lower, "ly")) {
			return false
		}
	}
	return false
}

// speechBefore returns the speech verb whose complement opens with the
// pronoun at i ("said it", "announced last week that it"), or -1.
func (r *recognizer) speechBefore(i int) int {
	v := i - 1
	if r.isWord(v, "that") {
		v--
	}
	for k := 0; k < 3 && (timeWords[r.tok(v).Lower] || r.isWord(v, "on") || weekdayWord(r.tok(v).Lower)); k++ {
		v--
	}
	if v < 0 || !speechVerbs[r.tok(v).Lower] {
		return -1
	}
	return v
}

func weekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// orgDescription resolves "the Mission", "a human rights fact-finding
// mission", "the 15-member Council" to an organisation of the article whose
// name ends in that head noun.
func (r *recognizer) orgDescription(i, limit int) (int, *Entity) {
	j := i
	var words []string
	for j < limit && j-i < 6 {
		t := r.tok(j)
		if r.isTaken(j) || t.Kind == tokPunct && t.Text != "-" {
			break
		}
		if t.Kind == tokWord {
			words = append(words, t.Lower)
		}
		j++
		if orgHeads[t.Lower] && !orgTopicPreps[r.tok(j).Lower] && !orgHeads[r.tok(j).Lower] {
			break
		}
	}
	if len(words) == 0 || !orgHeads[words[len(words)-1]] {
		return i, nil
	}
	head := words[len(words)-1]
	if !r.tok(j-1).Cap && len(words) < 2 {
		return i, nil
	}
	var found *Entity
	for _, e := range r.d.Entities {
		if e.Label != schema.Organisation {
			continue
		}
		names := append([]string{e.Name}, keysOf(e.Aliases)...)
		for _, n := range names {
			nw := strings.Fields(strings.ToLower(strings.ReplaceAll(n, "-", " ")))
			if !slices.Contains(nw, head) {
				continue
			}
			ok := true
			for _, w := range words[:len(words)-1] {
				for _, part := range strings.Split(w, "-") {
					if part != "" && !slices.Contains(nw, part) && !(strings.ContainsAny(part, "0123456789") || part == "member") {
						ok = false
					}
				}
			}
			if ok && r.mentioned(e) {
				if found != nil && found != e {
					return i, nil
				}
				found = e
			}
		}
	}
	if found == nil {
		return i, nil
	}
	return j, found
}

func (r *recognizer) mentioned(e *Entity) bool { return r.seen[e] }

// uniqueOrgWithHead returns the one organisation of the article whose name
// ends in head ("Mission"), or nil when there are none or several.
func (r *recognizer) uniqueOrgWithHead(head string) *Entity {
	var found *Entity
	for _, e := range r.d.Entities {
		if e.Label != schema.Organisation || !r.seen[e] {
			continue
		}
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(e.Name, "-", " ")))
		if !slices.Contains(words, head) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// contextCountry returns the country a sentence is about: the nearest
// country or place named before i in it, else in the sentence before, else
// the article's main country.
func (r *recognizer) contextCountry(i, si int) *Entity {
	for s := si; s >= 0 && s >= si-1; s-- {
		var best *Entity
		for k := range r.d.mentionsIn(s, s+1, true) {
			m := r.d.Mentions[k]
			if m.Sent != s || m.Ent == nil || (s == si && m.Start >= i) {
				continue
			}
			switch m.Ent.Label {
			case schema.Country:
				best = m.Ent
			case schema.City, schema.Region:
				if idx, ok := r.lex.byISO3[m.Ent.ISO3]; ok {
					best = r.countryEntity(idx)
				}
			}
		}
		if best != nil {
			return best
		}
	}
	if idx, ok := r.lex.byISO3[r.home]; ok {
		return r.countryEntity(idx)
	}
	return nil
}

// mergePeople folds a person known only by a surname ("Mr. Guterres") into
// the full-named person with that surname, when there is exactly one.
func (r *recognizer) mergePeople() {
	into := map[*Entity]*Entity{}
	for _, short := range r.d.Entities {
		if short.Label != schema.Person || strings.Contains(strings.TrimSpace(short.Name), " ") {
			continue
		}
		var match *Entity
		for _, full := range r.d.Entities {
			if full == short || full.Label != schema.Person || !strings.Contains(full.Name, " ") || r.relatives[full] {
				continue
			}
			words := strings.Fields(full.Name)
			last := words[len(words)-1]
			if i := strings.LastIndex(last, "-"); i > 0 {
				last = last[i+1:]
			}
			if fold(last) == fold(short.Name) || fold(words[len(words)-1]) == fold(short.Name) {
				if match != nil && match != full {
					match = nil
					break
				}
				match = full
			}
		}
		if match == nil {
			match = r.familyNameFirst(short)
		}
		if match != nil {
			into[short] = match
			match.Aliases[short.Name] = true
			if r.seen[short] {
				r.seen[match] = true
			}
			match.Official = match.Official || short.Official
		}
	}
	if len(into) == 0 {
		return
	}
	for k := range r.d.Mentions {
		if to, ok := into[r.d.Mentions[k].Ent]; ok {
			r.d.Mentions[k].Ent = to
		}
	}
	for k := range r.titles {
		if to, ok := into[r.titles[k].person]; ok {
			r.titles[k].person = to
		}
	}
	r.spokes = spokesIndex{} // indexed by the people before the merge
	r.holders = holderIndex{}
	out := r.d.Entities[:0]
	for _, e := range r.d.Entities {
		if _, gone := into[e]; gone {
			delete(r.d.byID, e.ID)
			continue
		}
		out = append(out, e)
	}
	r.d.Entities = out
}
