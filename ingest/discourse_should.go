package ingest

import "github.com/actorgraph/actorgraph/schema"

var saidShouldRule = &Rule{ID: "urged/said-should", Type: schema.Urged, Speech: true}

// saidShould reads a demand told as what another actor should or must do:
// "Chile said Peru must reopen the border", "'Peru should withdraw its
// troops,' the minister said": the speaker urges that actor. The actor
// stands right before the modal; "should be", "must have" (a prediction or
// an inference), a condition, and the speaker's own side are no demand.
func (x *relater) saidShould() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			verb := x.demandModal(j)
			if verb < 0 || !x.demandVerbAfter(verb) {
				continue
			}
			targets, first := x.demandSubject(j, si, s)
			if len(targets) == 0 || x.conditionBefore(first, s.Start) {
				continue
			}
			speaker := x.breachSpeaker(j, s.Start)
			if speaker == nil || x.anySide(targets, speaker) {
				continue
			}
			ev := event{rule: saidShouldRule, start: j, end: verb, sent: si, agents: []*Entity{speaker}, targets: targets}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

var obligationVerbs = mustWordSet("obligation_verbs")

// demandModal returns where the verb after a modal of demand at j stands:
// "must", "should", "need to", "has to", "ought to"; -1 when none is at j.
func (x *relater) demandModal(j int) int {
	switch {
	case x.isWord(j, "should", "must"):
		return j + 1
	case obligationVerbs[x.tok(j).Lower] && x.isWord(j+1, "to"):
		return j + 2
	}
	return -1
}

// demandSubject returns the actor the demand at modal j is made of: the
// actor named right before it, or for "they" the state or body
// named last before it in its sentence or the one before ("If the Front is
// sincere, then they must stop"), not the one a speaker told it to. first
// is where the subject starts.
func (x *relater) demandSubject(j, si int, s Sentence) ([]*Entity, int) {
	if k := x.mentionIdx(j - 1); k >= 0 {
		m := x.d.Mentions[k]
		if m.Place || m.Possessive || m.Kind == mDemonym && m.Head == "" || m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
			return nil, -1
		}
		return x.subjects(j, s.Start, false)
	}
	if at := x.demonstrativeParty(j, s.Start); at >= 0 {
		return x.latestList(si, at), at // "these governments must reopen the port"
	}
	if !x.isWord(j-1, "they") {
		return nil, -1
	}
	from := s.Start
	if si > 0 {
		from = x.d.Sentences[si-1].Start
	}
	for k := j - 2; k >= from; k-- {
		mi := x.mentionIdx(k)
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		if x.isWord(m.Start-1, "told", "tells", "telling") {
			k = m.Start // the addressee of the speaker ("a spokesperson told the paper"), not the "they"
			continue
		}
		if !m.Place && (m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation) {
			return []*Entity{m.Ent}, j - 1
		}
		k = m.Start
	}
	return nil, -1
}

var stativeVerbs = mustWordSet("stative_verbs")

var demandAdverbs = mustWordSet("demand_adverbs")

// demandVerbAfter reports whether a verb of a demand follows a modal at i:
// "must reopen", "should immediately stop", "must not attack"; not "should
// be", "must have".
func (x *relater) demandVerbAfter(i int) bool {
	for demandAdverbs[x.tok(i).Lower] {
		i++
	}
	t := x.tok(i)
	return t.Kind == tokWord && !t.Cap && x.mentionIdx(i) < 0 && !beVerbs[t.Lower] &&
		!stativeVerbs[x.tok(i).Lower]
}

var conditionOpeners = mustWordSet("condition_openers")

// conditionBefore reports whether a condition or question opens the clause
// before token first: "if Peru must ...", "whether Peru should ...".
func (x *relater) conditionBefore(first, sentStart int) bool {
	for k := first - 1; k >= sentStart && k >= first-3; k-- {
		if conditionOpeners[x.tok(k).Lower] {
			return true
		}
	}
	return false
}

var endBetweenRule = &Rule{ID: "urged/end-between", Type: schema.Urged}

var conflictNouns = mustWordSet("conflict_nouns")

var urgeVerbs = mustWordSet("urge_verbs")

// urgedEnds reads "X urged an end to the fighting between Y and Z", "X
// called for an end to the trade war between Y and Z": X urges both sides
// (the other side only, when X is one of them).
func (x *relater) urgedEnds() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 2; j+3 < s.End; j++ {
			if !x.isWord(j, "end") || !x.isWord(j+1, "to") || !x.isWord(j-1, "an", "the") {
				continue
			}
			v := j - 2
			if x.isWord(v, "for") {
				v--
			}
			if !urgeVerbs[x.tok(v).Lower] {
				continue
			}
			k := j + 2
			for k < s.End && k < j+7 && !conflictNouns[x.tok(k).Lower] && x.tok(k).Kind == tokWord {
				k++
			}
			b := k + 1
			if x.isWord(b, "over", "about", "on") {
				for b < k+5 && !x.isWord(b, "between") && x.tok(b).Kind == tokWord {
					b++ // "a quarrel over fishing rights between X and Y"
				}
			}
			if !conflictNouns[x.tok(k).Lower] || !x.isWord(b, "between") {
				continue
			}
			both, _ := x.objects(b+1, s.End, []string{""}, false)
			agents, _ := x.subjects(v, s.Start, false)
			if len(both) < 2 || len(agents) == 0 {
				continue
			}
			var targets []*Entity
			for _, t := range both {
				if !x.oneSide(t, agents[0]) {
					targets = append(targets, t)
				}
			}
			if len(targets) == 0 {
				continue
			}
			ev := event{rule: endBetweenRule, start: v, end: k + 1, sent: si, agents: agents[:1], targets: targets}
			x.modalityAndDate(&ev)
			x.events = append(x.events, ev)
		}
	}
}

var defiedCallRule = &Rule{ID: "urged/defied-call", Type: schema.Urged}

var appealNouns = mustWordSet("appeal_nouns")

var callModifiers = mustWordSet("call_modifiers")

var defyVerbs = mustWordSet("defy_verbs")

// defiedCalls reads "the police keep defying appeals, among them from the
// council, to free the detainees", "Chile ignored appeals from Peru":
// the callers urged the one who defies them.
func (x *relater) defiedCalls() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+3 < s.End; j++ {
			if !defyVerbs[x.tok(j).Lower] {
				continue
			}
			c := j + 1
			for c < j+4 && callModifiers[x.tok(c).Lower] {
				c++
			}
			if !appealNouns[x.tok(c).Lower] {
				continue
			}
			b := c + 1
			for b < s.End && b < c+5 && (x.tok(b).Kind == tokPunct || x.isWord(b, "including", "notably", "even")) {
				b++
			}
			if !x.isWord(b, "by", "from") {
				continue
			}
			callers, _ := x.objects(b+1, s.End, []string{""}, false)
			defiers, _ := x.subjects(j, s.Start, false)
			if len(callers) == 0 || len(defiers) == 0 || x.anySide(defiers, callers[0]) {
				continue
			}
			ev := event{rule: defiedCallRule, start: c, end: c + 1, sent: si, agents: callers, targets: defiers}
			x.dateOwn(&ev)
			x.events = append(x.events, ev)
		}
	}
}
