package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// orgRun matches an organisation name not in the gazetteers: capitalised
// words joined by of/for/on/and/the, with a head noun ("Independent
// International Fact-Finding Mission on Sylvania"), then the words naming
// its field or seat after the head ("Council on Maritime Affairs",
// "University of Nova Tessa"). It returns the end and the name, or i when
// nothing matches.
func (r *recognizer) orgRun(i, limit int) (int, string) {
	if !r.orgOpener(i) {
		return i, ""
	}
	j := i
	lastHead := -1
	distinctive := false
	for j < limit && j-i < 12 {
		t := r.tok(j)
		if j > i && r.isTaken(j) {
			break
		}
		switch {
		case t.Kind == tokWord && t.Cap:
			if j > i && r.endsOrgRun(i, j, limit) {
				goto done
			}
			if orgHeads[t.Lower] {
				lastHead = j + 1
				if !genericHeads[t.Lower] {
					distinctive = true
				}
			} else if sp, ok := r.lookup(j, limit, kindIs(eCountry, eDemonym, eCapital)); ok && sp.end == j+1 {
				// a country inside an organisation's name
			} else if !genericHeads[t.Lower] {
				distinctive = true
			}
			j++
		case t.Lower == "'s" && j > i && collectiveNouns[r.tok(j-1).Lower] && r.tok(j+1).Cap:
			j++ // "People's Renewal Foundation"
		case t.Text == "-" && !t.SpaceBefore && r.tok(j+1).Cap:
			j++
		case orgTopicPreps[t.Lower] && j > i && r.tok(j+1).Cap && lastHead < 0:
			goto done // "Karl Imre of Delta Risk Group": a name before "of" with no head noun is a person's
		case t.Lower == "on" && fightingHeads[r.tok(j-1).Lower]:
			goto done // "attacks by the Ardent Front on Peruvian troops": a target, no topic
		case (orgTopicPreps[t.Lower] || t.Lower == "and" || t.Lower == "the") && j > i && r.tok(j+1).Cap && !r.knownName(i, j):
			if t.Lower == "the" && r.tok(j-1).Lower != "of" && r.tok(j-1).Lower != "for" && r.tok(j-1).Lower != "and" {
				goto done
			}
			j++
		default:
			goto done
		}
	}
done:
	if lastHead < 0 {
		return i, ""
	}
	end := lastHead
	if tail := r.orgTail(i, lastHead, j); tail > end {
		end, distinctive = tail, true
	} else if (orgTopicPreps[r.tok(end).Lower] || r.isWord(end, "in") && deployedHeads[r.tok(end-1).Lower]) && !r.gazBody(i, end) &&
		!(r.isWord(end, "on") && fightingHeads[r.tok(end-1).Lower]) { // "attacks by the Ardent Front on Peru": a target, no topic
		// "Mission on Myanmar", "Commission for Human Rights"
		if sp, ok := r.lookup(end+1, limit, kindIs(eCountry)); ok {
			end = sp.end
		}
	}
	if !distinctive || end-i < 2 {
		return i, ""
	}
	return end, r.text(i, end)
}

// orgOpener reports whether an organisation's name may begin at token i: a
// capitalised word that is no sentence opener, or one of the words that
// begin many names ("National", "Northern", "State").
func (r *recognizer) orgOpener(i int) bool {
	t := r.tok(i)
	if !t.Cap || t.Kind != tokWord {
		return false
	}
	return !nameStop[t.Lower] || orgHeads[t.Lower] || orgNameWords[t.Lower]
}

// endsOrgRun reports whether the capitalised word j ends the name begun at
// i: a gazetteer organisation after it ("NATO and European Union" are two
// bodies), a trigger in a title-case headline, a date word.
func (r *recognizer) endsOrgRun(i, j, limit int) bool {
	t := r.tok(j)
	if sp, ok := r.lookup(j, limit, kindIs(eOrg)); ok && !orgTopicPreps[r.tok(j-1).Lower] && !r.isWord(j-1, "the", "-", "'s") &&
		!(sp.end == j+1 && orgHeads[t.Lower]) { // "World Varga Congress" is not the US Congress
		return true
	}
	if r.d.Sentences[r.d.sentOf[i]].Headline && r.rules.byFirst[t.Lower] != nil && !orgHeads[t.Lower] {
		return true
	}
	return isDateWord(t.Lower)
}

