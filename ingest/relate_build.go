package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// build fills an event's arguments from its trigger's context.
func (x *relater) build(ru *Rule, start, end, si int) (event, bool) {
	s := x.d.Sentences[si]
	ev := event{rule: ru, start: start, end: end, sent: si}
	switch ru.kind {
	case hyphenRule:
		if !x.hyphenArgs(&ev, s) {
			return ev, false
		}
	case nounRule:
		if !x.nounArgs(&ev, s, si) {
			return ev, false
		}
	default:
		if !x.verbArgs(&ev, s, si) {
			return ev, false
		}
	}
	x.special(&ev)
	x.frameSpecial(&ev)
	if len(ev.agents) == 0 && len(ev.targets) == 0 {
		return ev, false
	}
	return ev, true
}

// hyphenArgs fills the arguments of a hyphen rule: the agent before the
// hyphen and the target after the trigger ("Sylvania-backed forces"). It
// is false when the trigger is no hyphen compound.
func (x *relater) hyphenArgs(ev *event, s Sentence) bool {
	start, end := ev.start, ev.end
	// Agent-backed target: "Turkey-backed forces", "Western-backed opposition groups"
	if !x.isWord(start-1, "-") || x.tok(start).SpaceBefore {
		return false
	}
	k := x.mentionIdx(start - 2)
	if k < 0 {
		return false
	}
	ev.agents = []*Entity{x.d.Mentions[k].Ent}
	for j := end; j < end+3 && j < s.End; j++ {
		if mk := x.mentionIdx(j); mk >= 0 {
			ev.targets = []*Entity{x.d.Mentions[mk].Ent}
			break
		}
		if !isModifierWord(x.tok(j).Lower) && !x.tok(j).Cap {
			break
		}
	}
	if len(ev.targets) == 0 {
		// "Turkey-backed forces": the forces are the article's opposition when it has one
		if x.isWord(end, "forces", "rebels", "fighters", "groups", "militias") {
			if o := x.r.docOpposition(); o != nil && x.isWord(end, "forces", "rebels", "fighters", "groups") {
				ev.targets = []*Entity{o}
			}
		}
	}
	return true
}

// nounArgs fills the arguments of a noun rule: "came under attack from X",
// the agent before the noun ("X's attack on Y") or after "by", the
// subject of a light verb ("launched an attack"), a fronted agent or the
// main clause's subject, the agent of the last deed for "in an airstrike",
// and the nominal frame. It is false when the noun reads no event ("a
// tariff fight").
func (x *relater) nounArgs(ev *event, s Sentence, si int) bool {
	ru, start, end := ev.rule, ev.start, ev.end
	if x.isWord(start-1, "-") && !x.tok(start).SpaceBefore {
		return false // "Russian-backed campaign" is the hyphen rule's
	}
	if (ru.Type == schema.Attacked || ru.Type == schema.Bombed) && x.isWord(start-1, "trade", "tariff", "legal", "political", "court", "price", "verbal", "media", "election", "electoral", "propaganda", "rhetorical", "charm", "public", "relations") {
		return false // "a tariff fight", "a legal battle"
	}
	if x.isWord(start-1, "under") || x.isWord(start-2, "under") || x.isWord(start-3, "under") {
		// "came under attack from X": the subject is attacked
		ev.targets, _ = x.subjects(start, s.Start, ru.Places)
		if u := x.underAt(start); len(ev.targets) == 0 && x.isWord(u-1, "came", "come", "comes", "coming") {
			ev.targets, _ = x.subjects(u-1, s.Start, ru.Places) // "Chile's forces came under a calculated attack"
		}
		ev.agents, _ = x.objects(end, s.End, []string{"from", "by"}, false)
		return true
	}
	ev.agents = x.agentBefore(start, s.Start)
	ev.targets, _ = x.objects(end, s.End, ru.Preps, ru.Places)
	if len(ev.agents) == 0 {
		ev.agents, _ = x.byAgent(end, s.End)
	}
	if len(ev.agents) == 0 && (x.lightVerbBefore(start) || x.haveBefore(ru, start)) {
		ev.agents, _ = x.subjects(start, s.Start, false)
	}
	if len(ev.agents) == 0 {
		ev.agents = x.frontedAgent(start, s)
	}
	if len(ev.agents) == 0 && (ru.Type == schema.MetWith || ru.Type == schema.SpokeWith) &&
		(x.isWord(start-1, "for", "during") || x.isWord(start-1, "in") && beVerbs[x.tok(start-2).Lower]) {
		ev.agents = x.mainSubject(s, start) // "visited Cairo for talks with Sisi"
	}
	if len(ev.agents) == 0 && (x.isWord(start-2, "in") || x.isWord(start-3, "in")) && len(x.events) > 0 {
		// "killed a Hamas commander in an airstrike on Gaza City": the killer strikes
		if last := &x.events[len(x.events)-1]; last.sent == si && last.end >= start-10 && len(last.agents) > 0 {
			switch last.rule.Type {
			case schema.Killed, schema.Attacked, schema.Bombed, schema.Captured:
				ev.agents = last.agents
				ev.inherit = last
			}
		}
	}
	if len(ev.agents) == 0 && !ru.Speech && x.subordinated(start, s.Start) {
		ev.agents = x.mainSubject(s, start) // "captured the town after a two-day assault"
	}
	if ru.Type.Symmetric() && len(ev.targets) >= 2 && len(ev.agents) == 0 && x.betweenAt(end) {
		ev.agents = ev.targets[:1]
		ev.targets = ev.targets[1:]
	}
	x.nominalFrame(ev, s)
	return true
}

