package ingest

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// The finders of verb triggers, passive and active (see argFinders).

// unreadPassive rejects a passive with a "by" agent that the rule cannot
// read: better nothing than reversed roles. Example: "Chile was phoned by
// Peru."
func (x *relater) unreadPassive(ev *event, _ Sentence) findStep {
	if !ev.rule.Passive && x.isPassive(ev.start) && x.isWord(ev.end, "by") {
		return findNone
	}
	return findOn
}

var bareParticiples = mustWordSet("bare_participles")

// bareParticiple rejects a participle after a comma with a preposition and
// no agent. Example: "Chile, struck in Peru on Monday, closed its embassy."
// A verb of intent before its infinitive is a finite verb after an
// apposition: "Okafor, the Chilean minister, threatened to strike Peru".
func (x *relater) bareParticiple(ev *event, _ Sentence) findStep {
	start, end := ev.start, ev.end
	if x.isWord(end, "to") && planVerbs[x.tok(start).Lower] {
		return findOn
	}
	if x.tok(start-1).Text == "," && (strings.HasSuffix(x.tok(start).Lower, "ed") || bareParticiples[x.tok(start).Lower]) && prepositions[x.tok(end).Lower] && !x.isWord(end, "by") {
		return findNone
	}
	return findOn
}

// passiveTarget reads the subject of a passive as the target. Example:
// "Peru was shelled by Chile."
func (x *relater) passiveTarget(ev *event, s Sentence) findStep {
	if ev.targets = x.relativeAntecedent(ev.start, s.Start, ev.rule.Places); len(ev.targets) == 0 {
		ev.targets, _ = x.subjects(ev.start, s.Start, ev.rule.Places)
	}
	return findOn
}

// relativeAntecedent returns the actor a "who" or "which" clause before
// the passive at i is about, whatever governs it: "led by Mira Okafor, who
// was sanctioned by Chile" -> Mira Okafor; "aid to Lima, which was shelled"
// -> Lima (a place when the rule takes places).
func (x *relater) relativeAntecedent(i, sentStart int, places bool) []*Entity {
	j := i - 1
	for j > sentStart && (beVerbs[x.tok(j).Lower] || verbAdverbs[x.tok(j).Lower] || x.isWord(j, "has", "have", "had") || strings.HasSuffix(x.tok(j).Lower, "ly")) {
		j--
	}
	if j == i-1 || !x.isWord(j, "who", "which") || x.tok(j-1).Text != "," {
		return nil
	}
	if k := x.mentionIdx(j - 2); k >= 0 {
		if m := x.d.Mentions[k]; m.Ent != nil && m.End == j-1 && m.Kind != mDemonym &&
			(places || !(m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region)) {
			return []*Entity{m.Ent}
		}
	}
	return nil
}

// passiveSymmetric splits coordinated "by" agents of a symmetric passive:
// the first is the agent. Example: "A ceasefire was agreed by Chile and
// Peru."
func (x *relater) passiveSymmetric(ev *event, _ Sentence) findStep {
	if ev.rule.Type.Symmetric() && len(ev.agents) >= 2 {
		ev.targets = ev.agents[1:]
		ev.agents = ev.agents[:1]
	}
	return findOn
}

// antecedentPlaceFinder fills an empty place target of a passive with the
// place named last. Example: "Chilean troops entered Sylvania. The port was
// besieged by Chile."
func (x *relater) antecedentPlaceFinder(ev *event, _ Sentence) findStep {
	if len(ev.targets) == 0 && ev.rule.Places {
		ev.targets = x.antecedentPlace(ev.start)
	}
	return findOn
}

// subjectFinder reads the subject of an active verb: the nearest actor
// before it in its clause and those coordinated with it. Example: "Chile
// and Norway condemned Peru."
func (x *relater) subjectFinder(ev *event, s Sentence) findStep {
	ev.agents, ev.subjStart = x.subjects(ev.start, s.Start, false)
	return findOn
}

// clauseSubjectFinder overrides the subject with the one the clause
// structure gives: a relative pronoun's antecedent, a coordinated verb's
// subject, one across an apposition. Example: "Chilean troops fought the
// rebels and captured Sylvania."
func (x *relater) clauseSubjectFinder(ev *event, _ Sentence) findStep {
	if a, ok := x.clauseSubject(ev.start, ev.sent); ok {
		ev.agents = a
	}
	return findOn
}

