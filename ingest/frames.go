package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Frames the verb-and-noun lexicon leaves open around a noun trigger: a
// "by" agent before the patient ("attacks by X on Y", "sanctions imposed by
// X on Y"), possessive agents behind adjectives ("X's unwavering support for
// Y"), "of" patients ("X's backing of Y"), agents in a reduced relative
// ("the sanctions X has imposed"), support held ("has the backing of X"),
// support verbs ("pledged support for"), deaths caused by an operation,
// and the argument readers of single rules that ruleHooks calls
// (rule_hooks.go: "blamed the attacks on X", "expelled X's diplomats").
// Judgments and alliances are in stances.go, tariffs in trade.go, clause
// structure for verb subjects in clause.go.

var byParticiples = mustWordSet("by_participles")

// byPhraseEnd returns the token after the agent of "by X" right after a
// nominal at i ("attacks by X on Y"), or -1.
func (x *relater) byPhraseEnd(i, limit int) int {
	j := i
	for j < limit && j < i+2 && byParticiples[x.tok(j).Lower] {
		j++
	}
	if !x.isWord(j, "by") {
		return -1
	}
	end := -1
	for k := j + 1; k < limit && k < j+12; k++ {
		if x.isWord(k, "the", "and") || x.tok(k).Text == "," && end > 0 {
			continue
		}
		mi := x.mentionIdx(k)
		if mi < 0 {
			break
		}
		end = x.d.Mentions[mi].End
		k = end - 1
	}
	return end
}

// possessiveAgent finds the possessor of a nominal behind up to three
// adjectives: "X's unwavering support", "its strong backing".
func (x *relater) possessiveAgent(i, sentStart int) []*Entity {
	j := i - 1
	n := 0
	for j > sentStart && n < 3 && x.adjectiveLike(j) {
		j--
		n++
	}
	if n == 0 {
		return nil
	}
	t := x.tok(j)
	k := x.mentionIdx(j)
	if t.Lower == "'s" || t.Lower == "its" || t.Lower == "their" || k >= 0 && (x.d.Mentions[k].Possessive || x.d.Mentions[k].Kind == mDemonym) {
		return x.agentBefore(j+1, sentStart)
	}
	return nil
}

var plainAdjectives = mustWordSet("plain_adjectives")