func isDateWord(w string) bool {
	if _, ok := months[w]; ok {
		return true
	}
	_, ok := weekdays[w]
	return ok
}

// orgTail returns the end of the words after the head noun of the name
// begun at i that belong to that name: of/on/for and capitalised words up
// to run end j ("Bureau of Coastal and Inland Affairs", "Center for
// Security Studies"), or head when there are none. A place alone after a gazetteer body ("the
// Security Council on Syria") is a topic, not a name.
func (r *recognizer) orgTail(i, head, j int) int {
	if !orgTopicPreps[r.tok(head).Lower] || r.isWord(head+1, "the") {
		return head
	}
	end := head
	for k := head + 1; k < j; k++ {
		t := r.tok(k)
		if t.Kind == tokWord && t.Cap {
			if nameStop[t.Lower] && !orgNameWords[t.Lower] {
				break
			}
			end = k + 1
		} else if !(t.Lower == "and" || t.Text == "-" || t.Lower == "of") {
			break
		}
	}
	if end == head {
		return head
	}
	if end == j && r.tok(end).Text == "," {
		end = r.fieldList(end)
	}
	if sp, ok := r.lookup(head+1, end, kindIs(eCountry, eCity, eRegion, eCapital)); ok && sp.end == end {
		if r.gazBody(i, head) || genericHeads[r.tok(head-1).Lower] || r.isWord(head, "on") {
			return head
		}
	}
	return end
}

// fieldList extends the fields of a name over ", Cap and Cap" at comma
// ("Committee on Roads, Water and Rural Affairs"); it returns
// comma when the words there are not such a list.
func (r *recognizer) fieldList(comma int) int {
	k := comma + 1
	and := false
	for ; k < comma+8; k++ {
		t := r.tok(k)
		switch {
		case t.Kind == tokWord && t.Cap && !orgHeads[t.Lower] && !r.isTaken(k) && (!nameStop[t.Lower] || orgNameWords[t.Lower]):
			if _, ok := r.lookup(k, k+1, kindIs(eCountry, eOrg, eDemonym)); ok {
				return comma
			}
		case t.Lower == "and" && !and && k > comma+1:
			and = true
		default:
			if and && r.tok(k-1).Cap {
				return k
			}
			return comma
		}
	}
	return comma
}

// gazBody reports whether tokens [i, end) are exactly a gazetteer
// organisation.
func (r *recognizer) gazBody(i, end int) bool {
	g, ok := r.lookup(i, end, kindIs(eOrg))
	return ok && g.end == end
}

// orgTailAt reports whether token i continues an organisation's name from
// before it ("the Harbor Endowment for Regional Peace"), so that the words
// from i are not a person's name.
func (r *recognizer) orgTailAt(i int) bool {
	if !orgTopicPreps[r.tok(i-1).Lower] {
		return false
	}
	h := r.tok(i - 2)
	return h.Cap && orgHeads[h.Lower] && !r.isWord(i, "the")
}

// existingOrg returns the organisation of the article that name would
// merge into, or nil: one that shares its last words ("Human Rights
// Fact-Finding Mission on Sylvania" and "Independent International
// Fact-Finding Mission on Sylvania").
func (r *recognizer) existingOrg(name string) *Entity {
	words := strings.Fields(strings.ReplaceAll(name, "-", " "))
	for _, e := range r.d.Entities {
		if e.Label != schema.Organisation || e.known {
			continue
		}
		ew := strings.Fields(strings.ReplaceAll(e.Name, "-", " "))
		if sharedTail(words, ew) >= 3 || (sharedTail(words, ew) >= 2 && (len(words) == 2 || len(ew) == 2)) {
			return e
		}
	}
	return nil
}

