package ingest

// The modality of an event: negated, planned, reported or asserted, from
// the words around its trigger and the attribution of its sentence. The
// when stage (when.go) asks it for each event.

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

var infinitiveNegators = mustWordSet("infinitive_negators")

// modality decides whether an event is negated, planned, reported or
// asserted from the words around its trigger.
func (x *relater) modality(ev *event) schema.Modality {
	s := x.d.Sentences[ev.sent]
	if m := x.cancelledNoun(ev); m != "" {
		return m // "cancelled her visit to X", "the talks were called off"
	}
	for j := ev.start - 1; j >= s.Start && j >= ev.start-6; j-- {
		t := x.tok(j)
		if t.Text == "," || t.Text == ";" {
			break
		}
		if negators[t.Lower] && !(t.Lower == "not" && x.isWord(j+1, "only")) && // "not only X but also Y"
			!(infinitiveNegators[t.Lower] && !x.isWord(j+1, "to")) { // "talks failed after X blamed Y"
			return schema.Negated
		}
		if x.isWord(j+1, "to") && (negatorNouns[t.Lower] || demandNouns[t.Lower] && x.rejectedBefore(j)) {
			return schema.Negated // "Sylvania's refusal to meet X", "rejected calls to sanction X"
		}
		if t.Lower == "yet" && x.isWord(j+1, "to") || t.Lower == "short" && x.isWord(j-1, "stopped", "stops", "stop") {
			return schema.Negated // "has yet to condemn", "stopped short of condemning"
		}
	}
	// "denying that its patrols fired ...": a denial governs the clause
	for j := ev.start - 1; j >= s.Start && j >= ev.start-14; j-- {
		if denyForms[x.tok(j).Lower] && x.isWord(j+1, "that") {
			return schema.Negated
		}
	}
	from := x.supportVerbAt(ev) // "is expected to have a brief meeting": the plan governs the verb
	for j := from - 1; j >= s.Start && j >= from-4; j-- {
		t := x.tok(j)
		if futureWords[t.Lower] {
			if t.Lower == "to" && !(planVerbs[x.tok(j-1).Lower] || scheduleWords[x.tok(j-2).Lower] || x.d.Sentences[ev.sent].Headline || x.commissionedDeed(j) || x.datedPlanVerb(j) >= 0) {
				continue
			}
			if t.Lower == "would" && x.isWord(j+1, "have") {
				continue
			}
			return schema.Planned
		}
		if t.Kind != tokWord || beVerbs[t.Lower] || verbAdverbs[t.Lower] {
			continue
		}
		if j < from-1 && !isModifierWord(t.Lower) {
			break
		}
	}
	if x.occursLater(ev) {
		return schema.Planned // "a summit between X and Y will take place"
	}
	if x.accusedDeed(ev) {
		return schema.Reported // "accused X of backing Y": a charge, not a fact
	}
	if x.alternativeVerb(ev) {
		return schema.Planned // "may consider X or ask Y to ...": an option
	}
	if x.d.Sentences[ev.sent].Headline && x.isWord(ev.start-1, "to") {
		return schema.Planned
	}
	if x.plannedNoun(ev) {
		return schema.Planned // "a proposed deal between X and Y", "the upcoming summit"
	}
	if !ev.rule.Speech {
		if m, ok := x.attributed(ev); ok {
			return m
		}
	}
	return schema.Asserted
}