// verbArgs fills the arguments of a verb rule: a passive's target before
// it and agent after "by", or an active verb's agents and targets. It is
// false for readings the rule cannot make ("headed the mission in X", a
// passive the rule does not read, a participle without its agent).
func (x *relater) verbArgs(ev *event, s Sentence, si int) bool {
	ru, start, end := ev.rule, ev.start, ev.end
	if x.transitiveTravel(ru, end) {
		return false // "headed the mission in X"
	}
	if !ru.Passive && x.isPassive(start) && x.isWord(end, "by") {
		return false // a passive the rule cannot read: better nothing than reversed roles
	}
	passive := ru.Passive && x.isPassive(start)
	if passive {
		ev.targets, _ = x.subjects(start, s.Start, ru.Places)
		ev.agents, _ = x.byAgent(end, s.End)
		if ru.Type.Symmetric() && len(ev.agents) >= 2 {
			ev.targets = ev.agents[1:]
			ev.agents = ev.agents[:1]
		} else if len(ev.targets) == 0 && ru.Places {
			ev.targets = x.antecedentPlace(start)
		}
	} else if x.tok(start-1).Text == "," && (strings.HasSuffix(x.tok(start).Lower, "ed") || x.isWord(start, "killed", "hit", "struck", "shot", "seized", "taken")) && prepositions[x.tok(end).Lower] && !x.isWord(end, "by") {
		return false // "..., killed in a raid": a participle without its agent
	}
	if !passive {
		subjStart := x.activeAgents(ev, s, si)
		x.activeTargets(ev, s, si, subjStart)
	}
	return true
}

// activeAgents finds the agents of an active verb: its subject, the
// subject of the clause or of the main clause ("after meeting X", ",
// urging"), the agent of the event before (", killing 12 militants") or a
// fronted agent. It returns where the subject starts.
func (x *relater) activeAgents(ev *event, s Sentence, si int) int {
	ru, start := ev.rule, ev.start
	var subjStart int
	ev.agents, subjStart = x.subjects(start, s.Start, false)
	if a, ok := x.clauseSubject(start, si); ok {
		ev.agents = a
	}
	if strings.HasSuffix(x.tok(start).Lower, "ing") && x.isWord(start-1, "after", "before", "while", "since", "when", "by", "without", "upon") {
		// "..., after meeting X": the subject of the main clause
		ev.agents = x.mainSubject(s, start)
	}
	if x.tok(start-1).Text == "," && strings.HasSuffix(x.tok(start).Lower, "ing") {
		// ", killing 12 militants": the agent of the main clause
		for k := len(x.events) - 1; k >= 0; k-- {
			if x.events[k].sent == si && len(x.events[k].agents) > 0 {
				ev.agents = x.events[k].agents
				ev.inherit = &x.events[k]
				break
			}
		}
	}
	if len(ev.agents) == 0 && start == s.Start {
		ev.agents = x.frontedAgent(start, s) // "Speaking to X on Tuesday, NAME stressed ..."
	}
	if len(ev.agents) == 0 && ru.Speech && strings.HasSuffix(x.tok(start).Lower, "ing") &&
		(x.tok(start-1).Text == "," || x.isWord(start-1, "statement", "letter", "message", "resolution", "note", "communique", "declaration")) {
		ev.agents = x.mainSubject(s, start) // "sent a letter to X, urging him to ...", "issued a statement urging Y"
	}
	if len(ev.agents) == 0 || x.isWord(start-1, "that", "which") {
		if a, prev := x.eventAgentBefore(start, si); a != nil {
			ev.agents = a
			ev.inherit = prev
		}
	}
	return subjStart
}

