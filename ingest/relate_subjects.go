package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// actorMention returns the mention index covering token i, if it is an actor
// or place mention.
func (x *relater) mentionIdx(i int) int {
	if i < 0 || i >= len(x.mentionAt) {
		return -1
	}
	return x.mentionAt[i]
}

var partNouns = mustWordSet("part_nouns")

var beVerbs = mustWordSet("be_verbs")

var clauseStops = mustWordSet("clause_stops")

var firstSecondPerson = mustWordSet("first_second_person")

// subjects returns the actors left of token i in its clause: the nearest
// one and those coordinated with it ("the United States and France").
func (x *relater) subjects(i, sentStart int, places bool) ([]*Entity, int) {
	var out, along []*Entity
	first := -1
	j := i - 1
	for ; j >= sentStart && j > i-30; j-- {
		t := x.tok(j)
		if t.Text == ")" {
			for j > sentStart && x.tok(j).Text != "(" {
				j--
			}
			continue
		}
		speech := speechVerbs[t.Lower] && !t.Cap && x.mentionIdx(j) < 0 // not the "States" of "United States"
		if clauseStops[t.Text] && !x.inlineQuote(j) || speech && j < i-1 || t.Lower == "that" && j < i-1 ||
			firstSecondPerson[x.tok(j).Lower] && x.mentionIdx(j) < 0 || x.relativeWhere(j, i) {
			break
		}
		k := x.mentionIdx(j)
		if k < 0 {
			continue
		}
		m := x.d.Mentions[k]
		j = m.Start
		if !x.usableSubject(m, i, places) {
			if h := x.listHead(m); x.isWord(h-1, "with") && x.isWord(h-2, "along", "together") && x.tok(h-3).Text == "," {
				along = append(along, m.Ent) // "X, along with Y and Z, condemned": Y and Z act too
			}
			continue
		}
		out = append(out, m.Ent)
		first = m.Start
		break
	}
	if first < 0 {
		return x.copulaSubject(j, i, sentStart)
	}
	out = append(out, along...)
	// coordination to the left: "A, B and C"; a bare comma joins only a list
	// already joined by "and", also by an "and" after the subject ("A, B
	// and rights groups condemned")
	sawAnd := x.listAndBefore(first, i) || x.d.Sentences[x.d.sentOf[first]].Headline // "Chile, Peru sign deal"
	for j = first - 1; j >= sentStart; {
		gapEnd := j
		gapAnd := false
		for g := j; g >= sentStart && g > j-4; g-- {
			if x.isWord(g, "and", "especially", "well", "nor") {
				gapAnd = true
			}
		}
		if !gapAnd && !sawAnd {
			break
		}
		sawAnd = sawAnd || gapAnd
		for j >= sentStart && (x.isWord(j, "and", ",", "both", "as", "well", "especially", "or", "the", "nor", "neither") || x.tok(j).Text == "," || x.tok(j).Text == ")") {
			if x.tok(j).Text == ")" {
				for j > sentStart && x.tok(j).Text != "(" {
					j--
				}
			}
			j--
		}
		if j == gapEnd {
			break
		}
		k := x.mentionIdx(j)
		if k < 0 {
			break
		}
		m := x.d.Mentions[k]
		if m.Ent == nil || m.Place && !places && m.Ent.Label != schema.Country || m.Kind == mDemonym && m.Head == "" {
			break
		}
		out = append(out, m.Ent)
		first = m.Start
		j = m.Start - 1
	}
	return out, first
}

var possessedNonActors = mustWordSet("possessed_non_actors")

// possessedActs reports whether the words from end up to the trigger are the
// possessor's forces or government acting for it: "Chile's forces attacked",
// "Norway's armed forces have shelled", "the group's fighters seized".
func (x *relater) possessedActs(end, trigger int) bool {
	if trigger <= end || trigger > end+4 {
		return false
	}
	head := false
	for j := end; j < trigger; j++ {
		w := x.tok(j).Lower
		switch {
		case genericHeads[w] && !possessedNonActors[x.tok(j).Lower]:
			head = true
		case head && (verbLicensers[w] || beVerbs[w] || x.isWord(j, "has", "have", "had") || len(w) > 4 && strings.HasSuffix(w, "ly")):
		case j == end && itineraryNouns[w] && x.isWord(trigger-1, "include", "includes", "included"):
			head = true // "X's travels will include meeting Y": X meets
		case head && j == trigger-1 && x.isWord(j, "include", "includes", "included") && itineraryNouns[x.tok(end).Lower]:
		default:
			return false
		}
	}
	return head
}