// unknownOrg returns the organisation named name, merged into the one
// existingOrg finds under the longer of the two names.
func (r *recognizer) unknownOrg(name string, i, end int) *Entity {
	if e := r.existingOrg(name); e != nil {
		if len(name) > len(e.Name) {
			e.Aliases[e.Name] = true
			e.Name = name
		} else {
			e.Aliases[name] = true
		}
		return e
	}
	words := strings.Fields(strings.ReplaceAll(name, "-", " "))
	if e := r.variantOf(words); e != nil {
		e.Aliases[name] = true // "Varganistan Liberation Army" is the Vargan Liberation Army
		return e
	}
	e := &Entity{ID: schema.OrgID(name), Label: schema.Organisation, Name: name, Kind: guessOrgKind(words)}
	if sp, ok := r.lookup(i, end, kindIs(eDemonym, eCountry)); ok {
		e.ISO3 = r.lex.countries[sp.entries[0].idx].ISO3
	}
	return r.d.addEntity(e)
}

// variantOf returns the organisation of the article whose name differs
// from words only in the form of its first word, a place or its people
// ("Varganistan" and "Vargan"): same length, same last words, first words
// sharing their first five letters.
func (r *recognizer) variantOf(words []string) *Entity {
	for _, e := range r.d.Entities {
		if e.Label != schema.Organisation || !r.seen[e] {
			continue
		}
		ew := strings.Fields(strings.ReplaceAll(e.Name, "-", " "))
		if len(ew) != len(words) || len(ew) < 2 || sharedTail(words, ew) != len(ew)-1 {
			continue
		}
		a, b := strings.ToLower(words[0]), strings.ToLower(ew[0])
		if a != b && len(a) >= 5 && len(b) >= 5 && a[:5] == b[:5] {
			return e
		}
	}
	return nil
}

func sharedTail(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && strings.EqualFold(a[len(a)-1-n], b[len(b)-1-n]) {
		n++
	}
	return n
}

// lastHeadOf returns the last head noun of an organisation's name, or its
// last word.
func lastHeadOf(name string) string {
	words := strings.Fields(name)
	head := words[len(words)-1]
	for _, w := range words {
		if orgHeads[strings.ToLower(w)] {
			head = w
		}
	}
	return head
}

var (
	governmentHeads = mustWordSet("government_heads")
	militaryHeads   = mustWordSet("military_heads")
	armedGroupHeads = mustWordSet("armed_group_heads")
)

func guessOrgKind(words []string) string {
	head := strings.ToLower(lastHeadOf(strings.Join(words, " ")))
	switch {
	case governmentHeads[head]:
		return "government"
	case militaryHeads[head]:
		return "military"
	case armedGroupHeads[head]:
		return "armed_group"
	case head == "party":
		return "party"
	case head == "bank" || head == "fund":
		return "igo"
	case head == "council" || head == "commission" || head == "committee":
		for _, w := range words {
			if stateBodyWords[strings.ToLower(w)] {
				return "government" // "State Council", "Federal Commission"
			}
		}
	}
	return "other"
}

// subBody recognises a body of a known organisation o named at [start,
// end) by the words after it: "the Harbor Union standby force" (part of
// it), "Harbor Front's Varga affiliate" (a franchise of an armed movement, in the gazetteer when it
// has that place in its name). It returns end when there is none.
func (r *recognizer) subBody(o *Entity, start, end, limit, si int) int {
	k := end
	if r.isWord(k, "'s") {
		k++
	}
	if e := r.branchIn(o, start, end, limit, si); e > end {
		return e
	}
	if o.Kind == "armed_group" {
		return r.affiliate(o, start, end, k, limit, si)
	}
	if r.d.Sentences[si].Headline || k > end {
		return end // "the Harbor Union's peacekeeping force" describes, often in an apposition
	}
	for k < limit && k < end+3 && r.tok(k).Kind == tokWord && !r.tok(k).Cap && !subBodyHeads[r.tok(k).Lower] &&
		!nameStop[r.tok(k).Lower] && !prepositions[r.tok(k).Lower] && r.rules.byFirst[r.tok(k).Lower] == nil {
		k++
	}
	first := end + boolInt(r.isWord(end, "'s"))
	if k == first || k >= limit || !subBodyHeads[r.tok(k).Lower] || r.tok(k).Cap || r.isTaken(k) {
		return end
	}
	words := []string{r.text(start, end)}
	for j := first; j <= k; j++ {
		words = append(words, strings.ToUpper(r.tok(j).Text[:1])+r.tok(j).Text[1:])
	}
	name := strings.Join(words, " ")
	id := schema.OrgID(o.Name + " " + strings.Join(words[1:], " "))
	b := r.d.addEntity(&Entity{ID: id, Label: schema.Organisation, Name: name, Kind: guessOrgKind(words[1:]), Parent: o.Name})
	r.mark(Mention{Start: start, End: end, Sent: si, Ent: o, Kind: mDemonym, Rule: "affiliation"})
	r.mark(Mention{Start: start, End: k + 1, Sent: si, Ent: b, Rule: "org/sub-body"})
	return k + 1
}