var adverbialOpeners = mustWordSet("adverbial_openers")

// adverbialSubject gives a participle after "after", "while", "before" ...
// the subject of the main clause. Example: "Chilean Foreign Minister Mira
// Okafor flew home after meeting Peruvian President Tomas Reyes."
func (x *relater) adverbialSubject(ev *event, s Sentence) findStep {
	if strings.HasSuffix(x.tok(ev.start).Lower, "ing") && adverbialOpeners[x.tok(ev.start-1).Lower] {
		ev.agents = x.mainSubject(s, ev.start)
	}
	return findOn
}

// participleAgent gives a participle after a comma the agent of the event
// before it in the sentence. Example: "Chile shelled Sylvania, killing 12
// Peruvian soldiers."
func (x *relater) participleAgent(ev *event, _ Sentence) findStep {
	if x.tok(ev.start-1).Text != "," || !strings.HasSuffix(x.tok(ev.start).Lower, "ing") {
		return findOn
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		if x.events[k].sent == ev.sent && len(x.events[k].agents) > 0 {
			ev.agents = x.events[k].agents
			ev.inherit = &x.events[k]
			break
		}
	}
	return findOn
}

var speechNouns = mustWordSet("speech_nouns")

// speechParticiple fills an empty agent of a speech participle after a
// comma or a statement with the main clause's subject. Example: "Chile
// wrote to Peruvian President Tomas Reyes, urging him to resign."
func (x *relater) speechParticiple(ev *event, s Sentence) findStep {
	start := ev.start
	if len(ev.agents) == 0 && ev.rule.Speech && strings.HasSuffix(x.tok(start).Lower, "ing") &&
		(x.tok(start-1).Text == "," || speechNouns[x.tok(start-1).Lower]) {
		ev.agents = x.mainSubject(s, start)
	}
	return findOn
}

// eventAgent fills an empty agent, or that of a relative clause, with the
// agent of the strike the clause is about. Example: "Chile launched a
// strike on Peru that killed 12 Peruvian soldiers."
func (x *relater) eventAgent(ev *event, _ Sentence) findStep {
	if len(ev.agents) == 0 || x.isWord(ev.start-1, "that", "which") {
		if a, prev := x.eventAgentBefore(ev.start, ev.sent); a != nil {
			ev.agents = a
			ev.inherit = prev
		}
	}
	return findOn
}

// objectFinder reads the object after the trigger, with the rule's
// prepositions; a verb's "that" complement gives its subject. Example:
// "Chile alleged that Peru had shelled the border."
func (x *relater) objectFinder(ev *event, s Sentence) findStep {
	objStart := ev.end
	if ev.rule.kind != nounRule && x.isWord(ev.end, "that") && slices.Contains(ev.rule.Preps, "that") {
		objStart++
	}
	ev.targets, _ = x.objects(objStart, s.End, ev.rule.Preps, ev.rule.Places)
	if len(ev.targets) == 0 && (ev.rule.Type == schema.Bombed || ev.rule.Type == schema.Attacked) {
		ev.targets = x.territoryObject(objStart, s.End)
	}
	return findOn
}

var territoryNouns = mustWordSet("territory_nouns")

// territoryObject reads a strike's object written as a country adjective
// and its land or sites, after a determiner or number: "shelled Bolivian
// villages", "struck two Bolivian border towns" -> Bolivia.
func (x *relater) territoryObject(i, limit int) []*Entity {
	if x.isWord(i, "on", "against") {
		i++ // "air strikes on Bolivian villages"
	}
	for i < limit && (determiners[x.tok(i).Lower] || x.tok(i).Kind == tokNumber) {
		i++
	}
	k := x.mentionIdx(i)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Kind != mDemonym || m.Head != "" || m.Ent == nil || m.Ent.Label != schema.Country || m.Start != i {
		return nil
	}
	e := m.End
	if t := x.tok(e); !territoryNouns[t.Lower] && t.Kind == tokWord && !t.Cap && x.mentionIdx(e) < 0 {
		e++ // "Bolivian border towns"
	}
	if e < limit && territoryNouns[x.tok(e).Lower] {
		return []*Entity{m.Ent}
	}
	return nil
}