var itineraryNouns = mustWordSet("itinerary_nouns")

var namePrefixes = mustWordSet("name_prefixes")

// prefixed reports whether a mention is part of an "anti-X", "pro-X" or
// "non-X" adjective.
func (x *relater) prefixed(m Mention) bool {
	return x.isWord(m.Start-1, "-") && namePrefixes[x.tok(m.Start-2).Lower]
}

var subjectPreps = mustWordSet("subject_preps")

var bodyRoles = mustWordSet("body_roles")

var addressVerbs = mustWordSet("address_verbs")

// usableSubject rules out places in prepositional phrases, country
// adjectives and possessors that modify another noun.
func (x *relater) usableSubject(m Mention, trigger int, places bool) bool {
	if m.Ent == nil || x.prefixed(m) || x.isWord(m.End, "-") && !x.tok(m.End).SpaceBefore ||
		x.isWord(m.Start-1, "-") && !x.tok(m.Start).SpaceBefore && x.mentionIdx(m.Start-2) >= 0 {
		return false // "the Iran-China scheme": a compound modifier, not the subject
	}
	if m.Kind == mDemonym && m.Head == "" {
		return false
	}
	if m.Kind == mDescriptor && m.Ent.Label == schema.City {
		return places
	}
	if (m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region) && !isPolity(&m) {
		return false
	}
	if m.Possessive || x.tok(m.End).Lower == "'s" {
		// "Obama's directives to support": the possessor acts
		end := m.End
		if x.tok(end).Lower == "'s" {
			end++
		}
		return trigger == end+2 && x.isWord(trigger-1, "to") || x.possessedActs(end, trigger) || x.possessedCoordinated(end, trigger)
	}
	p := x.tok(m.Start - 1).Lower
	if p == "and" || p == "or" || p == "," {
		participle := x.tok(trigger-1).Text == "," && strings.HasSuffix(x.tok(trigger).Lower, "ing") // ", urging them"
		if h := x.listHead(m); x.isWord(trigger-1, "to") || participle && !x.isWord(h-1, "by") || x.isWord(h-1, "with") && x.isWord(h-2, "along", "together") {
			p = x.tok(h - 1).Lower // "tariffs on A, B and C to pressure them": no member is the subject
		}
	}
	if addressVerbs[p] {
		return false
	}
	if p == "of" && bodyRoles[x.tok(m.Start-2).Lower] {
		return true
	}
	if p == "from" || p == "the" && x.isWord(m.Start-2, "from") {
		b := m.Start - 2
		if p == "the" {
			b--
		}
		if groupNouns[x.tok(b).Lower] || genericHeads[x.tok(b).Lower] {
			return true // "gunmen from the Islamic State group attacked"
		}
	}
	if subjectPreps[p] || p == "to" || p == "on" || p == "by" || p == "like" && x.tok(m.Start-2).Text == "," {
		return false
	}
	// "a member of the Sylvanian Farmers' Union": the phrase opens with "of"
	sentStart := x.d.Sentences[x.d.sentOf[m.Start]].Start
	for j := m.Start - 1; j >= sentStart && j >= m.Start-5; j-- {
		t := x.tok(j)
		if t.Cap && t.Kind == tokWord || t.Lower == "the" || t.Text == "-" {
			continue
		}
		if subjectPreps[x.tok(j).Lower] {
			return false
		}
		break
	}
	return true
}

// listHead returns the first token of the list of actors "A, B and C" that
// mention m closes: a later member is as much in a prepositional phrase as
// the first ("tariffs on Chile, Peru and Bolivia"). A place before a bare
// comma opens no list ("In Lima, Chile and Peru signed").
func (x *relater) listHead(m Mention) int {
	start := m.Start
	for n := 0; n < 8; n++ {
		j := start - 1
		if !x.isWord(j, "and", "or", ",") {
			break
		}
		if x.isWord(j-1, ",") {
			j-- // the serial comma: "A, B, and C"
		}
		k := x.mentionIdx(j - 1)
		if k < 0 || x.d.Mentions[k].Ent == nil || x.d.Mentions[k].End != j {
			break
		}
		if prev := x.d.Mentions[k]; x.isWord(start-1, ",") && (prev.Ent.Label == schema.City || prev.Ent.Label == schema.Region) {
			break
		}
		start = x.d.Mentions[k].Start
	}
	return start
}

