package ingest

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

var locPreps = mustWordSet("loc_preps")

var delegateNouns = mustWordSet("delegate_nouns")

// objects returns the actors right of token i: after one of preps (or
// directly when "" is allowed), skipping determiners and modifiers, with
// coordination ("Hollande and Merkel").
func (x *relater) objects(i, limit int, preps []string, places bool) ([]*Entity, int) {
	direct := len(preps) == 0
	for _, p := range preps {
		if p == "" {
			direct = true
		}
	}
	j := i
	sc := objectScan{i: i, limit: limit, preps: preps, places: places, direct: direct}
	x.viaPlace = false
	var out []*Entity
	start := -1
scan:
	for ; j < limit && j < i+14; j++ {
		t := x.tok(j)
		if clauseStops[t.Text] && !x.inlineQuote(j) || t.Text == "." {
			break
		}
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			ok := direct || sc.sawPrep
			if sc.placeOnly && (m.Possessive || x.tok(m.End).Lower == "'s") {
				j = m.End // "in Mozambique's Cabo Delgado province": the place is the province
				continue
			}
			if sc.placeOnly && m.Kind == mDemonym && m.Head == "" && placeNouns[x.tok(m.End).Lower] {
				j = m.End // "a hotel in the Sylvanian city of Tarsa": the place is the city
				continue
			}
			if sc.placeOnly && !(m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
				break
			}
			countryActor := m.Ent.Label == schema.Country && (!m.Place || !locPreps[x.tok(m.Start-1).Lower] ||
				delegateNouns[x.tok(m.Start-2).Lower] ||
				!places && slices.Contains(preps, x.tok(m.Start-1).Lower)) // "pointed the finger at Peru": the rule's own preposition
			if ok && (places || countryActor || isPolity(&m) || !(m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region)) {
				if m.Kind == mDemonym && m.Head == "" || x.prefixed(m) || x.isWord(m.End, "-") && x.isWord(m.End+1, "based", "headquartered") {
					// "French-drafted resolution", "the Swiss city", "anti-Pakistan militants",
					// "the U.S.-based lender": adjectives
					j = m.End - 1
					continue
				}
				if x.verbOfOwnClause(m.Start, i) {
					break // "backing of the rebels angered X": X is the rebels' clause's object
				}
				if list, ok := x.possessedList(m, limit, places); ok {
					return list, m.Start // "X's biggest trading partners - A, B and C"
				}
				out = append(out, m.Ent)
				start = m.Start
				j = m.End
				break
			}
			j = m.End - 1
			if !ok && !m.Place && !m.Possessive && !x.isWord(m.End, "'s") {
				break // an actor before the preposition ends the search ("talks with X"), a possessor does not
			}
			continue
		}
		if t.Kind == tokWord {
			switch x.objectWord(&sc, j, t) {
			case scanStop:
				break scan
			case scanNext:
				continue
			}
		}
		if t.Text == "," && x.placeApposition(j, places) {
			continue // "a visit to the capital, Lima": the place the noun names
		}
		if t.Text == "," && (j > i || x.closesFrontedClause(j)) {
			break // "When X attacked, Y ...": Y is no object of the clause before
		}
	}
	if len(out) == 0 {
		return nil, -1
	}
	return x.moreObjects(out, j, start, limit), start
}

// listEndsWithAnd reports whether the list going on at i closes with "and"
// or "or" before its clause ends.
func (x *relater) listEndsWithAnd(i, limit int) bool {
	for j := i; j < limit && j < i+15; j++ {
		if x.isWord(j, "and", "or") {
			return true
		}
		t := x.tok(j)
		if t.Text == "." || t.Text == ";" || (t.Kind == tokWord && !t.Cap && x.mentionIdx(j) < 0 && t.Lower != "the") {
			return false
		}
	}
	return false
}

