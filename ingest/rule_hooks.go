package ingest

import (
	"strings"
)

// ruleHook is the code of a built-in rule that its data cannot say. It
// runs after the argument finders and the rule's data conditions
// (ruleConditions) and is false when it clears the event.
type ruleHook func(x *relater, ev *event, s Sentence) bool

// ruleHooks are the escape hatches of the relation lexicon, keyed by rule
// id: conditions that need more than a word set near the trigger (the
// word class of a neighbour, the kind of a mention, an earlier event) or
// that find arguments themselves. Everything else a rule needs is in
// data/rules.yaml.
var ruleHooks = map[string]ruleHook{
	// "tariff threats", "sanctions relief": the noun modifies another noun.
	// Code: it takes any lower-case word that is not a preposition,
	// participle, auxiliary or conjunction, which is a word class, not a set.
	"sanctioned/noun":   nounModifier,
	"sanctioned/tariff": nounModifier,
	// "led to the deaths of nine fighters": the agent of the event
	// that caused the deaths. Code: it reads an earlier event.
	"killed/deaths": func(x *relater, ev *event, s Sentence) bool { x.deathsOf(ev, s); return true },
	// "faces consequences": a threat needs someone who makes it. Code: it
	// depends on what the argument finders found, not on words.
	"threatened/noun": func(x *relater, ev *event, s Sentence) bool {
		if len(ev.agents) == 0 {
			ev.targets = nil
		}
		return true
	},
	// "asked X to", "demanded that X withdraw": a request needs an actor
	// asked to act. Code: it reads the mentions after the trigger.
	"urged/ask": func(x *relater, ev *event, s Sentence) bool { x.askFrame(ev); return true },
	// "blamed the attacks on X": X is blamed. Code: it finds an argument.
	"accused/verb": func(x *relater, ev *event, s Sentence) bool { x.blamedOn(ev, s); return true },
	// "helped Mauritius build", not "to help resolve the situation". Code:
	// it needs a mention right after the trigger.
	"supported/verb": helpedActor,
	// "attacked the newspaper for refusing ...": words, not arms. Code: it
	// reads the labels of the arguments and changes the event's rule.
	"attacked/verb": func(x *relater, ev *event, s Sentence) bool {
		if x.verbalAttack(ev) {
			ev.rule = verbalAttackRule
		}
		return true
	},
	// "warned that it will exert pressure on X" threatens X; "warned of
	// X's aggression" names a danger. Code: it finds an argument.
	"threatened/verb": func(x *relater, ev *event, s Sentence) bool {
		if len(ev.targets) == 0 && len(ev.agents) > 0 {
			ev.targets = x.threatInClause(ev.end, s.End)
		}
		x.warnedOutcome(ev)
		return true
	},
	// "attacks in Peru": only a deed of arms, not "operations in the
	// region", and not on the agent's own ground. Code: it reads the
	// preposition after the trigger and the sides of the arguments.
	"attacked/noun": func(x *relater, ev *event, s Sentence) bool { x.attacksIn(ev, s); return true },
	// "drove Peruvian troops out of X", not "pushed Peru out of the bloc":
	// a state is driven out only by its armed men. Code: it reads the
	// words of the object.
	"attacked/drove-out": func(x *relater, ev *event, s Sentence) bool { x.droveOutArmed(ev); return true },
	// "a Chilean delegation arrived in Lima", not "Chile is in a crisis":
	// a state arrives through its envoys or ships. Code: it reads the
	// head of the subject's mention.
	"visited/be-in": func(x *relater, ev *event, s Sentence) bool { x.stateArrivals(ev); return true },
	// "a tour of Peru and Bolivia": the places toured. Code: it reads the
	// trigger's word and the preposition after it.
	"visited/noun": func(x *relater, ev *event, s Sentence) bool { x.tourOf(ev, s); return true },
	// "hosted a summit of the Andean bloc": the bloc is met. Code: it
	// reads the meeting noun after the trigger.
	"met-with/verb": func(x *relater, ev *event, s Sentence) bool { x.hostedGathering(ev, s); return true },
	// "X clashed with Y over quotas" is a dispute: a clash needs an armed
	// party. Code: it reads the kinds of the mentions in the sentence.
	"attacked/clash":   func(x *relater, ev *event, s Sentence) bool { x.armedClash(ev); return true },
	"attacked/clashes": func(x *relater, ev *event, s Sentence) bool { x.armedClash(ev); return true },
	// "X and Y traded accusations": each accuses the other. Code: it
	// rearranges the arguments.
	"accused/traded":    func(x *relater, ev *event, s Sentence) bool { x.coordinatedMutual(ev); return true },
	"threatened/traded": func(x *relater, ev *event, s Sentence) bool { x.coordinatedMutual(ev); return true },
	// "expelled Freedonian diplomats": the diplomats' state. Code: it
	// finds an argument.
	"suspended-talks/expel": func(x *relater, ev *event, s Sentence) bool { x.expelledDiplomats(ev, s); return true },
	// "X and Y discussed the war": the coordinated subjects met, whatever
	// the object, unless "to discuss". Code: it rearranges the arguments.
	"met-with/discuss": func(x *relater, ev *event, s Sentence) bool {
		if len(ev.targets) == 0 && len(ev.agents) >= 2 && !x.isWord(ev.start-1, "to") {
			ev.targets = ev.agents[1:]
			ev.agents = ev.agents[:1]
		}
		return true
	},
	// "headed the mission in X" leads something, it goes nowhere: a
	// travel verb with a direct object is no travel. Code: the object may
	// be a determiner or a possessive name ("headed Peru's delegation").
	"visited/travel": func(x *relater, ev *event, s Sentence) bool {
		if determiners[x.tok(ev.end).Lower] || x.isWord(ev.end, "our") {
			ev.agents, ev.targets = nil, nil
			return false
		}
		if k := x.mentionIdx(ev.end); k >= 0 && x.isWord(x.d.Mentions[k].End, "'s") {
			ev.agents, ev.targets = nil, nil
			return false
		}
		return true
	},
	// "told Peru to withdraw", not "wants to meet Peru" nor "officials told
	// VOA, Peru wants to": the one told is named right after the trigger and
	// "to" right after it. Code: it reads the mentions there.
	"urged/to-verb": func(x *relater, ev *event, s Sentence) bool { return x.toldTo(ev, s) },
	// "welcomed X to Lima" is a meeting, "welcomed X's decision" a stance.
	// Code: the same frame as a request, an actor then "to".
	"met-with/welcome": func(x *relater, ev *event, s Sentence) bool { return x.toldTo(ev, s) },
	// "the town fell to X": the converse of a capture. Code: it swaps the
	// arguments and needs a place right before the trigger.
	"captured/fell-to": func(x *relater, ev *event, s Sentence) bool { return x.fellTo(ev, s) },
	// "called X" is a call only when X is an actor and nothing says what
	// X is called ("called Freedonia a threat"). Code: it reads the
	// mention after the trigger.
	"spoke-with/verb": func(x *relater, ev *event, s Sentence) bool {
		if strings.HasPrefix(x.tok(ev.start).Lower, "call") && !x.phoneCall(ev) {
			ev.agents, ev.targets = nil, nil
			return false
		}
		return true
	},
}

// nounModifier clears a noun trigger that modifies the noun after it:
// "tariff threats", "sanctions relief".
func nounModifier(x *relater, ev *event, s Sentence) bool {
	if n := x.tok(ev.end); n.Kind == tokWord && !n.Cap && !prepositions[n.Lower] && !byParticiples[n.Lower] && n.Lower != "targeting" &&
		!beVerbs[n.Lower] && !x.isWord(ev.end, "and", "or", "that", "which", "have", "has", "had", "will", "would") && !strings.HasSuffix(n.Lower, "ed") {
		ev.agents, ev.targets = nil, nil
		return false
	}
	return true
}

// helpedActor keeps "helped Mauritius build", not "to help resolve the
// situation and bring X": a help needs an actor right after it.
func helpedActor(x *relater, ev *event, s Sentence) bool {
	if strings.HasPrefix(x.tok(ev.start).Lower, "help") && x.mentionIdx(ev.end+btoi(x.isWord(ev.end, "the"))) < 0 {
		ev.agents, ev.targets = nil, nil
		return false
	}
	return true
}
