package ingest

import "github.com/actorgraph/actorgraph/schema"

// The finders of a nominal's frame, after its agent and object (see
// argFinders); the readers they call are in frames.go and trade.go.

// detachedPatientFinder drops the object of a nominal cut off from it by an
// adverb or a verb. Example: "Chile's support matters little to Peru."
func (x *relater) detachedPatientFinder(ev *event, _ Sentence) findStep {
	if len(ev.targets) > 0 && x.detachedPatient(ev.end) {
		ev.targets = nil
	}
	return findOn
}

// lightVerbAppositionFinder gives the nominal the subject of its light verb
// across an apposition. Example: "Chilean troops, supported by Norway, are
// conducting operations against Peru."
func (x *relater) lightVerbAppositionFinder(ev *event, s Sentence) findStep {
	if a := x.lightVerbApposition(ev.start, s); a != nil {
		ev.agents = a
	}
	return findOn
}

// possessiveAgentFinder fills an empty agent with the possessor behind up
// to three adjectives. Example: "Chile's unwavering support for Peru is
// well known."
func (x *relater) possessiveAgentFinder(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 {
		ev.agents = x.possessiveAgent(ev.start, s.Start)
	}
	return findOn
}

// ofPatient fills an empty target of support with its "of" phrase. Example:
// "Chile's strong backing of Peru angered Bolivia."
func (x *relater) ofPatient(ev *event, s Sentence) findStep {
	if len(ev.targets) == 0 && len(ev.agents) > 0 && x.isWord(ev.end, "of") && ev.rule.Type == schema.Supported {
		ev.targets, _ = x.objects(ev.end+1, s.End, nil, ev.rule.Places)
	}
	return findOn
}

// reducedRelativeFinder fills an empty agent from a relative clause after
// the nominal, with the object after its verb. Example: "The sanctions
// Chile has imposed on Peru took effect."
func (x *relater) reducedRelativeFinder(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 {
		x.reducedRelative(ev, s)
	}
	return findOn
}

// supportVerbFinder fills an empty agent with the subject of a support verb
// right before the nominal. Example: "Chile pledged support for Peru."
func (x *relater) supportVerbFinder(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 {
		x.supportVerbAgent(ev, s)
	}
	return findOn
}

// sanctionsWeighedFinder reads sanctions under consideration as a threat by
// the one who weighs them. Example: "Chile is considering sanctions against
// Peru."
func (x *relater) sanctionsWeighedFinder(ev *event, s Sentence) findStep {
	if ev.rule.Type == schema.Sanctioned && len(ev.agents) == 0 {
		x.sanctionsWeighed(ev, s)
	}
	return findOn
}

// drawnFromFinder reads criticism drawn from someone: the "from" phrase
// criticises the one who drew it. Example: "Peru drew criticism from
// Chile."
func (x *relater) drawnFromFinder(ev *event, s Sentence) findStep {
	if x.isWord(ev.end, "from") && len(ev.agents) == 0 && (ev.rule.Type == schema.Criticized || ev.rule.Type == schema.Accused) {
		x.drawnFrom(ev, s)
	}
	return findOn
}

// backingOfFinder reads support held: the "of" or "from" phrase supports
// the holder. Example: "Peru has the backing of Chile."
func (x *relater) backingOfFinder(ev *event, s Sentence) findStep {
	if ev.rule.Type == schema.Supported && len(ev.agents) == 0 && x.isWord(ev.end, "of", "from") {
		x.backingOf(ev, s)
	}
	return findOn
}

// tradeFrameFinder reads tariffs: the subject of the trade verb imposes
// them, the owner of the goods bears them. Example: "Chile levied tariffs
// on Peruvian exports."
func (x *relater) tradeFrameFinder(ev *event, s Sentence) findStep {
	if ev.rule.Type == schema.Sanctioned {
		x.tradeFrame(ev, s)
	}
	return findOn
}

// byPhraseObject fills an empty target from the rule's prepositions after a
// "by" agent right behind the nominal. Example: "Sanctions imposed by Chile
// on Peru took effect."
func (x *relater) byPhraseObject(ev *event, s Sentence) findStep {
	if len(ev.targets) > 0 {
		return findOn
	}
	if after := x.byPhraseEnd(ev.end, s.End); after > 0 {
		var preps []string
		for _, p := range ev.rule.Preps {
			if p != "" {
				preps = append(preps, p)
			}
		}
		if len(preps) > 0 {
			ev.targets, _ = x.objects(after, s.End, preps, ev.rule.Places)
		}
	}
	return findOn
}