// bareCommaList reports whether a list of actors joined by commas alone
// goes on at the comma at i with at least two more of them: "asked the
// U.S., Canada, Germany, Australia if ...". One name after a comma is no
// list ("Peru, Chile's ally"), nor a name that opens a clause.
func (x *relater) bareCommaList(i, limit int) bool {
	n := 0
	for j := i; j < limit && x.tok(j).Text == ","; n++ {
		k := x.mentionIdx(j + 1)
		if k < 0 {
			break
		}
		m := x.d.Mentions[k]
		if m.Start != j+1 || m.Possessive || m.Kind == mDemonym && m.Head == "" || x.isWord(m.End, "'s") {
			break
		}
		if nt := x.tok(m.End).Lower; speechVerbs[nt] || beVerbs[nt] || objectAux[nt] {
			break
		}
		j = m.End
	}
	return n >= 2
}

// gapHasAnd reports whether "and" (or "as well as") joins the tokens from
// i to j.
func (x *relater) gapHasAnd(i, j int) bool {
	for k := i; k < j; k++ {
		if x.isWord(k, "and") || x.isWord(k, "well") && x.isWord(k+1, "as") && x.isWord(k-1, "as") {
			return true
		}
	}
	return false
}

// objectScan is the state of objects' scan to the right of its trigger at
// token i.
type objectScan struct {
	i, limit                 int
	preps                    []string
	places, direct           bool
	sawPrep, nounSeen        bool // a preposition of the rule; a noun
	nounAfterPrep, placeOnly bool // a noun after it; only a place may follow
}

// scanStep is what a helper of a token scan tells the loop to do.
type scanStep int

const (
	scanOn   scanStep = iota // go on with this token
	scanNext                 // skip to the next token
	scanStop                 // end the scan
)

var dayParts = mustWordSet("day_parts")

var objectPlacePreps = mustWordSet("object_place_preps")

// objectWord reads the word t at token j of objects' scan: the rule's
// prepositions, nouns seen, and the words that end the object's phrase
// ("backed a proposal for ...", "said that ...", a new trigger).
func (x *relater) objectWord(sc *objectScan, j int, t *Token) scanStep {
	if !sc.direct && !sc.sawPrep && t.Lower == "and" && j > sc.i {
		return scanStop // "aggression along the coast and its friendship with X": the preposition is another noun's
	}
	isPrep := false
	for _, p := range sc.preps {
		if p != "" && t.Lower == p {
			sc.sawPrep = true
			isPrep = true
		}
	}
	if sc.places && (!sc.sawPrep && sc.nounSeen || sc.nounAfterPrep && !isPrep) && objectPlacePreps[x.tok(j).Lower] {
		sc.placeOnly = true // "hit a shopping centre in Kremenchuk": the place it is in
		x.viaPlace = true
		return scanNext
	}
	if !isPrep && prepositions[t.Lower] && j > sc.i && sc.nounSeen && (sc.direct && !sc.sawPrep || sc.sawPrep && sc.nounAfterPrep) &&
		!(t.Lower == "of" && (placeNouns[x.tok(j-1).Lower] || partNouns[x.tok(j-1).Lower])) {
		return scanStop // "backed a proposal for ...", "met with opposition from ...": the object was no actor
	}
	if !isModifierWord(t.Lower) && !prepositions[t.Lower] && t.Lower != "all" {
		sc.nounSeen = true
		if sc.sawPrep && !isPrep && !genericHeads[t.Lower] && t.Lower != "and" {
			sc.nounAfterPrep = true
		}
	}
	if t.Lower == "that" && dayParts[x.tok(j+1).Lower] {
		return scanNext
	}
	if speechVerbs[t.Lower] && !x.isWord(j+1, "between") || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "but" || t.Lower == "while" {
		return scanStop
	}
	if sc.direct && !sc.places && !sc.sawPrep && sc.nounSeen && j > sc.i && !t.Cap && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && t.Lower != "including" &&
		(x.tok(j+1).Cap || determiners[x.tok(j+1).Lower] || x.isWord(j+1, "then", "former") || x.mentionIdx(j+1) >= 0) {
		// "aiding rebels fighting X": X is the rebels' object, not the
		// aid's; a deed on a place reads on ("ambushed a bus carrying
		// troops in X" happened in X)
		return scanStop
	}
	if j > sc.i+1 && !sc.sawPrep && !pactNouns[t.Lower] && !x.compoundTail(j) && x.startsTrigger(j, sc.limit) {
		return scanStop
	}
	return scanOn
}

