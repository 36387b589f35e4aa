package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// A light clause segmenter for verb triggers: a verb coordinated with an
// earlier one shares its subject ("troops fought the rebels and captured
// Ardan"), and a subject is found across the apposition that stands between
// it and its verb ("Mira Okafor, Sylvania's foreign minister, met ...").

// clauseSubject returns the subject the clause structure gives the verb
// trigger at start, or nil when the plain search applies.
func (x *relater) clauseSubject(start, si int) ([]*Entity, bool) {
	if a, ok := x.relativeSubject(start); ok {
		return a, true
	}
	if a := x.coordinatedSubject(start, si); a != nil {
		return a, true
	}
	if a, ok := x.interruptedSubject(start, x.d.Sentences[si]); ok {
		return a, true
	}
	a := x.appositionSubject(start, x.d.Sentences[si])
	if a == nil && x.frontedClauseSubject(start, x.d.Sentences[si]) {
		return nil, true // "if X agrees, the holder can appeal": X is not the subject
	}
	return a, a != nil
}

var relativeAux = mustWordSet("relative_aux")

// relativeSubject: in "the gunmen who attacked X" the subject of the verb is
// the antecedent of "who", never an actor of the main clause before it. It
// returns the antecedent when it is an actor, nothing when it is some other
// noun, and ok=false when the verb opens no relative clause.
func (x *relater) relativeSubject(start int) ([]*Entity, bool) {
	j := start - 1
	for j > start-4 && relativeAux[x.tok(j).Lower] {
		j--
	}
	if !x.isWord(j, "who", "which", "that") {
		return nil, false
	}
	a := j - 1
	if x.tok(a).Text == "," {
		a--
	}
	if x.isWord(j, "that") && x.mentionIdx(a) < 0 && !groupNouns[x.tok(a).Lower] && !genericHeads[x.tok(a).Lower] {
		return nil, false // "said that ...": a complement, not a relative clause
	}
	if k := x.mentionIdx(a); k >= 0 {
		m := x.d.Mentions[k]
		if m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region || m.Kind == mDemonym && m.Head == "" || x.afterLocPrep(m.Start) {
			return nil, true // "the town that ...", "a base in war-torn X that ...": no actor acts
		}
		return []*Entity{m.Ent}, true
	}
	// "the gunmen from X who": the group named in the antecedent's phrase
	for k := a - 1; k >= a-3 && k >= 0; k-- {
		if x.isWord(k, "from", "of") && (groupNouns[x.tok(k-1).Lower] || genericHeads[x.tok(k-1).Lower]) {
			if mi := x.mentionIdx(k + 1); mi >= 0 {
				return []*Entity{x.d.Mentions[mi].Ent}, true
			}
		}
	}
	return nil, true
}

// afterLocPrep reports whether the name starting at i is a place after a
// locative preposition, over a few lower-case modifiers: "in then
// war-torn X", "in neighbouring X".
func (x *relater) afterLocPrep(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := x.tok(j)
		if locPreps[t.Lower] {
			return true
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap {
			return false
		}
	}
	return false
}

var coordinators = mustWordSet("coordinators")

var subordinators = mustWordSet("subordinators")

var coordAdverbs = mustWordSet("coord_adverbs")

// coordinatedSubject: "X fought Y and captured Z" -> X captured Z. The verb
// follows "and" (or ", and then", "and later"), and the last verb event of
// the sentence before it has its subject; anything between that event and
// "and" is its object, never the new subject.
func (x *relater) coordinatedSubject(start, si int) []*Entity {
	j := start - 1
	for j > start-3 && coordAdverbs[x.tok(j).Lower] {
		j--
	}
	if !coordinators[x.tok(j).Lower] || x.isWord(j, "then", "later", "before") && !x.isWord(j-1, "and") {
		if !x.isWord(j, "and", "but") {
			return nil
		}
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		prev := &x.events[k]
		if prev.sent != si || prev.end > j {
			continue
		}
		if prev.rule.kind != verbRule || len(prev.agents) == 0 || prev.inherit != nil {
			return nil
		}
		// the previous verb must itself be a finite clause verb, and no
		// clause boundary may stand between it and "and"
		for m := prev.end; m < j; m++ {
			t := x.tok(m)
			if clauseStops[t.Text] || subordinators[x.tok(m).Lower] || speechVerbs[t.Lower] {
				return nil
			}
		}
		// the grammatical subject of the first verb, not its roles: "X and Y
		// met and agreed", "X was attacked by Y and fled"
		if a, ok := x.clauseSubject(prev.start, si); ok && len(a) > 0 {
			return a
		}
		if a, _ := x.subjects(prev.start, x.d.Sentences[si].Start, false); len(a) > 0 {
			return a
		}
		return prev.agents
	}
	return nil
}

