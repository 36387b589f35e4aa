package ingest

import "github.com/actorgraph/actorgraph/schema"

// artefactClass groups the nouns of what an actor decides or proposes, so
// that "the proposed plan" can refer back to "a deal": the same class is
// the same artefact.
var artefactClass = map[string]int{
	"plan": 1, "plans": 1, "deal": 1, "proposal": 1, "proposals": 1, "agreement": 1, "accord": 1, "pact": 1, "scheme": 1,
	"decision": 2, "move": 2, "order": 2, "policy": 2, "measure": 2, "measures": 2, "ban": 2, "step": 2,
	"delay": 3, "postponement": 3, "deadline": 3,
}

var artefactModifiers = mustWordSet("artefact_modifiers")

// artefactAt returns the artefact noun of the phrase starting at token i
// ("the proposed plan"), or -1.
func (x *relater) artefactAt(i, limit int) int {
	j := i
	for j < limit && j < i+4 && artefactModifiers[x.tok(j).Lower] {
		j++
	}
	if j == i || artefactClass[x.tok(j).Lower] == 0 || x.isWord(j+1, "of", "by", "with", "between", "'s") {
		return -1
	}
	return j
}

// artefactAuthor returns who made the artefact named at token at in
// sentence si: the actor who made one of its class in that sentence or the
// three before ("Chile unveiled a plan ... Peru denounced the plan"), by its
// possessor or its clause subject; a delay is the missed deadline's or the
// delayer's. Nil when no earlier one, or its author is on self's side.
func (x *relater) artefactAuthor(at, si int, self *Entity) []*Entity {
	class := artefactClass[x.tok(at).Lower]
	for s := si; s >= 0 && s >= si-3; s-- {
		sent := x.d.Sentences[s]
		end := sent.End
		if s == si {
			end = at
		}
		for j := end - 1; j >= sent.Start; j-- {
			w := x.tok(j).Lower
			if artefactClass[w] != class && !(class == 3 && x.isWord(j, "delayed", "postponed", "missed")) {
				continue
			}
			if k := x.mentionIdx(j - 1); k >= 0 && x.d.Mentions[k].Ent.Label != schema.City && x.d.Mentions[k].Ent.Label != schema.Region {
				return x.authorUnlessSelf([]*Entity{x.d.Mentions[k].Ent}, self) // "Chile's plan", "the Chilean plan"
			}
			if a, _ := x.subjects(j, sent.Start, false); len(a) > 0 {
				return x.authorUnlessSelf(a, self)
			}
		}
	}
	return nil
}

func (x *relater) authorUnlessSelf(a []*Entity, self *Entity) []*Entity {
	if self == nil || x.anySide(a, self) {
		return nil
	}
	return a
}

// firstEnt returns the first of ents, or nil.
func firstEnt(ents []*Entity) *Entity {
	if len(ents) == 0 {
		return nil
	}
	return ents[0]
}
