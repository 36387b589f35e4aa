package ingest

var attackPhrasePreps = mustWordSet("attack_phrase_preps")

// attackPhraseSubject takes the subject away from an actor named in the
// phrase of an attack noun before the verb: Peru is the target of the
// bombing, not the killer, and the finders after this one give the agent
// if they can (an earlier attack's). Example: "The bombing of a Peruvian
// base killed ten Chilean soldiers on Monday."
func (x *relater) attackPhraseSubject(ev *event, s Sentence) findStep {
	if len(ev.agents) == 0 || ev.subjStart <= s.Start {
		return findOn
	}
	j := ev.subjStart - 1
	for j > s.Start && j > ev.subjStart-4 && (determiners[x.tok(j).Lower] || x.tok(j).Kind == tokNumber) {
		j-- // "of a Peruvian base", "on the two Chilean posts"
	}
	if attackPhrasePreps[x.tok(j).Lower] && attackNouns[x.tok(j-1).Lower] {
		ev.agents = nil
	}
	return findOn
}