// appositionSubject: "NAME, APPOSITIVE, VERB": the name before the
// bracketing commas is the subject.
func (x *relater) appositionSubject(start int, s Sentence) []*Entity {
	if x.tok(start-1).Text != "," {
		return nil
	}
	for c := start - 2; c > s.Start && c >= start-14; c-- {
		t := x.tok(c)
		if t.Kind == tokWord && speechVerbs[t.Lower] || clauseStops[t.Text] {
			return nil // a reported clause, not an apposition
		}
		if t.Text != "," {
			continue
		}
		k := x.mentionIdx(c - 1)
		if k < 0 {
			return nil
		}
		m := x.d.Mentions[k]
		if m.End != c || !x.usableSubject(m, start, false) {
			return nil
		}
		// the apposition opens with a determiner, a possessor, a title, a
		// demonym or a participle with its agent (", backed by Y,")
		o := x.tok(c + 1)
		participle := strings.HasSuffix(o.Lower, "ed") && x.isWord(c+2, "by")
		if determiners[x.tok(c+1).Lower] || x.mentionIdx(c+1) >= 0 || o.Cap || participle {
			return []*Entity{m.Ent}
		}
		return nil
	}
	return nil
}

// listAndBefore reports whether the subject found at first closes a list
// with "and" before the verb at i: "A, B and rights groups condemned".
func (x *relater) listAndBefore(first, i int) bool {
	k := x.mentionIdx(first)
	if k < 0 || !x.isWord(x.d.Mentions[k].End, "and") {
		return false
	}
	for j := x.d.Mentions[k].End + 1; j < i; j++ {
		t := x.tok(j)
		if t.Kind == tokPunct || x.mentionIdx(j) >= 0 || speechVerbs[t.Lower] || beVerbs[t.Lower] {
			return false
		}
	}
	return true
}

// interruptedSubject: in "the government, which believed the ships were
// run by X, demanded ..." the relative clause between the commas holds no
// subject of the verb after it; the subject is the antecedent before it, or
// none when that is no actor.
func (x *relater) interruptedSubject(start int, s Sentence) ([]*Entity, bool) {
	if x.tok(start-1).Text != "," {
		return nil, false
	}
	for c := start - 2; c > s.Start && c >= start-20; c-- {
		if clauseStops[x.tok(c).Text] {
			return nil, false
		}
		if x.tok(c).Text != "," {
			continue
		}
		if !x.isWord(c+1, "which", "who") {
			return nil, false
		}
		if k := x.mentionIdx(c - 1); k >= 0 && x.d.Mentions[k].End == c && x.usableSubject(x.d.Mentions[k], start, false) {
			return []*Entity{x.d.Mentions[k].Ent}, true
		}
		return nil, true
	}
	return nil, false
}

var clashBackRule = &Rule{ID: "attacked/clash-mutual", Type: schema.Attacked, kind: verbRule}

