package ingest

import "github.com/actorgraph/actorgraph/schema"

var conductNouns = mustWordSet("conduct_nouns")

// judgedByConduct are the relation types whose target may be named as the
// owner of the conduct judged.
func judgedByConduct(t schema.RelType) bool {
	return t == schema.Criticized || t == schema.Rejected || t == schema.Supported
}

// conductObject fills an empty target of a judgement with the actor whose
// conduct, decision or proposal the object names: in an "of" phrase after
// the noun, or as a country adjective before it. Example: "Chile denounced
// the harsh treatment of the Peruvian police and rejected the Bolivian
// proposal." An author after the noun counts: "rejected the resolution
// passed by X". A deed's owner is only its country adjective ("condemned the
// Peruvian invasion of Bolivia"). A nominal judgement reads its "of"
// phrase the same way.
func (x *relater) conductObject(ev *event, s Sentence) findStep {
	if len(ev.targets) > 0 || !judgedByConduct(ev.rule.Type) {
		return findOn
	}
	from := ev.end
	if ev.rule.kind == nounRule {
		if !x.isWord(from, "of") {
			return findOn
		}
		from++ // "the condemnation of the Peruvian strikes"
	}
	if x.isWord(from, "what") && x.isWord(from+2, "called", "calls", "termed", "described") {
		from += 3 + btoi(x.isWord(from+3, "as")) // "denounced what it called Peruvian aggression"
	}
	var owner *Entity
	for j := from; j < s.End && j < from+5; j++ {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if m.Kind != mDemonym || m.Head != "" || m.Ent == nil {
				return findOn // an actor of its own: the object finder's
			}
			owner, j = m.Ent, m.End-1 // "the Peruvian crackdown"
			continue
		}
		w := x.tok(j).Lower
		switch {
		case deedNoun(w):
			if owner != nil && !x.isWord(j+1, "-") {
				ev.targets = []*Entity{owner} // "the Peruvian invasion of Bolivia": the "of" phrase is the victim
			} else if owner == nil {
				ev.targets = x.deedByAgent(j+1, s) // "the killing of journalists by the Ardent Front"
			}
			return findOn
		case conductNouns[w] && x.isWord(j+1, "of"):
			ev.targets, _ = x.objects(j+2, s.End, nil, false)
			return findOn
		case (conductNouns[w] || measureNouns[w]) && authoredParticiples[x.tok(j+1).Lower] && x.isWord(j+2, "by"):
			ev.targets, _ = x.objects(j+3, s.End, nil, false) // "the resolution passed by X"
			return findOn
		case conductNouns[w]:
			if owner != nil && !x.isWord(j+1, "-") {
				ev.targets = []*Entity{owner}
			}
			return findOn
		case !x.adjectiveLike(j):
			return findOn
		}
	}
	return findOn
}

var authoredParticiples = mustWordSet("authored_participles")

// deedNoun reports whether w names a strike, attack, killing or capture.
func deedNoun(w string) bool {
	return strikeDeeds[w] || attackDeeds[w] || killingDeeds[w] || captureDeeds[w]
}

// deedWithin reports whether a deed noun or a plot stands at i, after at
// most n determiners, modifiers or country adjectives: "was behind the
// deadly attack", not "behind schedule on the attack".
func (x *relater) deedWithin(i, n int) bool {
	for j := i; j < i+n && j < len(x.toks); j++ {
		w := x.tok(j).Lower
		switch {
		case deedNoun(w) || w == "plot" || w == "plots":
			return true
		case determiners[w] || x.adjectiveLike(j) || x.mentionIdx(j) >= 0 && x.d.Mentions[x.mentionIdx(j)].Kind == mDemonym:
			continue
		default:
			return false
		}
	}
	return false
}

// deedByAgent returns the "by" agent of the deed whose noun ends before
// token i, past its "of" phrase: "the killing of journalists by X".
func (x *relater) deedByAgent(i int, s Sentence) []*Entity {
	for j := i; j < s.End && j < i+8; j++ {
		if x.tok(j).Text == "," || x.isWord(j, "that", "which", "and") {
			return nil
		}
		if x.isWord(j, "by") {
			agents, _ := x.byAgent(j, s.End)
			return agents
		}
	}
	return nil
}
