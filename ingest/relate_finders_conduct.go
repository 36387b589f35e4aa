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
// the noun, or as a country adjective before it. Example: "Chile condemned
// the continuing brutality of the Peruvian army and rejected the Bolivian
// proposal." A deed's owner is only its country adjective ("condemned the
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
			}
			return findOn
		case conductNouns[w] && x.isWord(j+1, "of"):
			ev.targets, _ = x.objects(j+2, s.End, nil, false)
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

// deedNoun reports whether w names a strike, attack, killing or capture.
func deedNoun(w string) bool {
	return strikeDeeds[w] || attackDeeds[w] || killingDeeds[w] || captureDeeds[w]
}
