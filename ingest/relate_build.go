package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// build fills an event's arguments from its trigger's context: the
// finders of argFinders for the trigger's reading, then the closing ones.
func (x *relater) build(ru *Rule, start, end, si int) (event, bool) {
	s := x.d.Sentences[si]
	x.building = event{rule: ru, start: start, end: end, sent: si}
	ev := &x.building // the finders are func values: a local event would escape to the heap
	if !x.runFinders(argFinders, x.argKindOf(ru, start), ev, s) {
		return *ev, false
	}
	x.runFinders(closingFinders, argAny, ev, s)
	if len(ev.agents) == 0 && len(ev.targets) == 0 {
		return *ev, false
	}
	ev.found = [2][]*Entity{ev.agents, ev.targets}
	return *ev, true
}

var durationNouns = mustWordSet("duration_nouns")

// lightVerbBefore reports whether a support verb governs the nominal at i:
// "launched air strikes", "conducted airstrikes", "waging a campaign".
func (x *relater) lightVerbBefore(i int) bool {
	low := i - 4
	for j := i - 1; j >= 0 && j >= low; j-- {
		if lightVerbs[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == "-" && !x.tok(j).SpaceBefore {
			low -= 2 // "waging a long-running trade war": a compound counts as one word
		}
		if x.isWord(j, "of") && durationNouns[x.tok(j-1).Lower] && low > i-9 {
			low = j - 5 // "held two days of border talks": a measure of the nominal
		}
	}
	return false
}

var lightVerbs = mustWordSet("light_verbs")

// clauseObject returns the last actor named before token end in sentence s
// and after the agents' own mention: "sent a letter to X, urging him" -> X.
func (x *relater) clauseObject(s Sentence, end int, agents []*Entity) []*Entity {
	for j := end - 1; j >= s.Start; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			compound := x.isWord(m.End, "-") || x.isWord(m.Start-1, "-")
			if m.Ent != nil && containsEnt(agents, m.Ent) && m.Kind != mPronoun {
				return nil // the clause's subject: what stands before it is no addressee ("Party control NAME convened ..., calling on them")
			}
			if m.Ent != nil && (!m.Place || m.Ent.Label == schema.Country) && !compound && !containsEnt(agents, m.Ent) && m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
				if (x.isWord(end+2, "them") || x.isWord(end+3, "them")) && x.isWord(m.Start-1, "and") {
					return x.listEnts(m) // "met Peru and Bolivia, urging them"
				}
				return []*Entity{m.Ent}
			}
			j = m.Start
		}
	}
	return nil
}

// listEnts returns the actors of the list "A, B and C" that mention m
// closes, in order.
func (x *relater) listEnts(m Mention) []*Entity {
	var out []*Entity
	for j := x.listHead(m); j < m.End; j++ {
		if k := x.mentionIdx(j); k >= 0 {
			if e := x.d.Mentions[k].Ent; e != nil && !containsEnt(out, e) {
				out = append(out, e)
			}
			j = x.d.Mentions[k].End - 1
		}
	}
	return out
}

var haveForms = mustWordSet("have_forms")

// haveBefore reports whether a meeting or call is had by the subject: "is
// set to have a short meeting with", "had a brief call with".
func (x *relater) haveBefore(ru *Rule, i int) bool {
	if ru.Type != schema.MetWith && ru.Type != schema.SpokeWith {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := x.tok(j)
		if haveForms[x.tok(j).Lower] {
			return true
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap || x.mentionIdx(j) >= 0 {
			return false
		}
	}
	return false
}

var eventPreps = mustWordSet("event_preps")

// subordinated reports whether the nominal at i heads a phrase opened by
// "after", "during", "following" or "amid": "after a two-day assault".
func (x *relater) subordinated(i, sentStart int) bool {
	for j := i - 1; j >= sentStart && j >= i-6; j-- {
		if eventPreps[x.tok(j).Lower] {
			return true
		}
		t := x.tok(j)
		hyphenated := t.Text == "-" || x.tok(j-1).Text == "-" || x.tok(j+1).Text == "-"
		if t.Text == "," || t.Kind == tokWord && !isModifierWord(t.Lower) && !hyphenated {
			return false
		}
	}
	return false
}

// mainSubject returns the first actor of a sentence that can be a subject.
func (x *relater) mainSubject(s Sentence, before int) []*Entity {
	for j := s.Start; j < before; j++ {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if x.usableSubject(m, before, false) {
				return []*Entity{m.Ent}
			}
			j = m.End - 1
		}
	}
	return nil
}

var frontedPreps = mustWordSet("fronted_preps")

// frontedAgent gives the agent of a nominal in a fronted phrase: "In the
// fight against the Ardent Front, Sylvanian militias ..." -> the subject
// after the comma.
func (x *relater) frontedAgent(i int, s Sentence) []*Entity {
	if !frontedPreps[x.tok(s.Start).Lower] &&
		!(i == s.Start && strings.HasSuffix(x.tok(i).Lower, "ing")) { // "Speaking to X, NAME said"
		return nil
	}
	for j := s.Start; j < i; j++ {
		if x.tok(j).Text == "," {
			return nil
		}
	}
	for j := i; j < s.End; j++ {
		if x.tok(j).Text != "," {
			continue
		}
		for k := j + 1; k < s.End && k < j+6; k++ {
			if mi := x.mentionIdx(k); mi >= 0 {
				m := x.d.Mentions[mi]
				if x.usableSubject(m, m.End+1, false) {
					return []*Entity{m.Ent}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// antecedentPlace resolves "the village was besieged": the place named last.
func (x *relater) antecedentPlace(i int) []*Entity {
	if p := x.r.lastPlace(i); p != nil {
		return []*Entity{p}
	}
	return nil
}

var attackNounsSingular = mustWordSet("attack_nouns_singular")

var attackNouns = mustWordSet("attack_nouns")

// eventAgentBefore gives the agent of an earlier event in the sentence or
// the article when the subject is that event: "a strike ... that killed",
// "the attack killed".
func (x *relater) eventAgentBefore(i, si int) ([]*Entity, *event) {
	if x.isWord(i-1, "that", "which") || attackNouns[x.tok(i-1).Lower] {
		for k := len(x.events) - 1; k >= 0; k-- {
			ev := &x.events[k]
			if len(ev.agents) == 0 {
				continue
			}
			switch ev.rule.Type {
			case schema.Attacked, schema.Bombed, schema.Killed:
				if ev.sent == si || attackNounsSingular[x.tok(i-1).Lower] {
					return ev.agents, ev
				}
			}
		}
	}
	return nil, nil
}