// activeTargets finds the targets of an active verb: its objects, the one
// a clause addressed (", urging him to"), the object of a purpose ("to
// capture X"), the antecedent of a relative clause ("the village that the
// rebels captured", "X, which it accused of ..."), or the accused of
// "accused X of backing Y" as the agent.
func (x *relater) activeTargets(ev *event, s Sentence, si, subjStart int) {
	ru, start, end := ev.rule, ev.start, ev.end
	objStart := end
	if x.isWord(end, "that") && inList(ru.Preps, "that") {
		objStart++ // "alleged that Peru had ...": the subject of the complement
	}
	ev.targets, _ = x.objects(objStart, s.End, ru.Preps, ru.Places)
	if ru.Speech && x.tok(start-1).Text == "," && x.isWord(end, "him", "her", "it", "them") && strings.HasSuffix(x.tok(start).Lower, "ing") &&
		(len(ev.targets) == 0 || containsEnt(ev.agents, ev.targets[0])) {
		ev.targets = x.clauseObject(s, start-1, ev.agents) // ", urging him to": the one the clause addressed
	}
	if x.viaPlace && ru.Type != schema.Bombed && ru.Type != schema.Attacked {
		ev.targets = nil // "seized a tanker in the Strait": the tanker is taken, not the strait
	}
	if len(ev.targets) == 0 && x.isWord(end, "to") && end+2 < s.End {
		// "launched an assault to capture Aleppo", "threatened to suspend talks
		// with Algeria": the object of the purpose
		ev.targets, _ = x.objects(end+2, s.End, []string{"", "with", "on", "against", "to", "of"}, ru.Places)
	}
	// "the village that the rebels captured": the object is the antecedent
	rel := subjStart - 1
	if x.isWord(rel, "the") {
		rel-- // "Abu Sayyaf, which the Philippines accuses of ..."
	}
	if len(ev.targets) == 0 && subjStart > 0 && x.isWord(rel, "that", "which") {
		ante := rel - 1
		if x.tok(ante).Text == "," {
			ante-- // "Palmyra, which Daesh had captured"
		}
		if k := x.mentionIdx(ante); k >= 0 && !containsEnt(ev.agents, x.d.Mentions[k].Ent) {
			m := x.d.Mentions[k]
			if ru.Places || !(m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
				ev.targets = []*Entity{m.Ent}
			}
		}
	}
	// "Algeria, which it accused of ...": the relative pronoun's antecedent
	if x.isWord(start-1, "it", "they", "he", "she") && x.isWord(start-2, "which", "who", "whom") && x.tok(start-3).Text == "," {
		if k := x.mentionIdx(start - 4); k >= 0 {
			m := x.d.Mentions[k]
			ev.targets = []*Entity{m.Ent}
			ev.agents, _ = x.subjects(m.Start, s.Start, false)
		}
	}
	// "accused X of backing Y": X backs
	if x.isWord(start-1, "of", "for") && len(x.events) > 0 {
		last := x.events[len(x.events)-1]
		if last.sent == si && len(last.targets) > 0 && last.end >= start-6 && (last.rule.Type == schema.Accused || last.rule.Type == schema.Criticized) {
			ev.agents = last.targets
		}
	}
}

