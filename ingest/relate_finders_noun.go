package ingest

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// The finders of hyphen compounds and nominal triggers (see argFinders).

// hyphenModifier rejects a nominal right after a hyphen: the tail of a
// compound ("X -strikes"), not a trigger of its own. Example: "Norway
// condemned the Chilean -strikes on Peru."
func (x *relater) hyphenModifier(ev *event, _ Sentence) findStep {
	if x.isWord(ev.start-1, "-") && !x.tok(ev.start).SpaceBefore {
		return findNone
	}
	return findOn
}

var figurativeFightWords = mustWordSet("figurative_fight_words")

// figurativeFight rejects an attack noun that names a contest of words or
// trade. Example: "Chile waged a propaganda war against Peru."
func (x *relater) figurativeFight(ev *event, _ Sentence) findStep {
	if t := ev.rule.Type; (t == schema.Attacked || t == schema.Bombed) && figurativeFightWords[x.tok(ev.start-1).Lower] {
		return findNone
	}
	return findOn
}

// hyphenAgent reads an agent-VERBed compound: the agent before the hyphen,
// the target after the trigger. It rejects a trigger that is no hyphen
// compound. Example: "Norway condemned the Chilean-backed Ardent Front."
func (x *relater) hyphenAgent(ev *event, s Sentence) findStep {
	start, end := ev.start, ev.end
	if !x.isWord(start-1, "-") || x.tok(start).SpaceBefore {
		return findNone
	}
	k := x.mentionIdx(start - 2)
	if k < 0 {
		return findNone
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
	return findOn
}

var oppositionFighters = mustWordSet("opposition_fighters")

// hyphenOpposition fills an empty target of "X-backed forces" with the
// article's opposition, when it has one. Example: "The Peruvian opposition
// marched. Chilean-backed forces took the hill."
func (x *relater) hyphenOpposition(ev *event, _ Sentence) findStep {
	if len(ev.targets) == 0 && oppositionFighters[x.tok(ev.end).Lower] {
		if o := x.r.docOpposition(); o != nil && x.isWord(ev.end, "forces", "rebels", "fighters", "groups") {
			ev.targets = []*Entity{o}
		}
	}
	return findOn
}

// cameUnder reads "came under attack from X": the subject is the target,
// the "from" or "by" phrase the agent; nothing else applies. Example: "Peru
// came under attack from Chile."
func (x *relater) cameUnder(ev *event, s Sentence) findStep {
	ru, start, end := ev.rule, ev.start, ev.end
	if !x.isWord(start-1, "under") && !x.isWord(start-2, "under") && !x.isWord(start-3, "under") {
		return findOn
	}
	ev.targets, _ = x.subjects(start, s.Start, ru.Places)
	if u := x.underAt(start); len(ev.targets) == 0 && comeForms[x.tok(u-1).Lower] {
		ev.targets, _ = x.subjects(u-1, s.Start, ru.Places) // "Chile's forces came under a calculated attack"
	}
	ev.agents, _ = x.objects(end, s.End, []string{"from", "by"}, false)
	return findDone
}

// modifierAgent reads the agent written as the nominal's modifier or
// possessor. Example: "Chilean air strikes on Peru continued."
func (x *relater) modifierAgent(ev *event, s Sentence) findStep {
	ev.agents = x.agentBefore(ev.start, s.Start)
	return findOn
}

// byAgentFinder fills an empty agent from a "by" phrase after the trigger.
// A "by" phrase that names someone the recognizer does not know ("a visit
// by Ana Rojas") still says who the agent is: no later finder may give the
// deed to another actor of the sentence. Example: "Air strikes by Chile on
// Peru continued."
func (x *relater) byAgentFinder(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 {
		ev.agents, _ = x.byAgent(ev.end, s.End)
		if len(ev.agents) == 0 && ev.rule.kind == nounRule && x.unknownByAgent(ev.end) {
			return findNone
		}
	}
	return findOn
}

// unknownByAgent reports whether token i is a "by" followed by a name
// that is no mention: "by Ana Rojas", not "by Monday" or "by March".
func (x *relater) unknownByAgent(i int) bool {
	if !x.isWord(i, "by") || x.mentionIdx(i+1) >= 0 {
		return false
	}
	t := x.tok(i + 1)
	_, day := weekdays[t.Lower]
	_, month := months[t.Lower]
	return t.Kind == tokWord && t.Cap && !day && !month && x.tok(i+2).Kind == tokWord && x.tok(i+2).Cap
}

// lightVerbSubject fills an empty agent with the subject of a support verb
// or of "have": "launched an attack", "had a call with". Example: "Chile
// launched a strike on Peru."
func (x *relater) lightVerbSubject(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 && (x.lightVerbBefore(ev.start) || x.haveBefore(ev.rule, ev.start)) {
		ev.agents, _ = x.subjects(ev.start, s.Start, false)
	}
	return findOn
}

// frontedAgentFinder fills an empty agent with the subject after a fronted
// phrase (for a verb, one that opens the sentence). Example: "In the
// fight against the Ardent Front, Chile has deployed drones over Peru."
func (x *relater) frontedAgentFinder(ev *event, s Sentence) findStep {
	if len(ev.agents) > 0 || ev.rule.kind != nounRule && ev.start != s.Start {
		return findOn
	}
	if x.pluralNominal(ev) && x.afterEventPrep(ev.start, s.Start) {
		return findOn // "After the attacks on X, Chile ...": a series told as background
	}
	ev.agents = x.frontedAgent(ev.start, s)
	return findOn
}

// afterEventPrep reports whether the nominal at i opens with an event
// preposition behind modifiers: "after the terrorist attacks".
func (x *relater) afterEventPrep(i, sentStart int) bool {
	for j := i - 1; j >= sentStart && j >= i-5; j-- {
		w := x.tok(j).Lower
		if eventPreps[w] || w == "since" {
			return true
		}
		if !isModifierWord(w) && !deedModifiers[w] {
			return false
		}
	}
	return false
}

// talksSubject fills an empty agent of talks or a call in a "for" or
// "during" phrase with the sentence's subject. Example: "Chilean Foreign
// Minister Mira Okafor visited Peru for talks with Peruvian President Tomas
// Reyes."
func (x *relater) talksSubject(ev *event, s Sentence) findStep {
	ru, start := ev.rule, ev.start
	if len(ev.agents) == 0 && (ru.Type == schema.MetWith || ru.Type == schema.SpokeWith) &&
		(x.isWord(start-1, "for", "during") || x.isWord(start-1, "in") && beVerbs[x.tok(start-2).Lower]) {
		ev.agents = x.mainSubject(s, start)
	}
	return findOn
}

// strikeAgent fills an empty agent of a strike in an "in" phrase with the
// agent of the deed just before it. Example: "Chile killed a rebel
// commander in an airstrike on Peru."
func (x *relater) strikeAgent(ev *event, _ Sentence) findStep {
	start := ev.start
	if len(ev.agents) > 0 || !(x.isWord(start-2, "in") || x.isWord(start-3, "in")) || len(x.events) == 0 {
		return findOn
	}
	if last := &x.events[len(x.events)-1]; last.sent == ev.sent && last.end >= start-10 && len(last.agents) > 0 {
		switch last.rule.Type {
		case schema.Killed, schema.Attacked, schema.Bombed, schema.Captured:
			ev.agents = last.agents
			ev.inherit = last
		}
	}
	return findOn
}

// subordinateSubject fills an empty agent of a nominal in an "after" or
// "during" phrase with the main clause's subject. Example: "Chile captured
// Peru after a two-day assault."
func (x *relater) subordinateSubject(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 && !ev.rule.Speech && x.subordinated(ev.start, s.Start) {
		if subj := x.mainSubject(s, ev.start); len(subj) > 0 && (!x.pluralNominal(ev) || x.actsBefore(subj[0], ev)) {
			ev.agents = subj
		}
	}
	return findOn
}

// pluralNominal reports whether the nominal of ev is a plural, a series
// told as background ("after the attacks on X"), not one deed ("during a
// visit to X").
func (x *relater) pluralNominal(ev *event) bool {
	w := x.tok(ev.end - 1).Lower
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// actsBefore reports whether e is the agent of an event told earlier in
// ev's sentence: the main clause of "Chile captured X after an assault" is
// a deed of Chile's, that of "Chile grew richer after the attacks on X" is
// none, and the attacks stay someone else's.
func (x *relater) actsBefore(e *Entity, ev *event) bool {
	for k := len(x.events) - 1; k >= 0; k-- {
		o := &x.events[k]
		if o.sent != ev.sent {
			break
		}
		if o.start < ev.start && slices.Contains(o.agents, e) {
			return true
		}
	}
	return false
}

// symmetricBetween splits the targets of a symmetric nominal "between X and
// Y" without an agent: X is the agent. Example: "Talks between Chile and
// Peru ended."
func (x *relater) symmetricBetween(ev *event, _ Sentence) findStep {
	if ev.rule.Type.Symmetric() && len(ev.targets) >= 2 && len(ev.agents) == 0 && x.betweenAt(ev.end) {
		ev.agents = ev.targets[:1]
		ev.targets = ev.targets[1:]
	}
	return findOn
}
