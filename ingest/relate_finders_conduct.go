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
// proposal."
func (x *relater) conductObject(ev *event, s Sentence) findStep {
	if len(ev.targets) > 0 || !judgedByConduct(ev.rule.Type) {
		return findOn
	}
	var owner *Entity
	for j := ev.end; j < s.End && j < ev.end+5; j++ {
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
