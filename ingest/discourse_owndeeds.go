package ingest

import "github.com/actorgraph/actorgraph/schema"

// ownDeedTypes are the deeds a belligerent tells of its own side without
// naming it: "the army said 16 militants were killed".
var securityOwnerWords = mustWordSet("security_source_words")

var ownDeedTypes = []schema.RelType{schema.Killed, schema.Bombed, schema.Attacked}

// speakersOwnDeeds gives a killing, strike or attack told without its agent
// in the words of one side of a war the speaker's side as agent, when the
// deed falls on the other side and no third actor is named in the
// sentence: "Peruvian special forces said the Ardent Front commander was
// killed in an airstrike" -> Peru KILLED the Ardent Front; "an Ardent Front
// spokesman said three soldiers had been killed" -> the Ardent Front KILLED
// Peru. The when stage reads the modality again with the agent known.
func (x *relater) speakersOwnDeeds() {
	for k := range x.events {
		ev := &x.events[k]
		if len(ev.agents) > 0 || len(ev.targets) == 0 || !hasType(ownDeedTypes, ev.rule.Type) || ev.modality == schema.Negated {
			continue
		}
		side := x.deedSpeakerSide(ev)
		if side == nil || !x.foes(side, ev.targets) || x.thirdActor(ev, side) {
			continue
		}
		ev.agents = []*Entity{side}
		ev.agentBy = "speaker-own-deed"
		ev.modality = x.modality(ev)
	}
}

// deedSpeakerSide returns the side that speaks, before the deed ev in its
// sentence, through a reporting verb ("the army said", "according to the
// army"): an armed force or government body itself, the state of a
// country or of its official, or an armed group or its spokesman.
func (x *relater) deedSpeakerSide(ev *event) *Entity {
	s := x.d.Sentences[ev.sent]
	for j := ev.start - 1; j >= s.Start; j-- {
		var sp *Entity
		switch {
		case x.isWord(j, "according") && x.isWord(j+1, "to"):
			if k := x.mentionIdx(j + 2); k >= 0 {
				sp = x.d.Mentions[k].Ent
			}
		case reportVerbs[x.tok(j).Lower]:
			if subj, _ := x.subjects(j, s.Start, false); len(subj) == 1 {
				sp = subj[0]
			} else if x.securitySources(j, ev.sent) {
				sp = x.d.byID[schema.CountryID(x.r.home)]
			}
		default:
			continue
		}
		return x.belligerent(sp)
	}
	return nil
}

// belligerent returns the side at war an actor speaks for: a state, its
// armed force or government body, the state of its official, an armed
// group, or the armed group of its spokesman; nil for anyone else (a
// monitor, the media, a diplomat of an IGO).
func (x *relater) belligerent(e *Entity) *Entity {
	if e == nil {
		return nil
	}
	switch e.Label {
	case schema.Country:
		return e
	case schema.Organisation:
		switch e.Kind {
		case "military", "government", "armed_group":
			return e
		}
	case schema.Person:
		side := x.side(e)
		if c := x.d.byID[schema.CountryID(side)]; c != nil && len(side) == 3 {
			return c
		}
		if o := x.d.byID[side]; o != nil && o.Kind == "armed_group" {
			return o
		}
	}
	return nil
}

// foes reports whether the targets stand on the other side of a war from
// side: an armed group (or its member) against a state's side, a state's
// side against an armed group.
func (x *relater) foes(side *Entity, targets []*Entity) bool {
	armed := func(e *Entity) bool {
		if e.Label == schema.Person {
			o := x.d.byID[x.side(e)]
			return o != nil && o.Kind == "armed_group"
		}
		return e.Label == schema.Organisation && e.Kind == "armed_group"
	}
	for _, t := range targets {
		if x.anySide([]*Entity{t}, side) || t.Label == schema.City || t.Label == schema.Region {
			return false
		}
		if armed(side) == armed(t) {
			return false
		}
	}
	return true
}

// thirdActor reports whether the sentence of ev names an actor besides
// the speaker's side and the targets (places aside): the deed may be that
// actor's ("killed in clashes with AU troops").
func (x *relater) thirdActor(ev *event, side *Entity) bool {
	s := x.d.Sentences[ev.sent]
	for _, m := range x.d.Mentions {
		if m.Sent != ev.sent || m.Ent == nil || m.Start < s.Start || m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region {
			continue
		}
		if m.Ent == side || x.anySide([]*Entity{m.Ent}, side) || containsEnt(ev.targets, m.Ent) || x.anySide(ev.targets, m.Ent) {
			continue
		}
		return true
	}
	return false
}

// securitySources reports whether "security sources" (or military,
// intelligence, army sources or officials) speak through the reporting
// verb at j of sentence si, or "the sources" after such sources were named
// in the three sentences before: the article's own state's forces speak.
func (x *relater) securitySources(j, si int) bool {
	if !x.isWord(j-1, "sources", "source") || x.r.home == "" {
		return false
	}
	if securityOwnerWords[x.tok(j-2).Lower] {
		return true
	}
	if !x.isWord(j-2, "the") {
		return false
	}
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		s := x.d.Sentences[p]
		for k := s.Start + 1; k < s.End; k++ {
			if x.isWord(k, "sources") && securityOwnerWords[x.tok(k-1).Lower] {
				return true
			}
		}
	}
	return false
}