// affiliate reads "Harbor Front's Varga affiliate" at k, after the armed
// movement o named at [start, end).
func (r *recognizer) affiliate(o *Entity, start, end, k, limit, si int) int {
	sp, ok := r.lookup(k, limit, kindIs(eRegion, eCountry, eCity))
	if !ok {
		sp = span{start: k, end: r.placeRun(k, limit)}
	}
	if sp.end == k || k == end || !affiliateNouns[r.tok(sp.end).Lower] {
		return end
	}
	b := r.knownBranch(o, r.text(k, sp.end))
	if b == nil {
		name := o.Name + " " + r.text(k, sp.end) + " " + r.tok(sp.end).Lower
		b = r.d.addEntity(&Entity{ID: schema.OrgID(name), Label: schema.Organisation, Name: name, Kind: "armed_group", Parent: o.Name})
	}
	r.mark(Mention{Start: start, End: end, Sent: si, Ent: o, Kind: mDemonym, Rule: "affiliation"})
	r.mark(Mention{Start: start, End: sp.end + 1, Sent: si, Ent: b, Rule: "org/affiliate"})
	return sp.end + 1
}

// knownBranch returns the gazetteer body whose parent is o and whose name
// holds place ("Al Harbor in the Varga Basin"), or nil.
func (r *recognizer) knownBranch(o *Entity, place string) *Entity {
	place = strings.ToLower(place)
	for idx, rec := range r.lex.orgs {
		if rec.Parent == o.Name && strings.Contains(strings.ToLower(rec.Name), place) {
			return r.orgEntity(int32(idx))
		}
	}
	return nil
}

// branchIn reads the longer name of an armed group's or party's regional
// body after its parent o, named at [start, end): "the Harbor Front in the
// Sahel" is its own organisation, named after a region across borders,
// not the Harbor Front acting there; a region of one country ("the Harbor
// Front in Tarsa province") only places the parent. The text, not the name,
// says whether the body is part of the parent. It returns end when there is
// none.
func (r *recognizer) branchIn(o *Entity, start, end, limit, si int) int {
	if o.Kind != "armed_group" && o.Kind != "party" || r.d.Sentences[si].Headline {
		return end
	}
	k, tEnd := r.branchTail(end, limit)
	if tEnd < 0 {
		return end
	}
	b := r.knownBranch(o, r.text(k, tEnd))
	if b == nil {
		name := r.text(start+boolInt(r.isWord(start, "the")), tEnd)
		b = r.d.addEntity(&Entity{ID: schema.OrgID(name), Label: schema.Organisation, Name: name, Kind: o.Kind})
	}
	r.mark(Mention{Start: start, End: tEnd, Sent: si, Ent: b, Rule: "org/branch"})
	return tEnd
}

// branchTail reads "in [the] REGION" at token i, REGION a region across
// borders that ends the name, or a place and a capitalised word for a
// branch ("Sahel Province"): where the place starts and the name ends, or
// -1, -1.
func (r *recognizer) branchTail(i, limit int) (int, int) {
	if sp, ok := r.lookup(i, limit, kindIs(eRegion, eCountry, eCity)); ok && r.tok(sp.end).Cap && affiliateNouns[r.tok(sp.end).Lower] {
		return i, sp.end + 1 // "Harbor Front Sahel Province"
	}
	if !r.isWord(i, "in") {
		return -1, -1
	}
	k := i + 1 + boolInt(r.isWord(i+1, "the"))
	sp, ok := r.lookup(k, limit, kindIs(eRegion))
	if !ok || r.isCapWord(sp.end) || r.isWord(sp.end, "'s") {
		return -1, -1
	}
	for _, e := range sp.entries {
		if e.kind == eRegion && r.lex.places[e.idx].ISO3 == "" {
			return k, sp.end
		}
	}
	return -1, -1 // a region of one state
}
