package ingest

import "github.com/actorgraph/actorgraph/schema"

var (
	underFireRule     = &Rule{ID: "attacked/under-fire", Type: schema.Attacked}
	underHeavyArmRule = &Rule{ID: "bombed/under-fire", Type: schema.Bombed}
)

var fireModifiers = mustWordSet("fire_modifiers")

var comeForms = mustWordSet("come_forms")

// underFire reads "Chilean troops came under fire from Peruvian forces":
// fire is no trigger of its own (the finder cameUnder reads the attack
// nouns), so the one the fire came from attacks the subject; rocket,
// artillery or mortar fire bombs it. Fire "from lawmakers" is criticism,
// not arms: the attacker must be an armed party or a state named by its
// forces.
func (x *relater) underFire() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+3 < s.End; j++ {
			if !comeForms[x.tok(j).Lower] || !x.isWord(j+1, "under") {
				continue
			}
			k, ru := j+2, underFireRule
			for k < j+5 && fireModifiers[x.tok(k).Lower] {
				if x.isWord(k, "rocket", "artillery", "mortar") {
					ru = underHeavyArmRule
				}
				k++
			}
			if !x.isWord(k, "fire", "gunfire") || !x.isWord(k+1, "from", "by") {
				continue
			}
			agents, _ := x.objects(k+2, s.End, []string{""}, false)
			targets, _ := x.subjects(j, s.Start, false)
			if len(agents) == 0 || len(targets) == 0 || !x.armedAgent(agents[0], k+2, s.End) {
				continue
			}
			ev := event{rule: ru, start: j, end: k + 1, sent: si, agents: agents, targets: targets}
			x.dateOwn(&ev)
			x.plannedIfLater(&ev)
			x.events = append(x.events, ev)
		}
	}
}

var armedHeads = mustWordSet("armed_heads")

// armedAgent reports whether e, named from token i on, is an armed group
// or military, or a state named by its armed men.
func (x *relater) armedAgent(e *Entity, i, limit int) bool {
	if e.Label == schema.Organisation && (e.Kind == "military" || e.Kind == "armed_group") {
		return true
	}
	for j := i; j < limit && j < i+6; j++ {
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Ent == e {
			return armedHeads[x.d.Mentions[k].Head]
		}
	}
	return false
}
