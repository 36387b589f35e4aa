package ingest

// The arguments of an event come from an ordered table of small finders.
// Each finder reads one construction around the trigger ("was vetoed by X",
// "Speaking to X, Y said", "the town that X captured") and fills or
// corrects the agents or targets; a guard among them rejects a reading the
// rules cannot make. build runs the finders of the trigger's reading in
// table order and records on the event the finder that last set its
// agents and the one that last set its targets: they travel to the edge
// like the rule id. Every finder's doc carries its invented example, and
// TestFinders runs it (testdata/finders.txtar).

// argKind is the reading of a trigger that a finder applies to.
type argKind uint8

const (
	argHyphen  argKind = 1 << iota // an agent-VERBed compound: "Sylvania-backed forces"
	argNoun                        // a nominal trigger: "the attack on Freedonia"
	argPassive                     // a verb read as passive: "was attacked by Sylvania"
	argActive                      // a verb read as active: "Sylvania attacked Freedonia"

	argVerb = argPassive | argActive
	argAny  = argHyphen | argNoun | argVerb
)

// findStep is what a finder tells build to do next.
type findStep uint8

const (
	findOn   findStep = iota // go on with the next finder
	findDone                 // the arguments are complete: skip to the closing finders
	findNone                 // the trigger reads no event here
)

// finder is one entry of the argument table: its id (recorded on the edges
// its arguments give), the readings it applies to and the function that
// reads the construction.
type finder struct {
	id    string
	kinds argKind
	find  func(x *relater, ev *event, s Sentence) findStep
}

// argFinders is the ordered argument table: guards first, then the agents
// and the targets. A finder that fills only empty arguments says so in its
// first line; the others override what an earlier one found.
var argFinders = []finder{
	{"hyphen-modifier", argNoun, (*relater).hyphenModifier},
	{"figurative-fight", argNoun, (*relater).figurativeFight},
	{"unread-passive", argActive, (*relater).unreadPassive},
	{"bare-participle", argActive, (*relater).bareParticiple},
	{"fronted-participle", argVerb, (*relater).frontedParticiple},
	{"in-strike-agent", argPassive, (*relater).inStrikeAgent},
	{"hyphen-agent", argHyphen, (*relater).hyphenAgent},
	{"hyphen-opposition", argHyphen, (*relater).hyphenOpposition},
	{"came-under", argNoun, (*relater).cameUnder},
	{"pair-compound", argNoun, (*relater).pairCompound},
	{"modifier-agent", argNoun, (*relater).modifierAgent},
	{"passive-target", argPassive, (*relater).passiveTarget},
	{"by-agent", argNoun | argPassive, (*relater).byAgentFinder},
	{"passive-symmetric", argPassive, (*relater).passiveSymmetric},
	{"antecedent-place", argPassive, (*relater).antecedentPlaceFinder},
	{"subject", argActive, (*relater).subjectFinder},
	{"clause-subject", argActive, (*relater).clauseSubjectFinder},
	{"attack-phrase-subject", argActive, (*relater).attackPhraseSubject},
	{"adverbial-subject", argActive, (*relater).adverbialSubject},
	{"participle-agent", argActive, (*relater).participleAgent},
	{"light-verb-subject", argNoun, (*relater).lightVerbSubject},
	{"fronted-agent", argNoun | argActive, (*relater).frontedAgentFinder},
	{"speech-participle", argActive, (*relater).speechParticiple},
	{"talks-subject", argNoun, (*relater).talksSubject},
	{"on-visit", argNoun, (*relater).onVisitAgent},
	{"strike-agent", argNoun, (*relater).strikeAgent},
	{"subordinate-subject", argNoun, (*relater).subordinateSubject},
	{"event-agent", argActive, (*relater).eventAgent},
	{"joined-in", argActive, (*relater).joinedIn},
	{"object", argNoun | argActive, (*relater).objectFinder},
	{"conduct-object", argActive | argNoun, (*relater).conductObject},
	{"addressee", argActive, (*relater).addressee},
	{"via-place", argActive, (*relater).viaPlaceFinder},
	{"purpose-object", argActive, (*relater).purposeObject},
	{"relative-object", argActive, (*relater).relativeObject},
	{"relative-pronoun", argActive, (*relater).relativePronoun},
	{"accused-agent", argActive, (*relater).accusedAgent},
	{"symmetric-between", argNoun, (*relater).symmetricBetween},
	{"detached-patient", argNoun, (*relater).detachedPatientFinder},
	{"held-between", argNoun, (*relater).heldBetween},
	{"light-verb-apposition", argNoun, (*relater).lightVerbAppositionFinder},
	{"possessive-agent", argNoun, (*relater).possessiveAgentFinder},
	{"of-patient", argNoun, (*relater).ofPatient},
	{"reduced-relative", argNoun, (*relater).reducedRelativeFinder},
	{"support-verb-subject", argNoun, (*relater).supportVerbFinder},
	{"sanctions-weighed", argNoun, (*relater).sanctionsWeighedFinder},
	{"drawn-from", argNoun, (*relater).drawnFromFinder},
	{"backing-of", argNoun, (*relater).backingOfFinder},
	{"trade-frame", argNoun, (*relater).tradeFrameFinder},
	{"by-phrase-object", argNoun, (*relater).byPhraseObject},
	{"repelled-target", argNoun, (*relater).repelledTarget},
}

