package ingest

import (
	"math"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// relater finds the relations of one document.
type relater struct {
	lex   *Lexicon
	rules *ruleSet
	// r is the recognizer of the same document: its title facts, home
	// state and lookups.
	r *recognizer
	d *Document
	toks
	events []event
	// mentionAt maps a token to the index of the actor mention covering it.
	mentionAt []int
	// viaPlace is set when the last objects call found only the place where
	// a non-actor object stood: "hit a shopping centre in Kremenchuk".
	viaPlace bool
	tix      titleIndex
	// building is the event build is filling.
	building event
}

// event is a trigger with its arguments, before it becomes Relations.
// relate fills the arguments; modality, date and precision are the when
// stage's (when.go).
type event struct {
	rule       *Rule
	start, end int // trigger tokens
	sent       int
	agents     []*Entity
	targets    []*Entity
	modality   schema.Modality
	date       string
	precision  schema.DatePrecision // of date: day, month or year
	casualties int
	location   *Entity
	inherit    *event // the earlier event this one continues: "..., killing", "the attack killed"
	// agentBy and targetBy are the ids of the finders that last set agents
	// and targets, found the slices build left (a later pass may replace
	// them); subjStart is where an active verb's subject starts.
	agentBy, targetBy string
	found             [2][]*Entity
	subjStart         int
	among             bool // a symmetric act among all its parties: "A, B and C met"
}

var backParticles = mustWordSet("back_particles")

// relate runs the relation lexicon over every sentence and builds an
// event, with its arguments, for each trigger that reads one. The events
// have no date or modality yet: the when stage (when.go) gives them.
func (x *relater) relate() {
	x.indexMentions()
	for si, s := range x.d.Sentences {
		for i := s.Start; i < s.End; i++ {
			cands := x.rules.byFirst[x.toks[i].Lower]
			if len(cands) == 0 {
				continue
			}
			if k := x.mentionAt[i]; k >= 0 && x.d.Mentions[k].Kind != mDemonym {
				continue // a title or name, not a trigger: "Press Secretary"
			}
			if x.isPurpose(i) || x.isPrevented(i) || x.isRequested(i) {
				continue
			}
			if x.isWord(i-1, "-") && !x.tok(i).SpaceBefore && !x.tok(i-1).SpaceBefore {
				hr, hyphen := x.hyphenRule(cands)
				if !hyphen {
					continue // "strong-arming", "opposition-held"
				}
				if ev, ok := x.build(hr, i, i+1, si); ok {
					x.events = append(x.events, ev)
				}
				continue
			}
			best, bestEnd, ok := x.bestReading(cands, i, s.End)
			if !ok {
				continue // "tacit support", "insufficient funding": nouns with no noun rule
			}
			if x.isWord(i, "back") && backParticles[x.tok(bestEnd).Lower] {
				continue // "sent them back to China": an adverb
			}
			if ev, ok := x.build(best.rule, i, bestEnd, si); ok {
				x.events = append(x.events, ev)
			}
			i = bestEnd - 1
		}
	}
}

// passes runs the passes over the dated events (when.go dates them first):
// events told again, linked, claimed or sharing a date; discourse; then
// each event becomes relations, and judgments and alliances follow.
func (x *relater) passes() {
	x.sameAgain()
	x.linkEvents()
	x.threatenedDeeds()
	x.aggressionVictims()
	x.claimedDeeds()
	x.claimedBy()
	x.shareDates()
	x.discourse()
	for _, ev := range x.events {
		x.emit(ev)
	}
	x.responsibility()
	x.dismissals()
	x.judgments()
	x.copularJudgments()
	x.alliances()
}

// indexMentions fills mentionAt: for each token the index of the longest
// mention with an entity that covers it, or -1.
func (x *relater) indexMentions() {
	x.mentionAt = make([]int, len(x.toks))
	for i := range x.mentionAt {
		x.mentionAt[i] = -1
	}
	for k, m := range x.d.Mentions {
		if m.Ent == nil {
			continue
		}
		for j := m.Start; j < m.End && j < len(x.toks); j++ {
			if x.mentionAt[j] < 0 || x.d.Mentions[x.mentionAt[j]].End-x.d.Mentions[x.mentionAt[j]].Start < m.End-m.Start {
				x.mentionAt[j] = k
			}
		}
	}
}

// bestReading picks the reading of the trigger at token i within limit: the
// longest verb reading when it is longer than every noun reading (or the
// context is not a noun's) and the context licenses the verb, else the
// longest noun reading. It is false when neither fits ("tacit support",
// "insufficient funding": nouns with no noun rule).
func (x *relater) bestReading(cands []ruleSeq, i, limit int) (*ruleSeq, int, bool) {
	noun := x.nounContext(i)
	// the longest verb and the longest noun reading of the trigger
	var bestVerb, bestNoun *ruleSeq
	verbEnd, nounEnd := 0, 0
	for c := range cands {
		rs := &cands[c]
		end, ok := x.matchSeq(i, limit, rs.seq)
		if !ok {
			continue
		}
		if rs.rule.kind == nounRule {
			if end > nounEnd {
				bestNoun, nounEnd = rs, end
			}
		} else if rs.rule.kind == verbRule && end > verbEnd {
			bestVerb, verbEnd = rs, end
		}
	}
	switch {
	case bestVerb != nil && (verbEnd > nounEnd || !noun) && x.verbContext(i, bestVerb.form, noun && (verbEnd <= nounEnd || bestVerb.form == "s" || bestVerb.form == "base")):
		return bestVerb, verbEnd, true
	case bestNoun != nil:
		return bestNoun, nounEnd, true
	}
	return nil, 0, false
}

// sponsors finds the sponsors of a measure: "X-drafted", "submitted by X",
// "drafted by X and Y", in the sentence or the one before.
func (x *relater) sponsors(si int) []*Entity {
	for s := si; s >= 0 && s >= si-1; s-- {
		sent := x.d.Sentences[s]
		for j := sent.Start; j < sent.End; j++ {
			w := x.tok(j).Lower
			if w != "drafted" && w != "submitted" && w != "sponsored" && w != "proposed" && w != "tabled" && w != "authored" && w != "penned" {
				continue
			}
			if x.isWord(j-1, "-") {
				if k := x.mentionIdx(j - 2); k >= 0 {
					return []*Entity{x.d.Mentions[k].Ent}
				}
			}
			if x.isWord(j+1, "by") {
				if obj, _ := x.objects(j+2, sent.End, nil, false); len(obj) > 0 {
					return obj
				}
			}
		}
	}
	return nil
}

// forum returns the UN Security Council when the article names it.
func (x *relater) forum() *Entity {
	for _, e := range x.d.Entities {
		if e.Label == schema.Organisation && strings.Contains(e.Name, "Security Council") && e.Count > 0 {
			return e
		}
	}
	return nil
}

// isMedia reports whether e is a news outlet.
func isMedia(e *Entity) bool {
	return e.Label == schema.Organisation && e.Kind == "media"
}

// keep records an event a pass after relate dated and emits its relations
// at once.
func (x *relater) keep(ev event) {
	x.events = append(x.events, ev)
	x.emit(ev)
}

// emit turns an event into relations, one per agent and target.
func (x *relater) emit(ev event) {
	typ := ev.rule.Type
	x.emitMutual(ev)
	finders := ev.finderIDs()
	for _, a := range ev.agents {
		for _, t := range ev.targets {
			if a == nil || t == nil || a == t {
				continue
			}
			if !typ.Symmetric() && typ != schema.Visited && !ev.rule.Places && (t.Label == schema.City || t.Label == schema.Region && !t.Polity) {
				continue
			}
			if typ == schema.Visited && t.Label == schema.Organisation && t.Kind == "government" && t.ISO3 != "" {
				if c := x.d.byID[schema.CountryID(t.ISO3)]; c != nil && c.Count > 0 {
					t = c // "a visit to the White House": a visit to its state
				}
			}
			if typ == schema.Visited && t.Label != schema.City && t.Label != schema.Region && t.Label != schema.Country {
				continue
			}
			if a.Label == schema.City || a.Label == schema.Region && !a.Polity {
				continue
			}
			if ev.rule.agents != 0 && ev.rule.agents&kindOf(a) == 0 {
				continue
			}
			if (typ == schema.MetWith || typ == schema.SpokeWith) && (isMedia(a) || isMedia(t)) {
				continue // "spoke to Anadolu Agency": an interview, not talks between actors
			}
			conf := 0.8
			if ev.rule.kind == nounRule {
				conf = 0.65
			}
			if ev.modality == schema.Reported {
				conf = conf - 0.1
			}
			conf = math.Round(conf*100) / 100
			x.d.Relations = append(x.d.Relations, Relation{Type: typ, From: a, To: t, Sent: ev.sent,
				Date: ev.date, DatePrecision: ev.precision, Modality: ev.modality, Confidence: conf, Rule: ev.rule.ID, Finders: finders,
				Casualties: ev.casualties, Location: ev.location})
		}
	}
	if ev.among && len(ev.agents) == 1 && len(ev.targets) >= 2 {
		// "A, B and C met": B meets C too
		rest := ev
		rest.agents, rest.targets = ev.targets[:1], ev.targets[1:]
		x.emit(rest)
	}
}