// adjectiveLike reports whether token i reads as an adjective between a
// possessor and its noun.
func (x *relater) adjectiveLike(i int) bool {
	t := x.tok(i)
	if t.Kind != tokWord || t.Cap || x.mentionIdx(i) >= 0 {
		return false
	}
	if plainAdjectives[t.Lower] || isModifierWord(t.Lower) && t.Lower != "," {
		return true
	}
	for _, suf := range []string{"ful", "al", "ive", "ous", "ic", "ent", "ant", "less", "ble", "ary", "ed", "ing", "est"} {
		if strings.HasSuffix(t.Lower, suf) && len(t.Lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// blamedOn reads "blamed the attacks on X": X is blamed.
func (x *relater) blamedOn(ev *event, s Sentence) {
	if len(ev.targets) > 0 || !strings.HasPrefix(x.tok(ev.start).Lower, "blam") {
		return
	}
	for j := ev.end; j < s.End && j < ev.end+6; j++ {
		if x.isWord(j, "on") {
			// a named actor only: "militants" read as the group is a guess
			if k := x.mentionIdx(j + 1 + btoi(x.isWord(j+1, "the"))); k >= 0 && x.d.Mentions[k].Kind != mDescriptor {
				ev.targets, _ = x.objects(j+1, s.End, nil, false)
			} else if c := x.harbouringState(j+1, s.End); c != nil {
				ev.targets = []*Entity{c} // "blamed the attacks on militants based in X", "... on Afghan soil"
			}
			return
		}
	}
}

var consequenceVerbs = mustWordSet("consequence_verbs")

var outcomeModals = mustWordSet("outcome_modals")

// warnedOutcome reads "warned that X would pay a heavy price": X is
// threatened; "warned of X's ..." names a danger, not a threatened actor.
func (x *relater) warnedOutcome(ev *event) {
	of := ev.end
	for of < ev.end+3 && (x.isWord(of, "in", "on", "last", "earlier", "this") || months[x.tok(of).Lower] > 0 || weekdays[x.tok(of).Lower] > 0) {
		of++ // "warned in July of ..."
	}
	if strings.HasPrefix(x.tok(ev.start).Lower, "warn") && x.isWord(of, "of", "about") {
		ev.targets = nil // "warned of X's aggression": a danger named, not a threat made to X
		return
	}
	if len(ev.targets) > 0 || !x.isWord(ev.end, "that") {
		return
	}
	at := ev.end + 1
	if x.isWord(at, "the") && x.mentionIdx(at) < 0 {
		at++
	}
	if k := x.mentionIdx(at); k >= 0 {
		m := x.d.Mentions[k]
		if outcomeModals[x.tok(m.End).Lower] && consequenceVerbs[x.tok(m.End+1).Lower] {
			ev.targets = []*Entity{m.Ent}
		}
		// "warned that the Peruvian government's actions would divide the country"
		c := m.End + btoi(x.isWord(m.End, "'s"))
		if (m.Possessive || c > m.End) && conductNouns[x.tok(c).Lower] && outcomeModals[x.tok(c+1).Lower] {
			ev.targets = []*Entity{m.Ent}
		}
	}
}

var diplomatNouns = mustWordSet("diplomat_nouns")

// expelledDiplomats reads "expelled Russian diplomats", "expelled Y's
// ambassador": the diplomats' state; other expulsions are no event.
func (x *relater) expelledDiplomats(ev *event, s Sentence) {
	ev.targets = nil
	for j := ev.end; j < s.End && j < ev.end+6; j++ {
		if diplomatNouns[x.tok(j).Lower] {
			for k := ev.end; k <= j; k++ {
				if mi := x.mentionIdx(k); mi >= 0 && x.d.Mentions[mi].Ent != nil {
					ev.targets = []*Entity{x.d.Mentions[mi].Ent}
					break
				}
			}
			break
		}
	}
	if len(ev.targets) == 0 {
		ev.agents = nil
	}
}

// phrasalVerbAt reports whether a verb trigger of two or more words starts
// at i ("calls on"): after a name it is a verb, not a plural noun.
func (x *relater) phrasalVerbAt(i int) bool {
	for _, rs := range x.rules.byFirst[x.tok(i).Lower] {
		if rs.rule.kind != verbRule || len(rs.seq) < 2 || rs.form != "s" {
			continue
		}
		if x.isWord(i+1, rs.seq[1]) {
			return true
		}
	}
	return false
}

var pastAuxWords = mustWordSet("past_aux_words")

// reducedRelative reads a nominal whose agent follows it in a relative
// clause: "the penalties Sylvania has placed on Freedonia", "the raids
// that Ruritania carried out on the port".
func (x *relater) reducedRelative(ev *event, s Sentence) {
	j := ev.end
	if x.isWord(j, "that", "which") {
		j++
	}
	k := x.mentionIdx(j)
	if k < 0 {
		return
	}
	m := x.d.Mentions[k]
	if m.Place || m.Kind == mDemonym && m.Head == "" || m.Possessive {
		return
	}
	v := m.End
	for v < m.End+3 && pastAuxWords[x.tok(v).Lower] {
		v++
	}
	if !lightVerbs[x.tok(v).Lower] && !tradeVerbs[x.tok(v).Lower] || !strings.HasSuffix(x.tok(v).Lower, "ed") && !irregularPast(x.tok(v).Lower) {
		return
	}
	ev.agents = []*Entity{m.Ent}
	var preps []string
	for _, p := range ev.rule.Preps {
		if p != "" {
			preps = append(preps, p)
		}
	}
	if len(preps) > 0 {
		ev.targets, _ = x.objects(v+1, s.End, preps, ev.rule.Places)
	}
}

// irregularPast reports whether w is an irregular past form of the lexicon.
func irregularPast(w string) bool {
	for _, f := range irregular {
		if f[0] == w || f[1] == w {
			return true
		}
	}
	return false
}

var supportHolders = mustWordSet("support_holders")

// backingOf reads "Y has the backing of X" and "Y, with the support of X,":
// X supports Y.
func (x *relater) backingOf(ev *event, s Sentence) {
	holder := x.wordOverModifiers(supportHolders, x.pastAmount(ev.start, s.Start), s.Start, 5)
	if holder < 0 {
		return
	}
	agents, _ := x.objects(ev.end+1, s.End, nil, false)
	if len(agents) == 0 {
		return
	}
	var targets []*Entity
	if x.isWord(holder, "with") && (holder == s.Start || x.tok(holder-1).Text == "\"") {
		targets = x.afterFrontedPhrase(holder, s) // "With support from X, Y has ..."
	} else {
		targets, _ = x.subjects(holder, s.Start, false)
	}
	if len(targets) > 0 {
		ev.agents, ev.targets = agents, targets
	}
}

var lightVerbAux = mustWordSet("light_verb_aux")

// lightVerbApposition gives the subject of the light verb governing the
// nominal at i when an apposition stands before that verb: "Somali
// soldiers, supported by Y, are conducting operations".
func (x *relater) lightVerbApposition(i int, s Sentence) []*Entity {
	for j := i - 1; j >= s.Start && j >= i-4; j-- {
		if !lightVerbs[x.tok(j).Lower] {
			continue
		}
		for j > s.Start && lightVerbAux[x.tok(j-1).Lower] {
			j--
		}
		return x.appositionSubject(j, s)
	}
	return nil
}

var causeVerbs = mustWordSet("cause_verbs")

// deathsOf reads "..., which led to the deaths of nine fighters": the
// agent of the event that caused them killed them.
func (x *relater) deathsOf(ev *event, s Sentence) {
	ev.agents = nil
	cause := false
	for j := ev.start - 1; j >= s.Start && j >= ev.start-4; j-- {
		if causeVerbs[x.tok(j).Lower] {
			cause = true
			break
		}
	}
	if !cause || len(ev.targets) == 0 {
		ev.targets = nil
		return
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		o := &x.events[k]
		if o.sent != ev.sent || len(o.agents) == 0 {
			continue
		}
		switch o.rule.Type {
		case schema.Attacked, schema.Bombed, schema.Killed:
			ev.agents = o.agents
			ev.inherit = o
			if len(o.targets) == 0 {
				o.targets = ev.targets // "a raid by X that caused the deaths of Y": X attacked Y
			}
			return
		}
	}
	ev.targets = nil
}

// afterFrontedPhrase returns the subject after the comma that closes a
// phrase opening the sentence at i.
func (x *relater) afterFrontedPhrase(i int, s Sentence) []*Entity {
	for j := i; j < s.End && j < i+15; j++ {
		if x.tok(j).Text != "," {
			continue
		}
		if x.isWord(j+1, "the") {
			j++
		}
		if k := x.mentionIdx(j + 1); k >= 0 && x.usableSubject(x.d.Mentions[k], j+2, false) {
			return []*Entity{x.d.Mentions[k].Ent}
		}
		return nil
	}
	return nil
}

var supportVerbs = mustWordSet("support_verbs")

var supportQuantifiers = mustWordSet("support_quantifiers")

// supportVerbAgent finds a support verb right before the nominal, with only
// determiners and modifiers between them, and takes its subject.
func (x *relater) supportVerbAgent(ev *event, s Sentence) {
	low := ev.start - 5
	for j := ev.start - 1; j >= s.Start && j >= low; j-- {
		t := x.tok(j)
		if x.isWord(j, "in", "of", "worth") && j > s.Start && amountWord(x.tok(j-1)) {
			for j-1 > s.Start && amountWord(x.tok(j-1)) {
				j--
				low--
			}
			continue // "provided $5 million in aid to": an amount of the nominal
		}
		if supportVerbs[t.Lower] {
			if strings.HasSuffix(t.Lower, "ing") && !x.isWord(j-1, "by") && !beVerbs[x.tok(j-1).Lower] {
				return // a gerund takes its subject only after "by" or "be"
			}
			if x.isPassive(j) {
				return // "aid was delivered to": no subject acts
			}
			ev.agents, _ = x.subjects(j+1, s.Start, false)
			return
		}
		if !isModifierWord(t.Lower) && !x.adjectiveLike(j) && !supportQuantifiers[x.tok(j).Lower] {
			return
		}
	}
}

var amountNouns = mustWordSet("amount_nouns")

// amountWord reports whether t belongs to a sum or count: "$", "5",
// "million".
func amountWord(t *Token) bool {
	if t.Text == "$" || t.Text == "€" || t.Text == "£" || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' {
		return true
	}
	return amountNouns[t.Lower]
}

// hasNounReading reports whether some noun trigger starts with the word at
// i: "X accuses of" has none and is a verb, "X sanctions of" has one.
func (x *relater) hasNounReading(i int) bool {
	for _, rs := range x.rules.byFirst[x.tok(i).Lower] {
		if rs.rule.kind == nounRule {
			return true
		}
	}
	return false
}

var weighVerbs = mustWordSet("weigh_verbs")

var weighedSanctionsRule = &Rule{ID: "threatened/weighed-sanctions", Type: schema.Threatened, Preps: []string{"on", "against"}}

// sanctionsWeighed reads "X is considering sanctions against Y" as a threat.
func (x *relater) sanctionsWeighed(ev *event, s Sentence) {
	j := x.wordOverModifiers(weighVerbs, ev.start, s.Start, 4)
	if j < 0 {
		return
	}
	if a, _ := x.subjects(j, s.Start, false); len(a) > 0 {
		ev.agents = a
		ev.rule = weighedSanctionsRule
	}
}

// wordOverModifiers returns the word of words nearest before the trigger
// at start, at most n tokens back and after from, with only modifiers
// between them ("drew sharp criticism", "is considering new sanctions"),
// or -1.
func (x *relater) wordOverModifiers(words map[string]bool, start, from, n int) int {
	for j := start - 1; j >= from && j >= start-n; j-- {
		if words[x.tok(j).Lower] {
			return j
		}
		if !isModifierWord(x.tok(j).Lower) && !x.adjectiveLike(j) {
			return -1
		}
	}
	return -1
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

var timeWords = mustWordSet("time_words")

var impactLinks = mustWordSet("impact_links")

// detachedPatient reports whether the word right after a nominal at end
// cuts it off from a patient further on: an adverb or a verb, not a
// preposition, a name, a comma, a time phrase, a passive participle
// ("campaigns being waged against X") or a verb of impact ("air strikes hit
// the port of X").
func (x *relater) detachedPatient(end int) bool {
	t := x.tok(end)
	if t.Kind != tokWord || t.Cap || x.mentionIdx(end) >= 0 || prepositions[t.Lower] || timeWords[t.Lower] ||
		isModifierWord(t.Lower) || byParticiples[t.Lower] || beVerbs[t.Lower] || lightVerbs[t.Lower] ||
		strings.HasSuffix(t.Lower, "ed") || impactLinks[x.tok(end).Lower] {
		return false
	}
	if _, day := weekdays[t.Lower]; day {
		return false
	}
	return true
}

var drawVerbs = mustWordSet("draw_verbs")

// drawnFrom reads "X drew criticism from Y" and "X's shelling of Z drew
// condemnation from Y": Y criticises X (or the agent of X's act).
func (x *relater) drawnFrom(ev *event, s Sentence) {
	ev.agents, _ = x.objects(ev.end+1, s.End, nil, false)
	ev.targets = nil
	if len(ev.agents) == 0 {
		return
	}
	verb := x.wordOverModifiers(drawVerbs, ev.start, s.Start, 4)
	if verb < 0 {
		return
	}
	if subj, _ := x.subjects(verb, s.Start, false); len(subj) > 0 {
		ev.targets = subj
		return
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		if o := x.events[k]; o.sent == ev.sent && o.end <= verb && len(o.agents) > 0 {
			ev.targets = o.agents // "Russia's shelling of Kharkiv drew condemnation"
			return
		}
	}
	if p := x.subjectPossessor(verb, s.Start); p != nil {
		ev.targets = []*Entity{p} // "Chile's decision drew criticism from Peru"
	}
}

// subjectPossessor returns the actor that owns the subject noun right
// before the verb at v: "Chile's decision drew", "the Chilean plan drew".
func (x *relater) subjectPossessor(v, sentStart int) *Entity {
	j := v - 1
	for n := 0; j > sentStart && n < 8 && x.tok(j).Kind == tokWord && !x.tok(j).Cap && x.mentionIdx(j) < 0; n++ {
		j--
	}
	if j == v-1 {
		return nil // no noun of its own: the actor is the subject
	}
	if x.isWord(j, "'s") {
		j--
	}
	k := x.mentionIdx(j)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region || !(m.Possessive || x.isWord(m.End, "'s") || m.Kind == mDemonym && m.Head == "") {
		return nil
	}
	return m.Ent
}
