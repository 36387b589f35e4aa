package ingest

import "github.com/actorgraph/actorgraph/schema"

var (
	memberNouns    = mustWordSet("member_nouns")
	memberKinds    = mustWordSet("member_kinds")
	consistVerbs   = mustWordSet("consist_verbs")
	foundVerbs     = mustWordSet("found_verbs")
	groupingNouns  = mustWordSet("grouping_nouns")
	namingWords    = mustWordSet("naming_words")
	joinVerbs      = mustWordSet("join_verbs")
	memberAdjuncts = mustWordSet("member_adjuncts")
	afterGrouping  = mustWordSet("after_grouping")
	allyNouns      = mustWordSet("ally_nouns")
)

// members adds MEMBER_OF for states and bodies the text says belong to a
// grouping: "NATO member Sylvania", "Council members Peru, Chile and
// Kenya", "Sylvania, a member of the alliance", "the bloc consists of Peru,
// Chile and Kenya", "Peru and Chile formed a bloc known as the Andean
// Compact", "Sylvania joined NATO in 2004".
func (x *relater) members() {
	d := x.d
	for _, m := range d.Mentions {
		g := m.Ent
		if g == nil || g.Label != schema.Organisation || !memberKinds[g.Kind] || m.Head != "" && !memberNouns[m.Head] {
			continue
		}
		var list []*Entity
		if e := x.memberInApposition(m); e != nil {
			x.addFact(schema.MemberOf, e, g, m.Sent, "member-of/apposition", "")
		}
		switch {
		case m.Head != "" || memberNouns[x.tok(m.End).Lower]:
			list, _ = x.memberList(x.skipMemberNouns(m.End), m.Sent) // "NATO member Sylvania"
		case consistVerbs[x.tok(m.End).Lower] || beVerbs[x.tok(m.End).Lower] && x.isWord(m.End+1, "made", "composed"):
			list, _ = x.memberList(x.afterConsist(m.End), m.Sent) // "the bloc consists of Peru and Chile"
		case allyNouns[x.tok(m.End).Lower]:
			if e := x.allyOwner(m); e != nil {
				list = append(list, e) // "Peru's NATO allies", "Peru and its NATO partners"
			}
		default:
			list = x.foundersOf(m)
			if e := x.joinerOf(m); e != nil {
				list = append(list, e)
			}
			if e := x.enteredInto(m); e != nil {
				list = append(list, e)
			}
		}
		for _, e := range list {
			x.addFact(schema.MemberOf, e, g, m.Sent, "member-of/text", "")
		}
	}
}

// skipMemberNouns returns the token after "member", "members", "member
// states" at i.
func (x *relater) skipMemberNouns(i int) int {
	for memberNouns[x.tok(i).Lower] {
		i++
	}
	return i
}

// afterConsist returns where the list starts after "consists of",
// "comprises", "is made up of", "is composed of" at i.
func (x *relater) afterConsist(i int) int {
	i++
	for x.isWord(i, "made", "composed", "up", "of") {
		i++
	}
	return i
}

// memberList reads the states or bodies named at i, one after another
// with commas and "and" between them, and returns them with the token
// after the list; nil when something else than a name stands at i.
func (x *relater) memberList(i, si int) ([]*Entity, int) {
	var out []*Entity
	for {
		if x.isWord(i, "the") {
			i++
		}
		k := x.mentionIdx(i)
		if k < 0 || x.d.Mentions[k].Sent != si || x.d.Mentions[k].Start != i || !memberCandidate(x.d.Mentions[k]) {
			return out, i // "Kenya, Ghana and dozens of others": the named ones
		}
		m := x.d.Mentions[k]
		out = append(out, m.Ent)
		i = m.End
		switch {
		case m.Possessive:
			return nil, i // "NATO member Peru's army"
		case x.isWord(i, "and"):
			i++
		case x.tok(i).Text == "," && x.isWord(i+1, "and"):
			i += 2
		case x.tok(i).Text == "," && (x.isWord(i+1, "the") || x.mentionIdx(i+1) >= 0):
			i++
		default:
			return out, i // "NATO member Sylvania, which ..."
		}
	}
}

// memberCandidate reports whether m names a state or a body that can be
// a member of a grouping, as itself (not "Peru's army").
func memberCandidate(m Mention) bool {
	e := m.Ent
	if e == nil || m.Head != "" {
		return false
	}
	return e.Label == schema.Country || e.Label == schema.Organisation && memberKinds[e.Kind]
}

// foundersOf returns the states that formed the grouping named by g, when
// its clause says so: "Peru, Chile and Kenya formed a bloc known as G",
// "Peru and Chile left the Union and founded G". The founders are the
// list that opens the clause, followed at once by a verb; the founding
// verb follows them or is coordinated after them with "and".
func (x *relater) foundersOf(g Mention) []*Entity {
	v := x.foundingVerbBefore(g)
	if v < 0 {
		return nil
	}
	list, end := x.memberList(x.clauseOpening(g.Sent), g.Sent)
	if len(list) < 2 {
		return nil
	}
	if end == v || x.isWord(v-1, "and") && x.tok(end).Kind == tokWord && !x.tok(end).Cap && x.plainBetween(end, v-1) {
		return list
	}
	return nil
}