// emitMutual gives a clash both directions: "X clashed with Y", "clashes
// between X and Y" -> X attacked Y and Y attacked X.
func (x *relater) emitMutual(ev event) {
	if !ev.rule.Mutual {
		return
	}
	if len(ev.agents) == 0 && len(ev.targets) >= 2 && x.betweenAt(ev.end) {
		ev.agents, ev.targets = ev.targets[:1], ev.targets[1:2] // "clashes between X and Y"
		x.emit(event{rule: clashBackRule, start: ev.start, end: ev.end, sent: ev.sent, agents: ev.agents, targets: ev.targets,
			modality: ev.modality, date: ev.date, precision: ev.precision, location: ev.location})
	}
	rev := ev
	rev.rule = clashBackRule
	if ev.rule.Type != schema.Attacked {
		back := *ev.rule // other mutual acts keep their rule, once: "traded accusations"
		back.Mutual = false
		rev.rule = &back
	}
	rev.agents, rev.targets = ev.targets, ev.agents
	rev.agentBy, rev.targetBy, rev.found = ev.targetBy, ev.agentBy, [2][]*Entity{ev.found[1], ev.found[0]}
	x.emit(rev)
}

// armedParty reports whether e is named in sentence si as an armed force:
// a military or armed group, or a state named by its troops or fighters.
func (x *relater) armedParty(e *Entity, si int) bool {
	if e.Label == schema.Organisation && (e.Kind == "military" || e.Kind == "armed_group") {
		return true
	}
	s := x.d.Sentences[si]
	for k := range x.d.mentionsIn(s.Start, s.End+1, false) {
		if m := x.d.Mentions[k]; m.Ent == e && m.Start >= s.Start && m.End <= s.End && (genericHeads[m.Head] || groupNouns[m.Head]) {
			return true
		}
	}
	return false
}

// armedClash keeps a clash only when an armed party fights in it: "Norway
// clashed with Sweden over quotas" is a dispute.
func (x *relater) armedClash(ev *event) {
	if len(ev.targets) == 0 && len(ev.agents) >= 2 && !x.isWord(ev.start-1, "to") {
		ev.agents, ev.targets = ev.agents[:1], ev.agents[1:] // "Chilean and Peruvian troops clashed"
	}
	for _, e := range append(append([]*Entity{}, ev.agents...), ev.targets...) {
		if x.armedParty(e, ev.sent) {
			return
		}
	}
	ev.agents, ev.targets = nil, nil
}

// sharedModal reports whether the word at i, after "and" or "or", is the
// second verb of a coordination under one modal or infinitive: "will
// travel to Lima on Monday and meet the president", "plans to visit Lima
// and meet". The second verb takes an object ("and support for X" is a
// noun); the scan stops at a comma or clause boundary; "to" before a name
// is a preposition, not an infinitive.
func (x *relater) sharedModal(i int) bool { return x.sharedModalAt(i) >= 0 }

var scheduleWords = mustWordSet("schedule_words")

// sharedPlan reports whether the second verb at i shares a plan: "will
// travel ... and meet", "is expected to visit ... and meet".
func (x *relater) sharedPlan(i int) bool {
	k := x.sharedModalAt(i)
	if k < 0 || !futureWords[x.tok(k).Lower] {
		return false
	}
	return !x.isWord(k, "to") || planVerbs[x.tok(k-1).Lower] || scheduleWords[x.tok(k-2).Lower]
}

var sharedModals = mustWordSet("shared_modals")

// sharedModalAt returns the modal or infinitive "to" the second verb at i
// shares (see sharedModal), or -1.
func (x *relater) sharedModalAt(i int) int {
	if !x.isWord(i-1, "and", "or") || prepositions[x.tok(i+1).Lower] || x.tok(i+1).Kind != tokWord {
		return -1
	}
	start := x.d.Sentences[x.d.sentOf[i]].Start
	for k := i - 2; k > start && k > i-14; k-- {
		t := x.tok(k)
		if clauseStops[t.Text] || t.Text == "," || subordinators[t.Lower] || x.isWord(k, "and", "or", "but") {
			return -1
		}
		if !sharedModals[x.tok(k).Lower] {
			continue
		}
		n := x.tok(k + 1)
		if n.Kind == tokWord && !n.Cap && x.mentionIdx(k+1) < 0 && !determiners[n.Lower] && !x.isWord(k+1, "be", "have") {
			return k
		}
	}
	return -1
}
