package ingest

import "github.com/actorgraph/actorgraph/schema"

// Counted party phrases as subjects of one-sided acts: "Chile, Peru and
// Bolivia left the council. The three nations accused the bloc of
// failing": each of the actors the phrase counts acts. Meetings, calls and
// agreements are symmetricSubjects' (discourse_subjects.go).

var personPartyHeads = mustWordSet("person_party_heads")

// partyCount returns the size a word gives a party phrase: "both", "two",
// "three"; 0 for no exact count ("several").
func partyCount(w string) int {
	if w == "both" {
		return 2
	}
	if w == "several" || w == "few" {
		return 0
	}
	return countWords[w]
}

// pluralSubjects gives an event with no agent, whose subject is a counted
// party phrase ("the three nations", "both countries"), the actors of the
// latest list of that many named in its sentence or the two before.
func (x *relater) pluralSubjects() {
	for k := range x.events {
		ev := &x.events[k]
		if len(ev.agents) > 0 || len(ev.targets) == 0 || ev.rule.kind != verbRule || ev.rule.Type.Symmetric() {
			continue
		}
		list := x.openingListAgain(ev.start, ev.sent)
		if len(list) == 0 {
			list = x.leadersAgain(ev.start, ev.sent)
		}
		if n, at := x.countedParty(ev.start, x.d.Sentences[ev.sent].Start); n > 0 {
			list = x.countedList(ev.sent, at, n)
		} else if at := x.demonstrativeParty(ev.start, x.d.Sentences[ev.sent].Start); at >= 0 {
			list = x.latestList(ev.sent, at)
		}
		if len(list) == 0 || x.anySide(ev.targets, list[0]) {
			continue
		}
		ev.agents = list
	}
}

// countedParty reads a counted party phrase ending right before the verb
// at i, past auxiliaries: "The three military-led nations", "both
// countries have". It returns the count and the phrase's first token, or 0.
func (x *relater) countedParty(i, sentStart int) (int, int) {
	j := i - 1
	for j > sentStart && auxWords[x.tok(j).Lower] {
		j--
	}
	if x.isWord(j, "both") && (j == sentStart || x.isWord(j-1, ",", "and", "but")) {
		return 2, j // "Both urged X": the two named last
	}
	if !partyHeads[x.tok(j).Lower] || personPartyHeads[x.tok(j).Lower] {
		return 0, 0
	}
	for k := j - 1; k >= sentStart && k >= j-5; k-- {
		t := x.tok(k)
		if n := partyCount(t.Lower); n >= 2 {
			if t.Lower != "both" && !x.isWord(k-1, "the", "all") {
				return 0, 0
			}
			return n, k
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap || x.mentionIdx(k) >= 0 {
			return 0, 0
		}
	}
	return 0, 0
}

// countedList returns the n actors of the latest list "A, B and C" of
// exactly n countries or organisations named before token at, in sentence
// si or the two before.
func (x *relater) countedList(si, at, n int) []*Entity {
	for k := len(x.d.Mentions) - 1; k >= 0; k-- {
		m := x.d.Mentions[k]
		if m.Start >= at || m.Ent == nil {
			continue
		}
		if m.Sent < si-2 {
			break
		}
		if !x.isWord(m.Start-1, "and") || m.Ent.Label != schema.Country && m.Ent.Label != schema.Organisation {
			continue
		}
		list := x.listEnts(m)
		if len(list) == n && x.listOf(list) {
			return list
		}
	}
	return nil
}

// listOf reports whether every actor of list is a state or a body.
func (x *relater) listOf(list []*Entity) bool {
	for _, e := range list {
		if e.Label != schema.Country && e.Label != schema.Organisation {
			return false
		}
	}
	return true
}

// eachRejects reads coordinated deniers one by one when the first named
// answers no claim: "Chile accused Peru. Both Peru and Bolivia reject the
// claims": Peru REJECTED Chile; Bolivia, accused by no one, rejects no one.
func (x *relater) eachRejects(si, j, n, subjStart int, agents []*Entity) {
	if len(agents) < 2 || x.relativeClaim(subjStart) {
		return
	}
	if kind, _ := x.claimObject(j+1, x.d.Sentences[si].End); kind != "accusation" {
		return
	}
	for _, a := range agents {
		targets := x.claimants(si, j, n, accusationTypes, a)
		if len(targets) == 0 {
			continue
		}
		ev := event{rule: linkedRejectRule, start: j, end: j + 1, sent: si, agents: []*Entity{a}, targets: targets}
		x.dateAsserted(&ev)
		x.events = append(x.events, ev)
	}
}

// openingListAgain returns the list of states or bodies that opened the
// sentence before as its subject when "They" opens sentence si as the
// subject of the verb at i: "Chile and Peru met on Monday. They urged X".
func (x *relater) openingListAgain(i, si int) []*Entity {
	s := x.d.Sentences[si]
	j := i - 1
	for j > s.Start && (auxWords[x.tok(j).Lower] || x.isWord(j, "also", "jointly", "together")) {
		j--
	}
	if j != s.Start || !x.isWord(j, "they") || x.mentionIdx(j) >= 0 || si == 0 {
		return nil
	}
	prev := x.d.Sentences[si-1]
	k := prev.Start
	if x.isWord(k, "the") {
		k++
	}
	var list []*Entity
	for {
		mi := x.mentionIdx(k)
		if mi < 0 || x.d.Mentions[mi].Start != k {
			break
		}
		m := x.d.Mentions[mi]
		if m.Possessive || m.Ent.Label != schema.Country && (m.Place || m.Ent.Label != schema.Organisation) {
			return nil
		}
		list = append(list, m.Ent)
		k = m.End
		if !x.isWord(k, ",", "and") {
			break
		}
		for x.isWord(k, ",", "and", "the") {
			k++
		}
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// demonstrativeParty returns where "those countries", "these
// governments" starts when it ends right before token i, past
// auxiliaries and "also"; -1 when no such phrase is there.
func (x *relater) demonstrativeParty(i, sentStart int) int {
	j := i - 1
	for j > sentStart && (auxWords[x.tok(j).Lower] || x.isWord(j, "also")) {
		j--
	}
	if !partyHeads[x.tok(j).Lower] || personPartyHeads[x.tok(j).Lower] || !x.isWord(j-1, "those", "these") {
		return -1
	}
	return j - 1
}

// latestList returns the actors of the latest list "A, B and C" of two or
// more states or bodies named before token at, in sentence si or the two
// before.
func (x *relater) latestList(si, at int) []*Entity {
	for k := len(x.d.Mentions) - 1; k >= 0; k-- {
		m := x.d.Mentions[k]
		if m.Start >= at || m.Ent == nil {
			continue
		}
		if m.Sent < si-2 {
			break
		}
		if !x.isWord(m.Start-1, "and") || m.Ent.Label != schema.Country && m.Ent.Label != schema.Organisation {
			continue
		}
		if list := x.listEnts(m); len(list) >= 2 && x.listOf(list) {
			return list
		}
	}
	return nil
}