// foundingVerbBefore returns the token of the founding verb before g:
// "formed G", "set up a bloc known as G", "created a confederation called
// G", or -1.
func (x *relater) foundingVerbBefore(g Mention) int {
	v := g.Start - 1
	if x.isWord(v, "the") {
		v--
	}
	named := false
	if x.isWord(v, "as") && x.isWord(v-1, "known") {
		v, named = v-2, true
	} else if namingWords[x.tok(v).Lower] {
		v, named = v-1, true
	}
	if groupingNouns[x.tok(v).Lower] {
		// "a new regional bloc": the noun, its modifiers and article
		for n := 0; n < 3 && x.tok(v-1).Kind == tokWord && !x.tok(v-1).Cap && !articles[x.tok(v-1).Lower] && !foundVerbs[x.tok(v-1).Lower]; n++ {
			v--
		}
		if articles[x.tok(v-1).Lower] {
			v--
		}
		v--
	} else if named {
		return -1 // "formed what it called G": no grouping noun
	}
	if x.isWord(v, "up") && x.isWord(v-1, "set") {
		v--
	}
	if !foundVerbs[x.tok(v).Lower] {
		return -1
	}
	return v
}

// clauseOpening returns the first token of sentence si after an opening
// phrase without a name that ends with a comma ("In late May, Peru and
// Chile ...", "Last spring, Peru ...").
func (x *relater) clauseOpening(si int) int {
	s := x.d.Sentences[si]
	i := s.Start
	for j := i; j < s.End && j < i+8 && x.mentionIdx(j) < 0; j++ {
		if x.tok(j).Text == "," {
			return j + 1
		}
	}
	return i
}

// plainBetween reports whether tokens [i, j) are one short verb phrase
// with no clause break: words and names, no comma, no conjunction.
func (x *relater) plainBetween(i, j int) bool {
	if j-i > 8 || i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if x.tok(k).Kind != tokWord || x.isWord(k, "and", "but", "while", "which", "who", "not", "never") {
			return false
		}
	}
	return true
}

// joinerOf returns the state or body that joined the grouping g: "Peru
// joined NATO in 2004", "Peru, which joined NATO in 2004,", but not "Peru
// joined NATO troops" nor "Peru wants to join NATO".
func (x *relater) joinerOf(g Mention) *Entity {
	v := g.Start - 1
	if x.isWord(v, "the") {
		v--
	}
	if !joinVerbs[x.tok(v).Lower] {
		return nil
	}
	if !x.groupingEnds(g) {
		return nil // "joined NATO troops", "joined NATO leaders"
	}
	j := v - 1
	for n := 0; n < 2 && memberAdjuncts[x.tok(j).Lower]; n++ {
		j-- // "formally joined", "has since joined"
	}
	if x.isWord(j, "which") && x.tok(j-1).Text == "," {
		j -= 2
	}
	return x.candidateEndingAt(j + 1)
}

// memberInApposition returns the state or body that the text calls a
// member of g: "Peru, a founding member of G,", "Peru is a member of G",
// "Peru, a G member,".
func (x *relater) memberInApposition(g Mention) *Entity {
	v := g.Start - 1 // the article before the member noun
	switch {
	case g.Head == "member" || x.isWord(g.End, "member"):
	case x.isWord(v, "of") || x.isWord(v, "the") && x.isWord(v-1, "of"):
		if x.isWord(v, "the") {
			v--
		}
		if !x.isWord(v-1, "member") {
			return nil
		}
		v -= 2
		for n := 0; n < 2 && x.tok(v).Kind == tokWord && !x.tok(v).Cap && !articles[x.tok(v).Lower]; n++ {
			v-- // "a founding member", "a non-permanent member"
		}
	default:
		return nil
	}
	if !x.isWord(v, "a", "an") || g.Head == "" && !x.groupingEnds(g) {
		return nil
	}
	if x.tok(v-1).Text != "," && !beVerbs[x.tok(v-1).Lower] && !x.isWord(v-1, "became", "becomes", "become", "remains", "remained") {
		return nil
	}
	return x.candidateEndingAt(v - 1)
}

// groupingEnds reports whether the noun phrase ends with the grouping's
// name g: "joined NATO in 2004", not "joined NATO leaders" nor "a member of
// the Union's club".
func (x *relater) groupingEnds(g Mention) bool {
	if g.Head != "" || g.Possessive {
		return false
	}
	n := x.tok(g.End)
	return n.Kind != tokWord || n.Cap || prepositions[n.Lower] || afterGrouping[n.Lower]
}

// candidateEndingAt returns the state or body named by the mention that
// ends at token i, or nil.
func (x *relater) candidateEndingAt(i int) *Entity {
	k := x.mentionIdx(i - 1)
	if k < 0 {
		return nil
	}
	if m := x.d.Mentions[k]; m.End == i && memberCandidate(m) && !m.Possessive {
		return m.Ent
	}
	return nil
}

// allyOwner returns the state whose fellow members of g the text names:
// "Peru's NATO allies", "Peru ... with its NATO partners" (the nearest
// state before "its" in the sentence, with no other state between).
func (x *relater) allyOwner(g Mention) *Entity {
	p := g.Start - 1
	if x.tok(p).Lower == "'s" {
		if k := x.mentionIdx(p - 1); k >= 0 && x.d.Mentions[k].End == p && memberCandidate(x.d.Mentions[k]) {
			return x.d.Mentions[k].Ent
		}
		return nil
	}
	if !x.isWord(p, "its") {
		return nil
	}
	s := x.d.Sentences[g.Sent]
	for j := p - 1; j >= s.Start; j-- {
		k := x.mentionIdx(j)
		if k < 0 {
			continue
		}
		m := x.d.Mentions[k]
		if m.Ent != nil && m.Ent.Label == schema.Country {
			if m.Possessive || m.Head != "" {
				return nil // "Peru's army and its NATO allies": the army's
			}
			return m.Ent
		}
		if m.Ent != nil && m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
			return nil // another actor stands between
		}
		j = m.Start
	}
	return nil
}
