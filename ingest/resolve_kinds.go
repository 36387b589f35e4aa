package ingest

import "github.com/actorgraph/actorgraph/schema"

// kindNouns name the kind of organisation a lower-case "the NOUN" refers
// back to: "the group" is the armed group of the article, "the bloc" its
// intergovernmental body, "the military" its one armed force.
var kindNouns = map[string]string{"group": "armed_group", "bloc": "igo", "alliance": "igo", "military": "military", "junta": "military"}

var bodyNouns = mustWordSet("body_nouns")

// kindRefAt resolves a lower-case "the group", "the bloc", "the council"
// at token i (the "the") to the one organisation of that kind or head
// named before it; nil when none or several fit.
func (r *recognizer) kindRefAt(i int) *Entity {
	t := r.tok(i + 1)
	if t.Cap || r.isTaken(i+1) || orgTopicPreps[r.tok(i+2).Lower] && !(r.isWord(i+2, "of") && r.gerundAt(i+3)) || r.isCapWord(i+2) {
		return nil
	}
	if bodyNouns[t.Lower] {
		if o := r.uniqueOrgWithHead(t.Lower); o != nil && r.namedSince(o, i, 0) {
			return o
		}
		return nil
	}
	kind, ok := kindNouns[t.Lower]
	if !ok {
		return nil
	}
	var found *Entity
	for k := range r.d.mentionsBefore(i) {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Organisation || m.Ent.Kind != kind {
			continue
		}
		if found != nil && found != m.Ent {
			return nil
		}
		found = m.Ent
	}
	return found
}
