package ingest

import (
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

var reportVerbs = mustWordSet("report_verbs")

var negators = mustWordSet("negators")

var negatorNouns = mustWordSet("negator_nouns")

var futureWords = mustWordSet("future_words")

var verbAdverbs = mustWordSet("verb_adverbs")

var planVerbs = mustWordSet("plan_verbs")

// when is the date and modality stage. It runs after relate has built the
// events with their arguments and before the passes over them, which read
// both (discourse, linked events, shared dates, emission). It dates the
// events in the order they were told, each with the list cut where it was
// built: a purpose shares the plan of an event told before it.
func (x *relater) when() {
	all := x.events
	for k := range all {
		x.events = all[:k]
		x.modalityAndDate(&all[k])
	}
	x.events = all
}

// told returns the event of x.events that p stands for. An event's inherit
// was taken while the list grew, so it may point into an older copy of
// the list, made before that event was dated.
func (x *relater) told(p *event) *event {
	for k := len(x.events) - 1; k >= 0; k-- {
		o := &x.events[k]
		if o == p || o.start == p.start && o.end == p.end && o.sent == p.sent && o.rule == p.rule {
			return o
		}
	}
	return p
}

var liftVerbs = mustWordSet("lift_verbs")

var liftedDeterminers = mustWordSet("lifted_determiners")

// modalityAndDate sets the modality and date of ev: a purpose shares the
// plan of its sentence, lifting sanctions negates them, an event with no
// date of its own takes the date of the one it inherits its agent from,
// and an asserted event dated after publication is planned.
func (x *relater) modalityAndDate(ev *event) {
	ru, start, si := ev.rule, ev.start, ev.sent
	if ev.inherit != nil {
		ev.inherit = x.told(ev.inherit)
	}
	ev.modality = x.modality(ev)
	if ev.modality == schema.Asserted && x.sharedPlan(start) {
		ev.modality = schema.Planned // "will travel to X and meet Y": the second verb shares the plan
	}
	if ev.inherit == nil && x.isWord(start-1, "to") && ev.modality == schema.Asserted {
		// "will travel to Beijing next week to meet Xi": the purpose shares the plan
		for k := len(x.events) - 1; k >= 0; k-- {
			if x.events[k].sent == si && x.events[k].modality == schema.Planned {
				ev.modality = schema.Planned
				ev.inherit = &x.events[k] // and its date
				break
			}
		}
	}
	if ev.inherit != nil && ev.modality == schema.Asserted && ev.inherit.modality == schema.Planned {
		ev.modality = ev.inherit.modality // ", touching down in Cucuta" after "is expected to visit"
	}
	lifted := start - 1
	if liftedDeterminers[x.tok(lifted).Lower] {
		lifted-- // "easing the sanctions"
	}
	if ru.Type == schema.Sanctioned && liftVerbs[x.tok(lifted).Lower] {
		ev.modality = schema.Negated // lifting sanctions is not imposing them
	}
	ev.date = x.eventDate(ev)
	if ev.date == "" && ev.inherit != nil {
		ev.date, ev.precision = ev.inherit.date, ev.inherit.precision // "the attack killed 150": the date of that attack
	}
	if ev.date == "" {
		ev.date, ev.precision = x.respondedDate(ev) // "responded to the attack": the month or year of that attack
	}
	if ev.date == "" {
		ev.date, ev.precision = x.addedSayingDate(ev) // "The official added that ...": the day of the saying before
	}
	x.refineDay(ev) // "a visit last month" ... "the visit on March 3"
	x.plannedIfLater(ev)
}

// dateAsserted dates an event a speaker made by speaking (a judgment, a
// rejection, a claim of responsibility): asserted, on its sentence's date.
func (x *relater) dateAsserted(ev *event) {
	ev.modality = schema.Asserted
	ev.date = x.eventDate(ev)
	if ev.date == "" {
		ev.date, ev.precision = x.addedSayingDate(ev)
	}
}

// dateOwn gives an event the passes after relate find the modality the words
// around its trigger give and its sentence's date.
func (x *relater) dateOwn(ev *event) {
	ev.modality = x.modality(ev)
	ev.date = x.eventDate(ev)
}

// plannedIfLater makes an asserted event dated after publication planned.
func (x *relater) plannedIfLater(ev *event) {
	if ev.modality == schema.Asserted && ev.date != "" && !x.d.Published.IsZero() && ev.date > x.d.Published.Format("2006-01-02") {
		ev.modality = schema.Planned
	}
}

// eventDate resolves the date expression nearest the trigger against the
// publication date: weekdays, today/yesterday, "last week", "the previous
// day", written dates, and months and years (period.go). It sets the
// event's date precision.
func (x *relater) eventDate(ev *event) string {
	ev.precision = schema.Day
	if x.d.Published.IsZero() {
		return x.absoluteDate(ev)
	}
	s := x.d.Sentences[ev.sent]
	best, bestDist := "", 1<<30
	var anchor time.Time
	for j := s.Start; j < s.End; j++ {
		prec := schema.Day
		d, ok := x.dateAt(j, ev)
		if !ok {
			if d, prec, ok = x.periodAt(j, ev); !ok {
				continue
			}
		}
		if t, err := time.Parse("2006-01-02", d); err == nil && anchor.IsZero() && !x.isWord(j, "the") && prec == schema.Day {
			anchor = t
		}
		dist := j - ev.start
		if dist < 0 {
			dist = -dist
		}
		if x.isWord(j, "the") && x.isWord(j+1, "previous", "next") && x.isWord(j+2, "day") {
			continue
		}
		if x.spanEnd(j) {
			continue // "delayed the tariffs until April 2": the end of the delay
		}
		if j > ev.end && (x.clauseBreak(ev.end, j) || x.laterAdjunct(ev.end, j)) && !x.quoteAttribution(ev.end, j) {
			continue // "..., and on Sunday he ...": another clause's date
		}
		if j < ev.start && ev.modality == schema.Planned && x.saidBefore(j) {
			continue // "said Saturday that Varga will visit": the day of the saying, not of the visit
		}
		if j < ev.start && ev.modality == schema.Planned && x.planVerbDate(j, ev.start) {
			continue // "threatened on Friday to impose tariffs": the threat's day, not the tariffs'
		}
		if x.inSpeechContent(ev, j) {
			continue // "threatened to raise tariffs on May 3": the tariffs' date, not the threat's
		}
		if j < ev.start && (x.insertedClause(j, ev.start) || x.frontedAdjunct(ev, j)) {
			continue // "X, whose party lost in 2018, seldom ...": the relative clause's date
		}
		if dist < bestDist {
			best, bestDist, ev.precision = d, dist, prec
		}
	}
	// "the previous day" is relative to the sentence's other date
	for j := s.Start; j+2 < s.End; j++ {
		if x.isWord(j, "the") && x.isWord(j+1, "previous", "next") && x.isWord(j+2, "day") {
			base := anchor
			if base.IsZero() {
				base = x.d.Published
			}
			dist := j - ev.start
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				delta := -1
				if x.isWord(j+1, "next") {
					delta = 1
				}
				best, bestDist, ev.precision = base.AddDate(0, 0, delta).Format("2006-01-02"), dist, schema.Day
			}
		}
	}
	return best
}

