package ingest

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

var includeForms = mustWordSet("include_forms")

// special applies the per-type argument rules.
func (x *relater) special(ev *event) {
	s := x.d.Sentences[ev.sent]
	if !x.typeArguments(ev, s) {
		return
	}
	// symmetric events among coordinated subjects: "Okafor and Feld brokered a truce"
	if t := ev.rule.Type; t.Symmetric() && len(ev.targets) == 0 && len(ev.agents) >= 2 && x.pairwiseObject(ev.end, s.End) {
		ev.targets = ev.agents[1:]
		ev.agents = ev.agents[:1]
		ev.among = true
	}
	x.remoteMeeting(ev, s)
	// "a summit set to include trade ministers from Chile, Peru and Bolivia"
	if ev.rule.Type == schema.MetWith {
		for j := ev.end; j < s.End; j++ {
			if includeForms[x.tok(j).Lower] {
				for k := j + 1; k < j+5 && k < s.End; k++ {
					if x.isWord(k, "from") {
						extra, _ := x.objects(k+1, s.End, nil, false)
						ev.targets = append(ev.targets, extra...)
						break
					}
				}
			}
		}
	}
	// place of the event: "in Santiago", "in the Dutch port of Rotterdam"
	for j := ev.end; j < s.End && j < ev.end+12; j++ {
		if x.isWord(j, "in", "at") {
			if k := x.mentionIdx(j + 1); k >= 0 && x.d.Mentions[k].Ent != nil && x.d.Mentions[k].Ent.Label == schema.City {
				ev.location = x.d.Mentions[k].Ent
				break
			}
		}
	}
}

var retaliationVerbs = mustWordSet("retaliation_verbs")

// remoteRule is a meeting held over a line, not in person.
var remoteRule = &Rule{ID: "spoke-with/remote-meeting", Type: schema.SpokeWith, kind: verbRule}

var (
	remoteMedia = mustWordSet("remote_media")
	remoteLinks = mustWordSet("remote_links")
)

// remoteMeeting makes a meeting told with its medium a call: "Chile and
// Peru discussed the border by phone", "met by video link", "held
// talks over the telephone", "met virtually". The medium must follow the
// trigger in its clause, before the next comma.
func (x *relater) remoteMeeting(ev *event, s Sentence) {
	if ev.rule.Type != schema.MetWith {
		return
	}
	for j := ev.end; j < s.End && j < ev.end+10; j++ {
		w := x.tok(j).Lower
		switch {
		case w == "," || w == ";":
			return
		case w == "virtually" || remoteLinks[w] && (remoteMedia[x.tok(j+1).Lower] ||
			determiners[x.tok(j+1).Lower] && remoteMedia[x.tok(j+2).Lower]):
			ev.rule = remoteRule
			return
		}
	}
}

// typeArguments applies the argument rules of the relation type of ev in
// sentence s: a veto's target is the measure's sponsor or the forum, a
// threat to retaliate targets the last attacker, a killing counts its
// casualties. It is false when ev has no event left.
func (x *relater) typeArguments(ev *event, s Sentence) bool {
	switch ev.rule.Type {
	case schema.Vetoed:
		// the sponsor of the measure when known, else the forum
		if sp := x.sponsors(ev.sent); len(sp) > 0 {
			ev.targets = sp
		} else if f := x.forum(); f != nil && (len(ev.targets) > 0 || x.measureAfter(ev.end, s.End)) {
			ev.targets = []*Entity{f}
		} else {
			ev.agents = nil
			return false
		}
	case schema.Threatened:
		// "threatening to react/retaliate": against the last attacker
		if x.isWord(ev.end, "to") && retaliationVerbs[x.tok(ev.end+1).Lower] {
			ev.targets = nil
			for k := len(x.events) - 1; k >= 0; k-- {
				e := x.events[k]
				if t := e.rule.Type; (t == schema.Bombed || t == schema.Attacked || t == schema.Killed) && len(e.agents) > 0 {
					ev.targets = e.agents[:1]
					break
				}
			}
		}
	case schema.Killed:
		// casualties: "killed 15 militants", "killed more than 20 militants"
		for j := ev.end; j < ev.end+5 && j < s.End && !(prepositions[x.tok(j).Lower] && determiners[x.tok(j+1).Lower]); j++ { // not "after a 30-hour siege"
			if x.tok(j).Kind == tokNumber {
				if n, err := strconv.Atoi(strings.ReplaceAll(x.tok(j).Text, ",", "")); err == nil {
					ev.casualties = n
				}
				break
			}
		}
	}
	return true
}

var measureNouns = mustWordSet("measure_nouns")

// measureAfter reports whether a vetoed measure is named after token i.
func (x *relater) measureAfter(i, limit int) bool {
	for j := i; j < limit && j < i+6; j++ {
		if measureNouns[x.tok(j).Lower] {
			return true
		}
	}
	return false
}

// phoneCall reports whether "called X" is a call: X an actor right after
// the verb and nothing naming what X is called ("called Canada a threat").
func (x *relater) phoneCall(ev *event) bool {
	if x.isWord(ev.end, "for", "off", "on", "upon", "it", "up", "out", "in", "them", "him", "her", "this", "that") {
		return false
	}
	k := x.mentionIdx(ev.end)
	if k < 0 {
		return x.isWord(ev.end, "with") // "held a call with"
	}
	after := x.tok(x.d.Mentions[k].End)
	if after.Kind == tokPunct && after.Text != "\"" {
		return true
	}
	if _, day := weekdays[after.Lower]; day {
		return true
	}
	return x.isWord(x.d.Mentions[k].End, "on", "to", "about", "and", "late", "early", "last", "this", "yesterday", "today", "over", "by", "after", "before", "during", "from", "in")
}

// pactAfter reports whether an agreement noun follows a signing verb.
func (x *relater) pactAfter(i, limit int) bool {
	for j := i; j < limit && j < i+6; j++ {
		if pactNouns[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == "." || x.tok(j).Text == ";" {
			return false
		}
	}
	return false
}

var pactNouns = mustWordSet("pact_nouns")

var pairwiseAdverbs = mustWordSet("pairwise_adverbs")

// pairwiseObject reports whether a symmetric trigger without an actor object
// joins its coordinated subjects: "X and Y met", "X and Y signed a
// ceasefire", but not "X and Y welcomed the decision".
func (x *relater) pairwiseObject(end, limit int) bool {
	if x.isWord(end, "with") || x.isWord(end, "to") && (x.isWord(end+1, "the", "a", "an") || x.tok(end+1).Cap) {
		return false // "met with opposition", "agreed to the plan": the partner slot holds no actor
	}
	if x.pactAfter(end, limit) {
		return true // "signed a defence cooperation agreement"
	}
	for j := end; j < limit && j < end+6; j++ {
		t := x.tok(j)
		if t.Kind == tokPunct || prepositions[t.Lower] || x.mentionIdx(j) >= 0 {
			return true
		}
		if pactNouns[t.Lower] {
			return true
		}
		if !isModifierWord(t.Lower) && t.Lower != "on" && t.Lower != "by" && t.Lower != "phone" {
			if _, day := weekdays[t.Lower]; day {
				return true
			}
			if pairwiseAdverbs[x.tok(j).Lower] {
				return true
			}
			return false
		}
	}
	return true
}