// lightVerbBefore reports whether a support verb governs the nominal at i:
// "launched air strikes", "conducted airstrikes", "waging a campaign".
func (x *relater) lightVerbBefore(i int) bool {
	low := i - 4
	for j := i - 1; j >= 0 && j >= low; j-- {
		if lightVerbs[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == "-" && !x.tok(j).SpaceBefore {
			low -= 2 // "waging a tit-for-tat tariff fight": a compound counts as one word
		}
	}
	return false
}

var lightVerbs = set("launched", "launch", "launches", "launching", "conducted", "conduct", "conducting", "carried",
	"carry", "carrying", "waged", "waging", "wage", "staged", "stage", "mounted", "mount", "imposed",
	"impose", "held", "hold", "holds", "had", "began", "begin", "continued", "continue", "ordered",
	"order", "stepped", "intensified", "resumed", "led", "leads", "leading", "made", "make", "being")

// clauseObject returns the last actor named before token end in sentence s
// other than the agents: "sent a letter to X, urging him" -> X.
func (x *relater) clauseObject(s Sentence, end int, agents []*Entity) []*Entity {
	for j := end - 1; j >= s.Start; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			compound := x.isWord(m.End, "-") || x.isWord(m.Start-1, "-")
			if m.Ent != nil && (!m.Place || m.Ent.Label == schema.Country) && !compound && !containsEnt(agents, m.Ent) && m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
				return []*Entity{m.Ent}
			}
			j = m.Start
		}
	}
	return nil
}

// haveBefore reports whether a meeting or call is had by the subject: "is
// expected to have a pull-aside meeting with", "had a brief call with".
func (x *relater) haveBefore(ru *Rule, i int) bool {
	if ru.Type != schema.MetWith && ru.Type != schema.SpokeWith {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := x.tok(j)
		if x.isWord(j, "have", "has", "had", "having") {
			return true
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap || x.mentionIdx(j) >= 0 {
			return false
		}
	}
	return false
}

// subordinated reports whether the nominal at i heads a phrase opened by
// "after", "during", "following" or "amid": "after a two-day assault".
func (x *relater) subordinated(i, sentStart int) bool {
	for j := i - 1; j >= sentStart && j >= i-6; j-- {
		if x.isWord(j, "after", "during", "following", "amid") {
			return true
		}
		t := x.tok(j)
		hyphenated := t.Text == "-" || x.tok(j-1).Text == "-" || x.tok(j+1).Text == "-"
		if t.Text == "," || t.Kind == tokWord && !isModifierWord(t.Lower) && !hyphenated {
			return false
		}
	}
	return false
}

// mainSubject returns the first actor of a sentence that can be a subject.
func (x *relater) mainSubject(s Sentence, before int) []*Entity {
	for j := s.Start; j < before; j++ {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if x.usableSubject(m, before, false) {
				return []*Entity{m.Ent}
			}
			j = m.End - 1
		}
	}
	return nil
}

// frontedAgent gives the agent of a nominal in a fronted phrase: "As part
// of the fight against Daesh, Syrian opposition groups ..." -> the subject
// after the comma.
func (x *relater) frontedAgent(i int, s Sentence) []*Entity {
	if !x.isWord(s.Start, "as", "in", "during", "amid", "after", "following", "despite") &&
		!(i == s.Start && strings.HasSuffix(x.tok(i).Lower, "ing")) { // "Speaking to X, NAME said"
		return nil
	}
	for j := s.Start; j < i; j++ {
		if x.tok(j).Text == "," {
			return nil
		}
	}
	for j := i; j < s.End; j++ {
		if x.tok(j).Text != "," {
			continue
		}
		for k := j + 1; k < s.End && k < j+6; k++ {
			if mi := x.mentionIdx(k); mi >= 0 {
				m := x.d.Mentions[mi]
				if x.usableSubject(m, m.End+1, false) {
					return []*Entity{m.Ent}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// antecedentPlace resolves "the village was besieged": the place named last.
func (x *relater) antecedentPlace(i int) []*Entity {
	if p := x.r.lastPlace(i); p != nil {
		return []*Entity{p}
	}
	return nil
}

// eventAgentBefore gives the agent of an earlier event in the sentence or
// the article when the subject is that event: "a strike ... that killed",
// "the attack killed".
func (x *relater) eventAgentBefore(i, si int) ([]*Entity, *event) {
	if x.isWord(i-1, "that", "which") || x.isWord(i-1, "attack", "strike", "strikes", "raid", "airstrike", "airstrikes", "bombing", "offensive", "assault", "operation", "shelling") {
		for k := len(x.events) - 1; k >= 0; k-- {
			ev := &x.events[k]
			if len(ev.agents) == 0 {
				continue
			}
			switch ev.rule.Type {
			case schema.Attacked, schema.Bombed, schema.Killed:
				if ev.sent == si || x.isWord(i-1, "attack", "strike", "raid", "airstrike", "bombing", "offensive", "assault", "operation") {
					return ev.agents, ev
				}
			}
		}
	}
	return nil, nil
}