func (x *relater) absoluteDate(ev *event) string {
	s := x.d.Sentences[ev.sent]
	for j := s.Start; j < s.End; j++ {
		if d, ok := x.writtenDate(j, 0); ok {
			return d
		}
	}
	for j := s.Start; j < s.End; j++ {
		if d, prec, ok := x.periodAt(j, ev); ok {
			ev.precision = prec
			return d
		}
	}
	return ""
}

// saidBefore reports whether a past-tense speech verb introduces the
// weekday at j: "said Saturday", "told reporters on Saturday".
func (x *relater) saidBefore(j int) bool {
	k := j - 1
	if x.isWord(k, "on") {
		k--
	}
	if x.isWord(k, "reporters", "journalists") {
		k--
	}
	w := x.tok(k).Lower
	return speechVerbs[w] && (w == "said" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed"))
}

var relativePronouns = mustWordSet("relative_pronouns")

// insertedClause reports whether token j lies in a relative clause set off
// by commas that closes before the trigger at start: "Lena Varga, who
// visited Ardan in 2019, met ...".
func (x *relater) insertedClause(j, start int) bool {
	closed := false
	for k := j + 1; k < start; k++ {
		if x.tok(k).Text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-30; k-- {
		if x.tok(k).Text == "," || x.tok(k).Text == ";" {
			return false
		}
		if relativePronouns[x.tok(k).Lower] && x.tok(k-1).Text == "," {
			return true
		}
	}
	return false
}

// quoteAttribution reports whether token j lies in the attribution after
// the quote that holds the event ending at end: `"We back X ...," the
// minister said Saturday` dates the quoted words.
func (x *relater) quoteAttribution(end, j int) bool {
	for k := end + 1; k < j; k++ {
		if x.tok(k).Text != "\"" {
			continue
		}
		for v := k + 1; v < j; v++ {
			if reportVerbs[x.tok(v).Lower] || speechVerbs[x.tok(v).Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// clauseBreak reports whether a new clause starts between tokens i and j.
func (x *relater) clauseBreak(i, j int) bool {
	for k := i; k < j; k++ {
		if x.tok(k).Text == ";" || x.tok(k).Text == "," && x.isWord(k+1, "and", "but", "while", "where", "which", "then") {
			return true
		}
	}
	return false
}

// dateAt reads a date expression starting at token j.
func (x *relater) dateAt(j int, ev *event) (string, bool) {
	p := x.d.Published
	t := x.tok(j)
	if wd, ok := weekdays[t.Lower]; ok {
		if x.isWord(j-1, "last") || x.isWord(j-1, "past") {
			diff := (int(p.Weekday()) - wd + 7) % 7
			if diff == 0 {
				diff = 7
			}
			return p.AddDate(0, 0, -diff).Format("2006-01-02"), true
		}
		if x.isWord(j-1, "next") || (ev.modality == schema.Planned || x.futureSentence(ev.sent)) && !x.saidBefore(j) && !x.pastSaying(ev, j) && !x.sayingDate(ev, j) {
			// not "said Saturday": the saying is past even in a sentence on the future
			diff := (wd - int(p.Weekday()) + 7) % 7
			return p.AddDate(0, 0, diff).Format("2006-01-02"), true
		}
		diff := (int(p.Weekday()) - wd + 7) % 7
		return p.AddDate(0, 0, -diff).Format("2006-01-02"), true
	}
	if t.Lower == "week" && x.isWord(j-1, "next", "last", "this") {
		switch x.tok(j - 1).Lower {
		case "next":
			return p.AddDate(0, 0, 7).Format("2006-01-02"), true
		case "last":
			return p.AddDate(0, 0, -7).Format("2006-01-02"), true
		}
		return p.Format("2006-01-02"), true
	}
	switch t.Lower {
	case "today", "tonight":
		return p.Format("2006-01-02"), true
	case "yesterday":
		return p.AddDate(0, 0, -1).Format("2006-01-02"), true
	case "tomorrow":
		return p.AddDate(0, 0, 1).Format("2006-01-02"), true
	}
	if d, ok := x.writtenDate(j, p.Year()); ok {
		return d, true
	}
	return "", false
}

// futureSentence reports whether a sentence speaks of the future.
func (x *relater) futureSentence(si int) bool {
	s := x.d.Sentences[si]
	for j := s.Start; j < s.End; j++ {
		if x.isWord(j, "will", "'ll") || x.isWord(j, "expected", "scheduled", "due") && x.isWord(j+1, "to") {
			return true
		}
	}
	return false
}

// writtenDate reads "October 12, 2016", "Sept. 2, 2014", "12 October 2016"
// and, when year is given, "October 12".
func (x *relater) writtenDate(j, year int) (string, bool) {
	t := x.tok(j)
	if m, ok := months[t.Lower]; ok && t.Cap {
		k := j + 1
		if x.tok(k).Text == "." {
			k++
		}
		if x.tok(k).Kind == tokNumber {
			day, err := strconv.Atoi(x.tok(k).Text)
			if err != nil || day < 1 || day > 31 {
				return "", false
			}
			y := year
			k++
			if x.tok(k).Text == "," {
				k++
			}
			if x.tok(k).Kind == tokNumber && len(x.tok(k).Text) == 4 {
				y, _ = strconv.Atoi(x.tok(k).Text)
			}
			if y == 0 || t.Lower == "may" && !x.tok(j).Cap {
				return "", false
			}
			return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), true
		}
	}
	if t.Kind == tokNumber && len(t.Text) <= 2 {
		if m, ok := months[x.tok(j+1).Lower]; ok && x.tok(j+1).Cap {
			day, _ := strconv.Atoi(t.Text)
			y := year
			if x.tok(j+2).Kind == tokNumber && len(x.tok(j+2).Text) == 4 {
				y, _ = strconv.Atoi(x.tok(j + 2).Text)
			}
			if y == 0 || day < 1 || day > 31 {
				return "", false
			}
			return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), true
		}
	}
	return "", false
}

// shareDates gives an event that names no date the date of the same event
// told elsewhere in the article with one: "Okafor will meet Feld on
// Friday" ... "Okafor and Feld were due to meet in Lima".
func (x *relater) shareDates() {
	// first holds, for a type and an agent and target, the first event (in
	// event order) with a date that joins them: the event the scan over
	// all events would find, without the scan.
	type pair struct {
		typ  schema.RelType
		a, b *Entity
	}
	var first map[pair]int
	note := func(k int) {
		o := &x.events[k]
		for _, p := range o.agents {
			for _, q := range o.targets {
				if j, ok := first[pair{o.rule.Type, p, q}]; !ok || k < j {
					first[pair{o.rule.Type, p, q}] = k
				}
			}
		}
	}
	for k := range x.events {
		ev := &x.events[k]
		if ev.date != "" {
			continue
		}
		if first == nil {
			first = map[pair]int{}
			for j := range x.events {
				if x.events[j].date != "" {
					note(j)
				}
			}
		}
		sym := ev.rule.Type.Symmetric()
		best := -1
		for _, p := range ev.agents {
			for _, q := range ev.targets {
				if j, ok := first[pair{ev.rule.Type, p, q}]; ok && (best < 0 || j < best) {
					best = j
				}
				if j, ok := first[pair{ev.rule.Type, q, p}]; sym && ok && (best < 0 || j < best) {
					best = j
				}
			}
		}
		if best >= 0 && x.mayShare(ev, x.events[best].date) {
			ev.date, ev.precision = x.events[best].date, x.events[best].precision
			note(k)
		}
	}
}