// attributed returns the modality an attribution in the event's sentence
// gives it: reported for anyone else's claim and for casualty counts,
// asserted for an actor's own account of its deed ("the army said its
// jets struck", "she told the panel that she had been in Chad").
func (x *relater) attributed(ev *event) (schema.Modality, bool) {
	s := x.d.Sentences[ev.sent]
	for _, j := range [2]int{ev.end, ev.end + 1} {
		if j > ev.start && reportParticiples[x.tok(j).Lower] && x.isWord(j+1, "between", "in", "near", "on", "at", "along", "across", "from") {
			return schema.Reported, true // "clashes reported between X and Y"
		}
	}
	for j := s.Start; j < s.End; j++ {
		if j >= ev.start-1 && j <= ev.end {
			continue
		}
		if !reportVerbs[x.tok(j).Lower] && !x.isWord(j, "according") {
			continue
		}
		if j > ev.end && (x.relativeClause(ev.end, j) || x.clauseBreak(ev.end, j) || x.frontedFrame(ev, j)) {
			continue // "strikes that the United States said ...", "..., and the UN says": another clause's verb
		}
		if j < ev.start || x.tok(j-1).Text == "," || x.tok(j-1).Text == "\"" || x.isWord(j-1, "officials", "official") || x.mentionIdx(j-1) >= 0 {
			if ev.rule.Type != schema.Killed && (x.sameSide(x.speakerAt(j, ev), ev.agents) || x.selfReport(j, ev)) {
				return schema.Asserted, true
			}
			return schema.Reported, true
		}
	}
	if x.inQuotation(ev.start) {
		speaker := x.r.quoteSpeaker(ev.start)
		switch {
		case x.weSpeaker(ev) || speaker != nil && x.sameSide(speaker, ev.agents):
			return schema.Asserted, true // '"Our forces struck back."': the speaker's own deed
		case speaker != nil:
			return schema.Reported, true // a quoted sentence whose speaker is named before or after it
		}
	}
	return "", false
}

// inQuotation reports whether token i stands in a quoted sentence: the
// nearest quote mark before it, in its paragraph, opens a quotation of a
// sentence (a capital follows it). A quotation of a few words ("its
// "limited strikes"") is the writer's, not a speaker's, account.
func (x *relater) inQuotation(i int) bool {
	for j := i - 1; j >= 0 && j > i-150; j-- {
		t := x.tok(j)
		if t.Text == "\"" {
			next := x.tok(j + 1)
			return !next.SpaceBefore && next.Cap && (j == 0 || t.SpaceBefore || t.NewLine)
		}
		if t.NewLine {
			return false
		}
	}
	return false
}

// weSpeaker reports whether an agent of the event is named in its sentence
// by "we" or "our" standing for the quoted speaker (quoteSpeakers).
func (x *relater) weSpeaker(ev *event) bool {
	s := x.d.Sentences[ev.sent]
	for k := range x.d.mentionsIn(s.Start, s.End, false) {
		m := x.d.Mentions[k]
		if m.Rule == "coref/we-speaker" && containsEnt(ev.agents, m.Ent) {
			return true
		}
	}
	return false
}

// relativeClause reports whether the reporting verb at j sits in a
// relative clause opened after the event's end: "raids on clinics that
// the governments of Sylvania and Ruritania called ...".
func (x *relater) relativeClause(end, j int) bool {
	for k := j - 1; k > end && k >= j-8; k-- {
		if x.tok(k).Text == "," || x.tok(k).Text == "\"" {
			return false
		}
		if x.isWord(k, "that", "which", "who", "whom") {
			return true
		}
	}
	return false
}

// selfReport reports whether the event told after the reporting verb at j
// has as agent a pronoun standing for the speaker: "the envoy told the
// panel that she had been in Chad".
func (x *relater) selfReport(j int, ev *event) bool {
	if j > ev.start {
		return false
	}
	from := j + 1
	for k := j + 1; k < ev.start; k++ {
		if x.isWord(k, "that") {
			from = k + 1 // "told Kenyan lawmakers that he ...": the addressee is not the agent
			break
		}
	}
	for k := from; k < ev.start; k++ {
		mi := x.mentionIdx(k)
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		if m.Kind != mPronoun || !x.isWord(k, "he", "she", "i", "we") {
			return false
		}
		for _, a := range ev.agents {
			if a == m.Ent {
				return true
			}
		}
		return false
	}
	return false
}

