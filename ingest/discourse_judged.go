package ingest

import "github.com/actorgraph/actorgraph/schema"

// Judgments linked to deeds: "X says Y committed atrocities" accuses Y;
// condemning "the attack" told before criticises its agent.

var wrongsRule = &Rule{ID: "accused/said-committed", Type: schema.Accused, Speech: true}

// claimedWrongs reads "X said Y committed atrocities" and "the monitors
// report that both armies carried out abuses": X accuses Y.
func (x *relater) claimedWrongs() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !wrongVerbs[x.tok(j).Lower] || !x.wrongFollows(j+1, s.End) {
				continue
			}
			k := x.speechBefore(j, s.Start)
			if k < 0 {
				continue
			}
			speakers, _ := x.subjects(k, s.Start, false)
			if len(speakers) == 0 {
				continue
			}
			speakers = speakers[:1] // "A has been fighting B, and the UN says": the nearest speaks
			o := k + 1
			if x.isWord(o, "that") {
				o++
			}
			var targets []*Entity
			if x.partyPhrase(o) {
				probe := event{agents: speakers, sent: si, start: k}
				targets = x.partiesBefore(&probe, 3)
			} else if accused, _ := x.subjects(j, o, false); len(accused) > 0 {
				targets = accused
			}
			if len(targets) == 0 || x.anySide(targets, speakers[0]) {
				continue
			}
			ev := event{rule: wrongsRule, start: j, end: j + 1, sent: si, agents: speakers, targets: targets}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

// wrongFollows reports whether a wrong is named within five words after i:
// "committed grave human rights abuses".
func (x *relater) wrongFollows(i, limit int) bool {
	for j := i; j < limit && j < i+5; j++ {
		if wrongNouns[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Kind == tokPunct {
			return false
		}
	}
	return false
}

// speechBefore returns the speech verb of the clause before token j, or -1.
func (x *relater) speechBefore(j, sentStart int) int {
	for k := j - 1; k >= sentStart && k > j-12; k-- {
		t := x.tok(k)
		if speechVerbs[t.Lower] && !t.Cap {
			return k
		}
		if t.Text == ";" || t.Text == "\"" {
			return -1
		}
	}
	return -1
}

// linkJudgedDeeds reads "Freedonia shelled Nova Tessa on Monday. Sylvania
// condemned the attack": a criticism of a deed told before criticises the
// deed's agent; "condemned the sanctions" the actor who imposed them.
func (x *relater) linkJudgedDeeds() {
	n := len(x.events)
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		t := ev.rule.Type
		if len(ev.agents) == 0 || len(ev.targets) > 0 || t != schema.Criticized && t != schema.Accused {
			continue
		}
		j := ev.end
		for m := 0; m < 4 && (deedModifiers[x.tok(j).Lower] || x.tok(j).Lower == "'s" || weekdays[x.tok(j).Lower] > 0 || x.isWord(j, "sunday")); m++ {
			j++
		}
		types := deedTypes(x.tok(j).Lower)
		if types == nil {
			if a := x.artefactAt(ev.end, ev.end+6); a >= 0 && ev.rule.Type == schema.Criticized {
				ev.targets = x.artefactAuthor(a, ev.sent, ev.agents[0]) // "denounced the plan"
			}
			continue
		}
		if blamed := x.blamedWith(ev); blamed != nil {
			ev.targets = blamed // "condemned the attack and blamed Sylvania for it"
			continue
		}
		ev.targets = x.deedAgents(ev, types, j+1)
	}
}

var sanctionNouns = mustWordSet("sanction_nouns")

// deedTypes maps a noun for a deed to the event types it names.
func deedTypes(noun string) []schema.RelType {
	switch {
	case strikeDeeds[noun]:
		return []schema.RelType{schema.Bombed, schema.Attacked}
	case killingDeeds[noun]:
		return []schema.RelType{schema.Killed, schema.Attacked}
	case attackDeeds[noun]:
		return []schema.RelType{schema.Attacked, schema.Bombed, schema.Captured}
	case captureDeeds[noun]:
		return []schema.RelType{schema.Captured}
	case noun == "siege" || noun == "blockade":
		return []schema.RelType{schema.Besieged}
	case sanctionNouns[noun]:
		return []schema.RelType{schema.Sanctioned}
	}
	return nil
}

// blamedWith returns whom the same agent blames in ev's sentence.
func (x *relater) blamedWith(ev *event) []*Entity {
	for _, o := range x.events {
		if o.sent == ev.sent && o.rule.Type == schema.Accused && len(o.targets) > 0 && sharesEntity(o.agents, ev.agents) {
			return o.targets
		}
	}
	return nil
}

var deedTargetPreps = mustWordSet("deed_target_preps")

// deedAgents returns the agents of the latest event of the types told
// before ev (in its sentence or the two before) by an actor not on the
// side of ev's agent.
func (x *relater) deedAgents(ev *event, types []schema.RelType, after int) []*Entity {
	var on *Entity // "the attack on Nova Tessa": only an attack on it
	if x.isWord(after, "by", "from") {
		if ents, _ := x.objects(after, x.d.Sentences[ev.sent].End, []string{"by", "from"}, false); len(ents) > 0 && !x.anySide(ents, ev.agents[0]) {
			return ents
		}
		return nil
	}
	if deedTargetPreps[x.tok(after).Lower] {
		k := x.mentionIdx(after + 1)
		if k < 0 && x.isWord(after+1, "the") {
			k = x.mentionIdx(after + 2)
		}
		if k >= 0 {
			on = x.d.Mentions[k].Ent
		}
	}
	for b := len(x.events) - 1; b >= 0; b-- {
		o := &x.events[b]
		if o == ev || o.sent > ev.sent || o.sent < ev.sent-2 || o.sent == ev.sent && o.start >= ev.start {
			continue
		}
		if !hasType(types, o.rule.Type) || len(o.agents) == 0 || o.modality == schema.Negated {
			continue
		}
		if on != nil && !containsEnt(o.targets, on) && o.location != on {
			continue
		}
		if x.anySide(o.agents, ev.agents[0]) {
			return nil
		}
		return o.agents
	}
	return nil
}