// addressee gives ", urging him to" the one the clause addressed. Example:
// "Chile sent a letter to Peru, urging it to talk."
func (x *relater) addressee(ev *event, s Sentence) findStep {
	start, end := ev.start, ev.end
	if ev.rule.Speech && x.tok(start-1).Text == "," && x.isWord(end, "him", "her", "it", "them") && strings.HasSuffix(x.tok(start).Lower, "ing") &&
		(len(ev.targets) == 0 || containsEnt(ev.agents, ev.targets[0])) {
		ev.targets = x.clauseObject(s, start-1, ev.agents)
	}
	return findOn
}

// viaPlaceFinder drops a target found only as the place of a non-actor
// object, but for a strike. Example: "Chile seized a tanker in Peru."
func (x *relater) viaPlaceFinder(ev *event, _ Sentence) findStep {
	if x.viaPlace && ev.rule.Type == schema.Captured && x.seizedVehicle(ev) {
		ev.rule = seizedVehicleRule // "took over a train near X": an attack there
		return findOn
	}
	if x.viaPlace && ev.rule.Type != schema.Bombed && ev.rule.Type != schema.Attacked {
		ev.targets = nil
	}
	return findOn
}

// purposeObject fills an empty target with the object of a purpose after
// "to" (after a threat, a time adverbial may stand between: "threatened
// on Monday to"). Example: "Chile threatened to suspend talks with Peru."
func (x *relater) purposeObject(ev *event, s Sentence) findStep {
	to := ev.end
	if ev.rule.Type == schema.Threatened {
		to = x.skipWhen(to, s.End)
	}
	if len(ev.targets) == 0 && x.isWord(to, "to") && to+2 < s.End {
		ev.targets, _ = x.objects(to+2, s.End, []string{"", "with", "on", "against", "to", "of"}, ev.rule.Places)
	}
	return findOn
}

// relativeObject fills an empty target of a relative clause with its
// antecedent. Example: "The Ardent Front, which Chile had attacked, lost
// ground."
func (x *relater) relativeObject(ev *event, _ Sentence) findStep {
	subjStart := ev.subjStart
	rel := subjStart - 1
	if x.isWord(rel, "the") {
		rel-- // "the Ardent Front, which the Sylvanians accuse of ..."
	}
	if len(ev.targets) > 0 || subjStart <= 0 || !x.isWord(rel, "that", "which") {
		return findOn
	}
	ante := rel - 1
	if x.tok(ante).Text == "," {
		ante--
	}
	if k := x.mentionIdx(ante); k >= 0 && !containsEnt(ev.agents, x.d.Mentions[k].Ent) {
		m := x.d.Mentions[k]
		if ev.rule.Places || !(m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region) {
			ev.targets = []*Entity{m.Ent}
		}
	}
	return findOn
}

// relativePronoun reads "X, which it accused of": X is the target, the
// subject before X the agent. Example: "Chile expelled envoys of Peru,
// which it accused of spying."
func (x *relater) relativePronoun(ev *event, s Sentence) findStep {
	start := ev.start
	if x.isWord(start-1, "it", "they", "he", "she") && x.isWord(start-2, "which", "who", "whom") && x.tok(start-3).Text == "," {
		if k := x.mentionIdx(start - 4); k >= 0 {
			m := x.d.Mentions[k]
			ev.targets = []*Entity{m.Ent}
			ev.agents, _ = x.subjects(m.Start, s.Start, false)
		}
	}
	return findOn
}

// accusedAgent gives the deed of "accused X of backing Y" the accused as
// its agent. Example: "Chile accused Peru of backing the Ardent Front."
func (x *relater) accusedAgent(ev *event, _ Sentence) findStep {
	if !x.isWord(ev.start-1, "of", "for") || len(x.events) == 0 {
		return findOn
	}
	last := x.events[len(x.events)-1]
	if last.sent == ev.sent && len(last.targets) > 0 && last.end >= ev.start-6 && (last.rule.Type == schema.Accused || last.rule.Type == schema.Criticized) {
		ev.agents = last.targets
	}
	return findOn
}