// supportVerbAt returns the light verb or "have" whose object is the noun
// event ("to hold a short closed-door meeting", "to have a call with"), or
// the event's own start when there is none.
func (x *relater) supportVerbAt(ev *event) int {
	if ev.rule.kind != nounRule {
		return ev.start
	}
	for j := ev.start - 1; j >= x.d.Sentences[ev.sent].Start && j >= ev.start-6; j-- {
		t := x.tok(j)
		if lightVerbs[t.Lower] || haveForms[t.Lower] {
			return j
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap || x.mentionIdx(j) >= 0 {
			break
		}
	}
	return ev.start
}

var (
	frameOpeners      = mustWordSet("frame_openers")
	reportParticiples = mustWordSet("report_participles")
	plannedAdjectives = mustWordSet("planned_adjectives")
)

// frontedFrame reports whether the event sits in a phrase that opens the
// sentence and ends at a comma before the reporting verb at j: the phrase
// sets the scene in the writer's voice, the speaker's words follow it
// ("During a visit by X to Y last week, Z said that ...").
func (x *relater) frontedFrame(ev *event, j int) bool {
	s := x.d.Sentences[ev.sent]
	if !frameOpeners[x.tok(s.Start).Lower] {
		return false
	}
	for k := s.Start; k < ev.end; k++ {
		if x.tok(k).Text == "," {
			return false
		}
	}
	for k := ev.end; k < j; k++ {
		if x.tok(k).Text == "," {
			return true
		}
	}
	return false
}

// plannedNoun reports whether a noun event is named as yet to come by the
// adjective before it: "a proposed deal", "the upcoming summit", "a
// planned pull-out", "ahead of the summit" (hyphenated and plain modifiers
// in between are skipped).
func (x *relater) plannedNoun(ev *event) bool {
	if ev.rule.kind != nounRule {
		return false
	}
	for j := ev.start - 1; j >= ev.start-4 && j >= x.d.Sentences[ev.sent].Start; j-- {
		t := x.tok(j)
		switch {
		case plannedAdjectives[t.Lower], t.Lower == "of" && x.isWord(j-1, "ahead"):
			return true // "a proposed deal", "ahead of the summit"
		case t.Text == "-" || t.Kind == tokWord && !t.Cap && (isModifierWord(t.Lower) || x.isWord(j-1, "of") && x.isWord(j-2, "ahead") && determiners[t.Lower]):
			continue
		}
		return false
	}
	return false
}

// speakerAt returns who speaks through the reporting verb at j: the actor
// before it ("Kirby said", "the Pentagon said"), or after it ("said Kirby").
func (x *relater) speakerAt(j int, ev *event) *Entity {
	s := x.d.Sentences[ev.sent]
	if j < ev.start {
		if subj, _ := x.subjects(j, s.Start, false); len(subj) > 0 {
			return subj[0]
		}
		return nil
	}
	if k := x.mentionIdx(j - 1); k >= 0 {
		return x.d.Mentions[k].Ent
	}
	if k := x.mentionIdx(j + 1); k >= 0 {
		return x.d.Mentions[k].Ent
	}
	return nil
}

// sameSide reports whether the speaker belongs to the state or body of one
// of the agents: its official, a part of it, or the actor itself.
func (x *relater) sameSide(speaker *Entity, agents []*Entity) bool {
	side := x.side(speaker)
	if side == "" {
		return false
	}
	for _, a := range agents {
		if x.side(a) == side {
			return true
		}
	}
	return false
}

// side names the state an actor speaks for: a country's iso3, the country
// of a government body or official, else the organisation itself.
func (x *relater) side(e *Entity) string {
	if e == nil {
		return ""
	}
	switch e.Label {
	case schema.Country:
		return e.ISO3
	case schema.Organisation:
		if e.ISO3 != "" {
			return e.ISO3
		}
		return e.ID
	case schema.Person:
		titled := false
		for _, f := range x.r.titles {
			if f.person == e && f.of != nil && f.of.Label != schema.Person {
				return x.side(f.of)
			}
			titled = titled || f.person == e && !f.noCtx
		}
		if titled {
			// a title without its state: the dateline's country, as the
			// structural pass decides ("WASHINGTON - ... President X")
			for _, m := range x.d.Mentions {
				if m.Ent != nil && m.Rule == "city/dateline" {
					return m.Ent.ISO3
				}
			}
		}
	}
	return ""
}

var hireVerbs = mustWordSet("hire_verbs")

// commissionedDeed reports whether the "to" at j opens the infinitive of a
// commissioned deed: "hired NAME to", "paid the men to".
func (x *relater) commissionedDeed(j int) bool {
	if k := x.mentionIdx(j - 1); k >= 0 {
		return hireVerbs[x.tok(x.d.Mentions[k].Start-1).Lower]
	}
	for b := j - 1; b >= j-3 && b >= 0; b-- {
		if hireVerbs[x.tok(b).Lower] {
			return true
		}
		if x.tok(b).Kind != tokWord {
			return false
		}
	}
	return false
}

// alternativeVerb reports whether the verb at start is a base form joined
// by "or" to another: "may consider X or ask Y to ..." offers options, none
// of which happened.
func (x *relater) alternativeVerb(ev *event) bool {
	if ev.rule.kind != verbRule || !x.isWord(ev.start-1, "or") || x.isWord(ev.start-2, "not", "n't") {
		return false
	}
	for _, rs := range x.rules.byFirst[x.tok(ev.start).Lower] {
		if rs.rule == ev.rule && rs.form == "base" {
			return true
		}
	}
	return false
}

var accusers = mustWordSet("accusers")

// accusedDeed reports whether the event's trigger is the deed of a charge:
// an -ing verb after "of" that closes "accused (X) of".
func (x *relater) accusedDeed(ev *event) bool {
	if ev.rule.kind != verbRule || !x.isWord(ev.start-1, "of") || !strings.HasSuffix(x.tok(ev.start).Lower, "ing") {
		return false
	}
	for j := ev.start - 2; j >= ev.start-6 && j >= 0; j-- {
		if accusers[x.tok(j).Lower] {
			return true
		}
		if t := x.tok(j); t.Kind != tokWord && t.Text != "-" {
			return false
		}
	}
	return false
}

// rejectedBefore reports whether the demand noun at j is the object of a
// verb of rejection: "rejected (the) calls to ...".
func (x *relater) rejectedBefore(j int) bool {
	if determiners[x.tok(j-1).Lower] {
		j--
	}
	return denyVerbs[x.tok(j-1).Lower]
}

// occursLater reports whether a noun event is the subject of a verb of
// occurring put in the future: "a summit between X and Y will take
// place", "talks with Y are expected to be held", "the meeting is set to
// go ahead". The noun's own phrase may stand between.
func (x *relater) occursLater(ev *event) bool {
	if ev.rule.kind != nounRule {
		return false
	}
	s := x.d.Sentences[ev.sent]
	for j := ev.end; j < s.End && j < ev.end+12; j++ {
		t := x.tok(j)
		if t.Text == "," || t.Text == ";" || t.Text == "." || reportVerbs[t.Lower] {
			return false
		}
		if !futureWords[t.Lower] || t.Lower == "to" && !scheduleWords[x.tok(j-1).Lower] {
			continue
		}
		k := j + 1
		for k < s.End && k < j+4 && auxWords[x.tok(k).Lower] {
			k++ // "will be", "is expected to"
		}
		return x.isWord(k, "take") && x.isWord(k+1, "place") || x.isWord(k, "be") && heldWords[x.tok(k+1).Lower] ||
			x.isWord(k, "go") && x.isWord(k+1, "ahead") || x.isWord(k, "happen", "occur", "convene", "resume")
	}
	return false
}