var possessiveDeterminers = mustWordSet("possessive_determiners")

// agentBefore finds the agent of a nominal trigger written as a modifier:
// "Russian air strikes", "U.S. sanctions", "Israel's strike", "its invasion".
func (x *relater) agentBefore(i, sentStart int) []*Entity {
	for j := i - 1; j >= sentStart && j >= i-6; j-- {
		t := x.tok(j)
		if t.Kind == tokPunct && t.Text != "-" && t.Lower != "'s" && !(t.Text == "," && isModifierWord(x.tok(j-1).Lower) && isModifierWord(x.tok(j+1).Lower)) {
			return nil
		}
		if x.isWord(j, "my", "our", "your") {
			return nil
		}
		if possessiveDeterminers[t.Lower] {
			if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Ent != nil {
				return []*Entity{x.d.Mentions[k].Ent}
			}
			subj, _ := x.subjects(j, sentStart, false)
			return subj
		}
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if m.Ent == nil || m.Place && m.Kind != mDemonym {
				return nil
			}
			if m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
				return nil
			}
			if m.Kind == mName && !m.Possessive && x.tok(m.End).Lower != "'s" && !isAllCaps(x.tok(m.Start).Text) && m.Head == "" && x.tok(j).Text != "-" {
				return nil // "Syria talks": a topic, not an agent
			}
			return []*Entity{m.Ent}
		}
		if t.Kind == tokWord && !isModifierWord(t.Lower) {
			return nil
		}
	}
	return nil
}

var modifierWords = mustWordSet("modifier_words")

// isModifierWord reports whether w may stand inside the noun phrase of a
// nominal trigger, before its noun (see modifier_words).
func isModifierWord(w string) bool {
	return modifierWords[w]
}

// byAgent returns the actors after "by" following token i: "vetoed by X".
func (x *relater) byAgent(i, limit int) ([]*Entity, int) {
	for j := i; j < limit && j < i+8; j++ {
		if x.tok(j).Text == "." || x.tok(j).Text == ";" || x.tok(j).Text == "," {
			return nil, -1
		}
		if j > i && x.rules.byFirst[x.tok(j).Lower] != nil && !x.isWord(j+1, "by") && !lightVerbs[x.tok(j).Lower] {
			return nil, -1
		}
		if x.isWord(j, "by") {
			out, start := x.objects(j+1, limit, nil, false)
			return x.possessedBody(out, start), start
		}
	}
	return nil, -1
}

func (x *relater) isPassive(i int) bool {
	if strings.HasSuffix(x.tok(i).Lower, "ing") {
		return false // "is calling on": progressive, not passive
	}
	if x.isWord(i+1, "by") && (strings.HasSuffix(x.tok(i).Lower, "ed") || strings.HasSuffix(x.tok(i).Lower, "en")) {
		return true // "groups backed by Turkey"
	}
	if x.isWord(i-1, "those") && x.isWord(i-2, "among", "of") {
		return true // "soldiers were among those killed": a reduced relative
	}
	for j := i - 1; j >= i-3 && j >= 0; j-- {
		t := x.tok(j)
		if beVerbs[t.Lower] {
			return true
		}
		if t.Kind != tokWord || !strings.HasSuffix(t.Lower, "ly") && t.Lower != "not" && t.Lower != "also" && t.Lower != "reportedly" && t.Lower != "allegedly" {
			return false
		}
	}
	return false
}

// relativeWhere reports whether the "where" at j opens the clause of the
// verb at i, whose subject then stands after it: "a country where rebels
// attacked Peru" (the rebels, not the country). A comma between them closes
// the clause first: "Chile, where talks were held, attacked Peru".
func (x *relater) relativeWhere(j, i int) bool {
	if !x.isWord(j, "where") || j >= i-1 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if x.tok(k).Text == "," {
			return false
		}
	}
	return true
}
