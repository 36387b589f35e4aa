package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Dates inside what a speaker said: a threat, demand, accusation or warning
// is dated when it was made, not by a date of the deed it speaks of. In
// "Chile threatened to impose tariffs on July 4" or `"If Peru does not
// yield, we will strike on May 3," the minister said on Monday` the later
// date belongs to the tariffs or the strike, the threat to its saying.

var contentOpeners = mustWordSet("content_openers")

// inSpeechContent reports whether the date at token j lies in the content
// of the speech act ev rather than on its saying: in a quotation the
// trigger stands outside of, in the clause a conditional threat is made
// of, or after a complement ("that", "to", "of" a gerund, "if") that opens
// after the trigger. A date right after a verb of saying ("said on
// Monday") dates the saying.
func (x *relater) inSpeechContent(ev *event, j int) bool {
	if !ev.rule.Speech || x.saidBefore(j) {
		return false
	}
	s := x.d.Sentences[ev.sent]
	q, qt := x.quoteAt(j), x.quoteAt(ev.start)
	if q > 0 && q != qt {
		return true // `"... on May 3," Chile warned`
	}
	if qt > 0 && q == 0 {
		return false // `"...," the minister told reporters on Monday`: the saying's
	}
	if ev.rule == conditionalThreatRule {
		return j >= x.conditionalContentStart(ev.start, s.Start)
	}
	for k := ev.end - 1; k < j; k++ { // the trigger may end in its opener: "demand that"
		if x.tok(k).Text == ";" || x.saidBefore(k) {
			return false
		}
		if contentOpeners[x.tok(k).Lower] && !x.tok(k).Cap || x.isWord(k, "to") && x.tok(k+1).Kind == tokWord && !x.tok(k+1).Cap && !x.isWord(k+1, "the", "a", "an") ||
			x.isWord(k, "of") && x.r.gerundAt(k+1) {
			return true
		}
	}
	return false
}

// conditionalContentStart returns where the words of a conditional threat
// with its "if" at c begin: the opening of the quotation it stands in, a
// "that" before it, else the "if" itself.
func (x *relater) conditionalContentStart(c, sentStart int) int {
	for k := c - 1; k >= sentStart; k-- {
		if x.tok(k).Text == "\"" || x.isWord(k, "that") {
			return k
		}
	}
	return c
}

// quoteAt returns which quotation of its paragraph token j stands in,
// counted from 1, or 0 when j is outside every quotation. A quotation may
// open in a sentence before j's.
func (x *relater) quoteAt(j int) int {
	n := 0
	for k := j - 1; k >= 0; k-- {
		if x.tok(k).Text == "\"" {
			n++
		}
		if x.tok(k).NewLine {
			break
		}
	}
	if n%2 == 0 {
		return 0
	}
	return (n + 1) / 2
}

// pastSaying reports whether the weekday at j dates a speech act told in
// the past tense, outside its content: `"We will strike," Chile warned
// Peru on Monday` was warned last Monday, whatever the quote promises.
func (x *relater) pastSaying(ev *event, j int) bool {
	if !ev.rule.Speech || x.inSpeechContent(ev, j) {
		return false
	}
	w := x.tok(ev.start).Lower
	return strings.HasSuffix(w, "ed") || x.isWord(ev.start, "said", "told", "wrote")
}

// datedPlanVerb returns the verb of intent before the "to" at token to
// when a date stands between them ("threatened on Friday to", "vowed last
// week to"), or -1.
func (x *relater) datedPlanVerb(to int) int {
	k := to - 1
	for n := 0; n < 4 && k > 0 && x.dateWord(k); n++ {
		k--
	}
	if k == to-1 || !planVerbs[x.tok(k).Lower] {
		return -1
	}
	return k
}

// planVerbDate reports whether the date at j stands between a verb of
// intent and the "to" of the event at start: it dates the intent.
func (x *relater) planVerbDate(j, start int) bool {
	for t := j + 1; t < start && t <= j+4; t++ {
		if x.isWord(t, "to") {
			k := x.datedPlanVerb(t)
			return k >= 0 && k < j
		}
	}
	return false
}

// dateWord reports whether token k may be part of a short date adverbial.
func (x *relater) dateWord(k int) bool {
	t := x.tok(k)
	_, day := weekdays[t.Lower]
	_, month := months[t.Lower]
	return day || month || t.Kind == tokNumber || x.isWord(k, "on", "last", "this", "week", "yesterday", "today", "earlier")
}

var continuedSayings = mustWordSet("continued_sayings")

// addedSayingDate dates a speech act told as the continuation of a saying
// ("The envoy added that ...") with no date of its own by the saying of
// the sentence before: `... an envoy told the press in Lima on Monday.
// The envoy added that tariffs might come if X ...`.
func (x *relater) addedSayingDate(ev *event) (string, schema.DatePrecision) {
	s := x.d.Sentences[ev.sent]
	if !ev.rule.Speech || ev.sent == 0 || x.d.Published.IsZero() {
		return "", ""
	}
	added := false
	for j := s.Start; j < s.End && !added; j++ {
		added = continuedSayings[x.tok(j).Lower] && !x.tok(j).Cap
	}
	if !added {
		return "", ""
	}
	prev := x.d.Sentences[ev.sent-1]
	for v := prev.Start; v < prev.End; v++ {
		if !speechVerbs[x.tok(v).Lower] {
			continue
		}
		for j := v + 1; j < prev.End && j <= v+6; j++ {
			if d, ok := x.dateAt(j, &event{rule: ev.rule, sent: ev.sent - 1, modality: schema.Asserted}); ok {
				return d, schema.Day
			}
		}
	}
	return "", ""
}