// compoundTail reports whether the word at j ends a hyphenated compound, so
// starts no trigger of its own: the "fire" of "cease-fire" (relate reads
// only hyphen rules there too).
func (x *relater) compoundTail(j int) bool {
	return x.tok(j-1).Text == "-" && !x.tok(j-1).SpaceBefore && !x.tok(j).SpaceBefore
}

var objectAux = mustWordSet("object_aux")

var objectListLinks = mustWordSet("object_list_links")

// moreObjects extends objects out, found up to token j (the first at
// start), with the actors coordinated to their right: "A, B and C".
func (x *relater) moreObjects(out []*Entity, j, start, limit int) []*Entity {
	bare := false // a list joined by commas alone
	for j < limit {
		j = x.skipPossessedHead(j)
		k0 := j
		for j < limit && (objectListLinks[x.tok(j).Lower] || x.tok(j).Text == ",") {
			j++
		}
		if j == k0 {
			break
		}
		if !x.gapHasAnd(k0, j) && !x.listEndsWithAnd(j, limit) && !bare && !x.d.Sentences[x.d.sentOf[k0]].Headline { // "PM to visit Peru, Chile"
			if bare = x.bareCommaList(k0, limit); !bare {
				break // "her visit to Peru, Chilean aid ...": a comma, not a list
			}
		}
		if x.gapHasAnd(k0, j) {
			j = x.skipDescriptor(j, limit) // "and an armed group, the NLF"
		}
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind == mDemonym && x.isWord(x.d.Mentions[k].End, "-") {
			j = x.d.Mentions[k].End + 2 // "the Sylvanian-backed Freedonian militia units"
		}
		k := x.mentionIdx(j)
		if k < 0 {
			break
		}
		m := x.d.Mentions[k]
		if m.Kind == mDemonym && m.Head == "" {
			break
		}
		if nt := x.tok(m.End); (speechVerbs[nt.Lower] || beVerbs[nt.Lower] || objectAux[x.tok(m.End).Lower]) &&
			!(x.isWord(start-1, "between") && len(out) == 1) { // "talks between X and Y were ...": between takes two
			break // ", and the United Nations says ...": a new clause, not a list
		}
		out = append(out, m.Ent)
		j = m.End
		if x.gapHasAnd(k0, m.Start) {
			break // "A, B and C" ends at C
		}
	}
	return out
}

// verbOfOwnClause reports whether the word right before an actor at start
// is the verb of a clause of its own, whose subject is the non-actor noun
// before it, both after the scan's opening at i: "support for the rebels
// angered X", "the uprising worried X".
func (x *relater) verbOfOwnClause(start, i int) bool {
	if start-2 < i {
		return false
	}
	v, n := x.tok(start-1), x.tok(start-2)
	if v.Kind != tokWord || v.Cap || isModifierWord(v.Lower) || !(beVerbs[v.Lower] || irregularPast(v.Lower) || len(v.Lower) > 4 && strings.HasSuffix(v.Lower, "ed")) {
		return false
	}
	return n.Kind == tokWord && !n.Cap && x.mentionIdx(start-2) < 0 && !isModifierWord(n.Lower) && !prepositions[n.Lower] &&
		!determiners[n.Lower] && !strings.HasSuffix(n.Lower, "ly") && n.Lower != "and" && n.Lower != "or"
}
