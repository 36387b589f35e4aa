package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

func (x *relater) hyphenRule(cands []ruleSeq) (*Rule, bool) {
	for _, c := range cands {
		if c.rule.kind == hyphenRule {
			return c.rule, true
		}
	}
	return nil, false
}

var verbLicensers = mustWordSet("verb_licensers")

var ingLicensers = mustWordSet("ing_licensers")

// verbContext reports whether a verb trigger at i is used as a verb: its
// base or -s form needs a subject, modal or adverb right before it, its
// -ing form a verb or preposition, and none is used after a determiner.
func (x *relater) verbContext(i int, form string, noun bool) bool {
	p := x.tok(i - 1)
	prevMention := x.mentionIdx(i-1) >= 0
	switch form {
	case "base", "s":
		if noun {
			return false
		}
		if form == "base" && x.nameAsModifier(i) {
			return false // "US support crucial ...": a noun after a state's name
		}
		if prevMention || p.Kind == tokPunct && p.Text != "-" || verbLicensers[p.Lower] || strings.HasSuffix(p.Lower, "ly") {
			return true
		}
		return beVerbs[p.Lower] && form == "s"
	case "ing":
		if prevMention || p.Kind == tokPunct || ingLicensers[p.Lower] || strings.HasSuffix(p.Lower, "ly") || p.Cap {
			return true
		}
		return false
	}
	return true
}

// startsTrigger reports whether a whole trigger of the lexicon starts at
// token i ("held talks", not a bare "held").
func (x *relater) startsTrigger(i, limit int) bool {
	for _, rs := range x.rules.byFirst[x.tok(i).Lower] {
		if _, ok := x.matchSeq(i, limit, rs.seq); ok {
			return true
		}
	}
	return false
}

var nounPlacePreps = mustWordSet("noun_place_preps")

var gerundObjectOpeners = mustWordSet("gerund_object_openers")

var nounMarkers = mustWordSet("noun_markers")

// nounContext reports whether the word at i is used as a noun: after a
// determiner, a possessive, a country adjective or a modifier.
func (x *relater) nounContext(i int) bool {
	p := x.tok(i - 1)
	if strings.HasSuffix(x.tok(i).Lower, "ing") && (gerundObjectOpeners[x.tok(i+1).Lower] || x.mentionIdx(i+1) >= 0) {
		return false // "of backing the militants": a gerund with an object
	}
	if i < len(x.d.sentOf) && x.d.Sentences[x.d.sentOf[i]].Start == i {
		return true // "Attacks by X on Y rose": a sentence opens with a noun, not a bare verb
	}
	if x.sharedModal(i) {
		return false // "will travel to X and meet Y": a verb under the first verb's modal
	}
	if nounMarkers[p.Lower] {
		return true
	}
	if k := x.mentionIdx(i - 1); k >= 0 {
		m := x.d.Mentions[k]
		if m.Kind == mDemonym || m.Possessive {
			return true
		}
		// "U.S. sanctions on Venezuela", "Houthi targets in Yemen" (not "Okafor meets in Santiago")
		if strings.HasSuffix(x.tok(i).Lower, "s") && !x.phrasalVerbAt(i) && (x.hasNounReading(i) || !x.isWord(i+1, "of")) && (x.isWord(i+1, "on", "against", "of") ||
			nounPlacePreps[x.tok(i+1).Lower] && m.Ent.Label != schema.Person) {
			return true
		}
	}
	return false
}

var effortNouns = mustWordSet("effort_nouns")

// isPurpose reports whether the verb at i is a purpose infinitive of an
// event noun ("a campaign to capture Aleppo"): the noun's event, not a
// second one.
func (x *relater) isPurpose(i int) bool {
	if !x.isWord(i-1, "to") {
		return false
	}
	for j := i - 2; j >= i-4 && j >= 0; j-- {
		if effortNouns[x.tok(j).Lower] {
			return true
		}
	}
	return false
}

var preventionVerbs = mustWordSet("prevention_verbs")

// isPrevented reports whether the -ing trigger at i is a deed someone is
// kept from: "was barred from visiting X", "prevented the envoy from
// meeting Y", "refrained from attacking Z". No such deed took place.
func (x *relater) isPrevented(i int) bool {
	if !x.isWord(i-1, "from") || !strings.HasSuffix(x.tok(i).Lower, "ing") {
		return false
	}
	for j := i - 2; j >= i-7 && j >= 0; j-- {
		t := x.tok(j)
		if preventionVerbs[t.Lower] {
			return true
		}
		if t.Text == "," || t.Text == ";" || t.Text == "." {
			return false
		}
	}
	return false
}

var triggerSeriesWords = mustWordSet("trigger_series_words")

var triggerFillers = mustWordSet("trigger_fillers")

// matchSeq matches a trigger; between the words of a multi-word trigger one
// determiner or adjective may stand ("imposed new sanctions", "held a call").
func (x *relater) matchSeq(i, limit int, seq []string) (int, bool) {
	j := i
	for k, w := range seq {
		if j >= limit {
			return 0, false
		}
		if x.toks[j].Lower == w {
			j++
			continue
		}
		if k > 0 && j+1 < limit && x.toks[j+1].Lower == w && (triggerFillers[x.tok(j).Lower]) {
			j += 2
			continue
		}
		if k > 0 {
			// "launched a new series of raids", "launched a wave of drone strikes"
			skip := j
			for skip < limit && skip < j+4 && triggerSeriesWords[x.tok(skip).Lower] {
				skip++
			}
			if skip > j && skip < limit && x.toks[skip].Lower == w {
				j = skip + 1
				continue
			}
		}
		return 0, false
	}
	return j, true
}