// closingFinders run after argFinders for every reading: the argument
// rules of the relation type and the escape hatches of single rules.
var closingFinders = []finder{
	{"type-rules", argAny, (*relater).typeRules},
	{"rule-hatch", argAny, (*relater).ruleHatch},
}

// argKindOf returns the reading of the trigger of rule ru at token start.
func (x *relater) argKindOf(ru *Rule, start int) argKind {
	switch ru.kind {
	case hyphenRule:
		return argHyphen
	case nounRule:
		return argNoun
	}
	if ru.Passive && x.isPassive(start) {
		return argPassive
	}
	return argActive
}

// runFinders runs the finders of table that apply to kind on ev in order,
// recording which one last changed the agents and the targets. It is false
// when a guard rejects the reading.
func (x *relater) runFinders(table []finder, kind argKind, ev *event, s Sentence) bool {
	for i := range table {
		f := &table[i]
		if f.kinds&kind == 0 {
			continue
		}
		agents, targets := ev.agents, ev.targets
		step := f.find(x, ev, s)
		if step == findNone {
			return false
		}
		if !sameEnts(agents, ev.agents) {
			ev.agentBy = f.id
		}
		if !sameEnts(targets, ev.targets) {
			ev.targetBy = f.id
		}
		if step == findDone {
			break
		}
	}
	return true
}

// sameEnts reports whether a and b are the same slice of entities.
func sameEnts(a, b []*Entity) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// finderIDs returns the ids of the finders that gave ev its agents and its
// targets, in that order and once each; none for arguments a pass after
// build replaced (linkEvents, discourse).
func (ev *event) finderIDs() []string {
	var out []string
	if ev.agentBy != "" && len(ev.agents) > 0 && sameEnts(ev.agents, ev.found[0]) {
		out = append(out, ev.agentBy)
	}
	if ev.targetBy != "" && len(ev.targets) > 0 && sameEnts(ev.targets, ev.found[1]) && (len(out) == 0 || out[0] != ev.targetBy) {
		out = append(out, ev.targetBy)
	}
	return out
}

// typeRules applies the argument rules of the relation type: the sponsor of
// a vetoed measure, the coordinated parties of a symmetric event, the place
// named after the trigger. Example: "Chile vetoed a resolution drafted by
// Peru."
func (x *relater) typeRules(ev *event, _ Sentence) findStep {
	x.special(ev)
	return findOn
}

// ruleHatch applies the conditions of the event's rule: its data
// (unless_before, unless_after, requires_after, objects) and its escape
// hatch in ruleHooks, if it has one. Example: "Chile blamed the attack on
// Peru."
func (x *relater) ruleHatch(ev *event, s Sentence) findStep {
	x.ruleConditions(ev, s)
	return findOn
}
