package ingest

import (
	"math"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// relater finds the relations of one document.
type relater struct {
	p      *Pipeline
	r      *recognizer
	d      *Document
	toks   []Token
	events []event
	// mentionAt maps a token to the index of the actor mention covering it.
	mentionAt []int
	// viaPlace is set when the last objects call found only the place where
	// a non-actor object stood: "hit a shopping centre in Kremenchuk".
	viaPlace bool
	tix      titleIndex
}

// event is a trigger with its arguments, before it becomes Relations.
type event struct {
	rule       *Rule
	start, end int // trigger tokens
	sent       int
	agents     []*Entity
	targets    []*Entity
	modality   string
	date       string
	precision  schema.DatePrecision // of date: day, month or year
	casualties int
	location   *Entity
	inherit    *event // the earlier event this one continues: "..., killing", "the attack killed"
}

func (x *relater) tok(i int) *Token {
	if i < 0 || i >= len(x.toks) {
		return &Token{}
	}
	return &x.toks[i]
}

func (x *relater) isWord(i int, words ...string) bool {
	t := x.tok(i)
	for _, w := range words {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// relate runs the relation lexicon over every sentence.
func (x *relater) relate() {
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
	for si, s := range x.d.Sentences {
		for i := s.Start; i < s.End; i++ {
			cands := x.p.rules.byFirst[x.toks[i].Lower]
			if len(cands) == 0 {
				continue
			}
			if k := x.mentionAt[i]; k >= 0 && x.d.Mentions[k].Kind != mDemonym {
				continue // a title or name, not a trigger: "Press Secretary"
			}
			if x.isPurpose(i) {
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
			noun := x.nounContext(i)
			// the longest verb and the longest noun reading of the trigger
			var bestVerb, bestNoun *ruleSeq
			verbEnd, nounEnd := 0, 0
			for c := range cands {
				rs := &cands[c]
				end, ok := x.matchSeq(i, s.End, rs.seq)
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
			var best *ruleSeq
			bestEnd := 0
			switch {
			case bestVerb != nil && (verbEnd > nounEnd || !noun) && x.verbContext(i, bestVerb.form, noun && (verbEnd <= nounEnd || bestVerb.form == "s" || bestVerb.form == "base")):
				best, bestEnd = bestVerb, verbEnd
			case bestNoun != nil:
				best, bestEnd = bestNoun, nounEnd
			default:
				continue // "tacit support", "insufficient funding": nouns with no noun rule
			}
			if x.isWord(i, "back") && x.isWord(bestEnd, "to", "into", "from", "home", "in", "out", "off", "down", "up") {
				continue // "sent them back to China": an adverb
			}
			if ev, ok := x.build(best.rule, i, bestEnd, si); ok {
				x.events = append(x.events, ev)
			}
			i = bestEnd - 1
		}
	}
	x.sameAgain()
	x.linkEvents()
	x.claimedDeeds()
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

// sameAgain reads "on Sunday he is expected to do the same in Peru": the
// visits and meetings of the agent just told happen again at the new place.
func (x *relater) sameAgain() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+1 < s.End; j++ {
			if !x.isWord(j, "same") || !x.isWord(j-1, "the") || !x.isWord(j-2, "do", "does", "did", "doing") {
				continue
			}
			var place *Entity
			for k := j + 1; k < s.End && k < j+6; k++ {
				if x.isWord(k, "in", "at") {
					if mi := x.mentionIdx(k + 1); mi >= 0 {
						place = x.d.Mentions[mi].Ent
					}
					break
				}
			}
			agents, _ := x.subjects(j-2, s.Start, false)
			if place == nil || len(agents) == 0 {
				continue
			}
			country := place
			if place.Label != string(schema.Country) {
				country = x.d.byID[schema.CountryID(place.ISO3)]
			}
			done := map[string]bool{}
			for k := n - 1; k >= 0; k-- {
				o := x.events[k]
				if o.sent < si-1 || o.sent > si || done[o.rule.Type] || !containsEnt(o.agents, agents[0]) {
					continue
				}
				target := country
				switch schema.RelType(o.rule.Type) {
				case schema.Visited:
					target = place
				case schema.MetWith, schema.SpokeWith:
				default:
					continue
				}
				if target == nil {
					continue
				}
				done[o.rule.Type] = true
				ev := event{rule: o.rule, start: j - 2, end: j + 1, sent: si, agents: agents[:1], targets: []*Entity{target}}
				ev.modality = x.modality(&ev)
				ev.start = j // the date nearest "the same", not the one of the first clause
				ev.date = x.eventDate(&ev)
				if ev.modality == string(schema.Asserted) && ev.date != "" && !x.d.Published.IsZero() && ev.date > x.d.Published.Format("2006-01-02") {
					ev.modality = string(schema.Planned)
				}
				x.events = append(x.events, ev)
			}
		}
	}
}

// shareDates gives an event that names no date the date of the same event
// told elsewhere in the article with one: "Kerry will meet Lavrov on
// Saturday" ... "Kerry and Lavrov would meet in Lausanne".
func (x *relater) shareDates() {
	// first holds, for a type and an agent and target, the first event (in
	// event order) with a date that joins them: the event the scan over
	// all events would find, without the scan.
	type pair struct {
		typ  string
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
		sym := schema.RelType(ev.rule.Type).Symmetric()
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
		if best >= 0 {
			ev.date, ev.precision = x.events[best].date, x.events[best].precision
			note(k)
		}
	}
}

var judgmentWords = set("escalation", "violation", "violations", "unacceptable", "illegal", "unlawful",
	"atrocity", "atrocities", "unjustifiable", "outrageous", "provocation", "crimes", "crime")

// linkEvents lets events of one sentence complete each other: an appeal
// made in a call is addressed to the other party of the call; a statement
// that judges another actor's strike ("represents a dangerous escalation")
// criticises that actor.
func (x *relater) linkEvents() {
	n := len(x.events)
	bySent := map[int][]int{} // the events of each sentence, in event order
	for k := range x.events {
		bySent[x.events[k].sent] = append(bySent[x.events[k].sent], k)
	}
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if schema.RelType(ev.rule.Type) != schema.Urged || len(ev.targets) > 0 {
			continue
		}
		for _, j := range bySent[ev.sent] {
			o := x.events[j]
			if o.sent == ev.sent && (o.rule.Type == string(schema.SpokeWith) || o.rule.Type == string(schema.MetWith)) && len(o.targets) > 0 {
				if len(ev.agents) == 0 {
					ev.agents = o.agents
				}
				ev.targets = o.targets
				break
			}
		}
	}
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		t := schema.RelType(ev.rule.Type)
		if (t != schema.Bombed && t != schema.Attacked) || len(ev.targets) > 0 || len(ev.agents) == 0 {
			continue
		}
		for _, j := range bySent[ev.sent] {
			o := x.events[j]
			ot := schema.RelType(o.rule.Type)
			if o.sent == ev.sent && (ot == schema.Attacked || ot == schema.Captured || ot == schema.Bombed) && len(o.targets) > 0 {
				ev.targets = o.targets
				break
			}
		}
	}
	for si, s := range x.d.Sentences {
		judged := false
		for j := s.Start; j < s.End; j++ {
			if judgmentWords[x.tok(j).Lower] {
				judged = true
			}
		}
		if !judged {
			continue
		}
		for j := s.Start; j < s.End; j++ {
			if !x.isWord(j, "warned", "warns", "said", "says", "stated", "declared") || !x.isWord(j+1, "that") {
				continue
			}
			speakers, _ := x.subjects(j, s.Start, false)
			if len(speakers) == 0 {
				break
			}
			for _, k := range bySent[si] {
				o := x.events[k]
				if o.sent != si || o.start < j {
					continue
				}
				switch schema.RelType(o.rule.Type) {
				case schema.Bombed, schema.Attacked, schema.Killed, schema.Captured, schema.Besieged:
				default:
					continue
				}
				ev := event{rule: judgedRule, start: j, end: j + 1, sent: si, agents: speakers, targets: o.agents}
				ev.modality = string(schema.Asserted)
				ev.date = x.eventDate(&ev)
				x.events = append(x.events, ev)
			}
			break
		}
	}
}

var judgedRule = &Rule{ID: "criticized/judged-event", Type: string(schema.Criticized), Speech: true}

func (x *relater) hyphenRule(cands []ruleSeq) (*Rule, bool) {
	for _, c := range cands {
		if c.rule.kind == hyphenRule {
			return c.rule, true
		}
	}
	return nil, false
}

// verbLicensers may stand right before a verb in its base or -s form.
var verbLicensers = set("will", "would", "can", "could", "should", "must", "may", "might", "to", "not", "n't",
	"did", "does", "do", "and", "or", "also", "'ll", "jointly", "then", "now", "still", "who", "which",
	"that", "they", "we", "he", "she", "it", "i", "you", "repeatedly", "reportedly", "allegedly", "later",
	"again", "often", "never", "always", "both", "further", "already", "once", "first", "subsequently")

// ingLicensers may stand right before a verb's -ing form.
var ingLicensers = set("is", "are", "was", "were", "be", "been", "being", "of", "by", "for", "after", "before",
	"while", "without", "from", "in", "on", "and", "or", "also", "not", "still", "keep", "kept", "keeps",
	"stop", "stopped", "start", "started", "began", "begin", "continue", "continued", "continues", "resumed",
	"accused", "accusing", "denied", "denies", "deny", "denying", "over", "since", "against", "through",
	"with", "about", "as", "when", "repeatedly", "reportedly", "allegedly", "'re", "'s", "now", "then", "upon",
	"statement", "letter", "message", "resolution", "note", "communique", "declaration", "include", "includes", "included")

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
	for _, rs := range x.p.rules.byFirst[x.tok(i).Lower] {
		if _, ok := x.matchSeq(i, limit, rs.seq); ok {
			return true
		}
	}
	return false
}

// nounContext reports whether the word at i is used as a noun: after a
// determiner, a possessive, a country adjective or a modifier.
func (x *relater) nounContext(i int) bool {
	p := x.tok(i - 1)
	if strings.HasSuffix(x.tok(i).Lower, "ing") && (x.isWord(i+1, "the", "a", "an", "its", "their") || x.mentionIdx(i+1) >= 0) {
		return false // "of backing the militants": a gerund with an object
	}
	if i < len(x.d.sentOf) && x.d.Sentences[x.d.sentOf[i]].Start == i {
		return true // "Attacks by X on Y rose": a sentence opens with a noun, not a bare verb
	}
	switch p.Lower {
	case "a", "an", "the", "this", "these", "its", "their", "his", "her", "our", "'s", "of", "for", "and", "new",
		"heavy", "fresh", "deadly", "massive", "coordinated", "repeated", "renewed", "phone", "military", "air",
		"drone", "missile", "rocket", "naval", "full-scale", "unlawful", "devastating", "latest", "separate",
		"-", "further", "such", "any", "no", "public", "joint", "aerial", "ground", "little", "more", "strong",
		"full", "financial", "political", "economic", "international", "western", "foreign", "logistical",
		"humanitarian", "diplomatic", "unwavering", "continued", "much", "some", "with", "ceasefire", "peace",
		"recent", "several", "many", "multiple", "future", "potential", "possible", "main", "key", "tacit",
		"two", "three", "four", "become", "became", "becomes", "insufficient", "lack", "trade", "tariff":
		return true
	}
	if k := x.mentionIdx(i - 1); k >= 0 {
		m := x.d.Mentions[k]
		if m.Kind == mDemonym || m.Possessive {
			return true
		}
		// "U.S. sanctions on Venezuela", "Houthi targets in Yemen" (not "Pompeo meets in Santiago")
		if strings.HasSuffix(x.tok(i).Lower, "s") && !x.phrasalVerbAt(i) && (x.hasNounReading(i) || !x.isWord(i+1, "of")) && (x.isWord(i+1, "on", "against", "of") ||
			x.isWord(i+1, "in", "near", "across", "at") && m.Ent.Label != string(schema.Person)) {
			return true
		}
	}
	return false
}

// isPurpose reports whether the verb at i is a purpose infinitive of an
// event noun ("a campaign to capture Aleppo"): the noun's event, not a
// second one.
func (x *relater) isPurpose(i int) bool {
	if !x.isWord(i-1, "to") {
		return false
	}
	for j := i - 2; j >= i-4 && j >= 0; j-- {
		if x.isWord(j, "campaign", "assault", "offensive", "operation", "operations", "bid", "attempt", "push", "drive", "attack", "effort", "efforts") {
			return true
		}
	}
	return false
}

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
		if k > 0 && j+1 < limit && x.toks[j+1].Lower == w && (x.isWord(j, "a", "an", "the", "new", "fresh", "further", "coordinated", "heavy", "more", "joint", "its", "their", "his", "her")) {
			j += 2
			continue
		}
		if k > 0 {
			// "carried out a series of airstrikes", "launched a wave of drone strikes"
			skip := j
			for skip < limit && skip < j+4 && x.isWord(skip, "a", "an", "the", "series", "wave", "number", "dozens", "hundreds", "of", "new", "fresh", "more", "several", "further", "heavy", "coordinated", "deadly", "drone", "missile",
				"its", "their", "his", "her", "military", "economic", "security", "defence", "defense", "diplomatic", "bilateral", "all", "formal", "direct") {
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

// actorMention returns the mention index covering token i, if it is an actor
// or place mention.
func (x *relater) mentionIdx(i int) int {
	if i < 0 || i >= len(x.mentionAt) {
		return -1
	}
	return x.mentionAt[i]
}

// partNouns take their referent in an of-phrase: "areas of Aleppo".
var partNouns = set("areas", "area", "parts", "part", "much", "most", "all", "outskirts", "control",
	"territory", "positions", "bases", "base", "camp", "camps", "members", "leader", "leaders", "commander",
	"commanders", "officials", "rest", "centre", "center", "heart", "suburbs", "districts", "neighbourhoods",
	"villages", "towns", "cities", "regions", "provinces", "accusations", "accusation", "claims", "claim",
	"allegations", "demands", "demand", "proposal", "proposals", "criticism", "offer", "request", "appeal",
	"plan", "charges", "statement", "remarks", "position", "stance", "decision", "sovereignty", "integrity")

// locPreps put a country in the role of a place: "talks in Syria".
var locPreps = set("in", "at", "near", "inside", "outside", "across", "around", "throughout", "within", "into")

var beVerbs = set("was", "were", "is", "are", "been", "being", "be", "got", "get")

var clauseStops = set(";", ":", "\"")

// subjects returns the actors left of token i in its clause: the nearest
// one and those coordinated with it ("the United States and France").
func (x *relater) subjects(i, sentStart int, places bool) ([]*Entity, int) {
	var out []*Entity
	first := -1
	j := i - 1
	for ; j >= sentStart && j > i-30; j-- {
		t := x.tok(j)
		if t.Text == ")" {
			for j > sentStart && x.tok(j).Text != "(" {
				j--
			}
			continue
		}
		speech := speechVerbs[t.Lower] && !t.Cap && x.mentionIdx(j) < 0 // not the "States" of "United States"
		if clauseStops[t.Text] || speech && j < i-1 || t.Lower == "that" && j < i-1 ||
			x.isWord(j, "i", "we", "my", "our", "you", "your") && x.mentionIdx(j) < 0 {
			break
		}
		k := x.mentionIdx(j)
		if k < 0 {
			continue
		}
		m := x.d.Mentions[k]
		j = m.Start
		if !x.usableSubject(m, i, places) {
			continue
		}
		out = append(out, m.Ent)
		first = m.Start
		break
	}
	if first < 0 {
		return nil, -1
	}
	// coordination to the left: "A, B and C"; a bare comma joins only a list
	// already joined by "and", also by an "and" after the subject ("A, B
	// and rights groups condemned")
	sawAnd := x.listAndBefore(first, i)
	for j = first - 1; j >= sentStart; {
		gapEnd := j
		gapAnd := false
		for g := j; g >= sentStart && g > j-4; g-- {
			if x.isWord(g, "and", "especially", "well") {
				gapAnd = true
			}
		}
		if !gapAnd && !sawAnd {
			break
		}
		sawAnd = sawAnd || gapAnd
		for j >= sentStart && (x.isWord(j, "and", ",", "both", "as", "well", "especially", "or", "the") || x.tok(j).Text == "," || x.tok(j).Text == ")") {
			if x.tok(j).Text == ")" {
				for j > sentStart && x.tok(j).Text != "(" {
					j--
				}
			}
			j--
		}
		if j == gapEnd {
			break
		}
		k := x.mentionIdx(j)
		if k < 0 {
			break
		}
		m := x.d.Mentions[k]
		if m.Ent == nil || m.Place && !places && m.Ent.Label != string(schema.Country) || m.Kind == mDemonym && m.Head == "" {
			break
		}
		out = append(out, m.Ent)
		first = m.Start
		j = m.Start - 1
	}
	return out, first
}

// possessedActs reports whether the words from end up to the trigger are the
// possessor's forces or government acting for it: "Chile's forces attacked",
// "Norway's armed forces have shelled", "the group's fighters seized".
func (x *relater) possessedActs(end, trigger int) bool {
	if trigger <= end || trigger > end+4 {
		return false
	}
	head := false
	for j := end; j < trigger; j++ {
		w := x.tok(j).Lower
		switch {
		case genericHeads[w] && !x.isWord(j, "media", "source", "sources", "counterpart", "counterparts", "state", "side"):
			head = true
		case head && (verbLicensers[w] || beVerbs[w] || x.isWord(j, "has", "have", "had")):
		case j == end && itineraryNouns[w] && x.isWord(trigger-1, "include", "includes", "included"):
			head = true // "X's travels will include meeting Y": X meets
		case head && j == trigger-1 && x.isWord(j, "include", "includes", "included") && itineraryNouns[x.tok(end).Lower]:
		default:
			return false
		}
	}
	return head
}

// itineraryNouns are the plans whose stops their owner makes.
var itineraryNouns = set("trip", "trips", "travels", "travel", "visit", "visits", "tour", "itinerary", "schedule", "agenda")

// prefixed reports whether a mention is part of an "anti-X", "pro-X" or
// "non-X" adjective.
func (x *relater) prefixed(m Mention) bool {
	return x.isWord(m.Start-1, "-") && x.isWord(m.Start-2, "anti", "pro", "non", "post", "pre", "ex")
}

// usableSubject rules out places in prepositional phrases, country
// adjectives and possessors that modify another noun.
func (x *relater) usableSubject(m Mention, trigger int, places bool) bool {
	if m.Ent == nil || x.prefixed(m) || x.isWord(m.End, "-") && !x.tok(m.End).SpaceBefore ||
		x.isWord(m.Start-1, "-") && !x.tok(m.Start).SpaceBefore && x.mentionIdx(m.Start-2) >= 0 {
		return false // "the Iran-China scheme": a compound modifier, not the subject
	}
	if m.Kind == mDemonym && m.Head == "" {
		return false
	}
	if m.Kind == mDescriptor && m.Ent.Label == string(schema.City) {
		return places
	}
	if m.Place || m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region) {
		return false
	}
	if m.Possessive || x.tok(m.End).Lower == "'s" {
		// "Obama's directives to support": the possessor acts
		end := m.End
		if x.tok(end).Lower == "'s" {
			end++
		}
		return trigger == end+2 && x.isWord(trigger-1, "to") || x.possessedActs(end, trigger)
	}
	p := x.tok(m.Start - 1).Lower
	if p == "told" || p == "tells" || p == "tell" || p == "asked" || p == "informed" || p == "urged" {
		return false
	}
	if p == "of" && x.isWord(m.Start-2, "head", "chief", "leader", "chair", "members", "member", "commander", "spokesman", "spokesperson", "officials", "envoy") {
		return true
	}
	if p == "from" || p == "the" && x.isWord(m.Start-2, "from") {
		b := m.Start - 2
		if p == "the" {
			b--
		}
		if groupNouns[x.tok(b).Lower] || genericHeads[x.tok(b).Lower] {
			return true // "gunmen from the Islamic State group attacked"
		}
	}
	if p == "of" || p == "in" || p == "from" || p == "at" || p == "near" || p == "to" || p == "with" || p == "against" || p == "on" || p == "for" || p == "by" {
		return false
	}
	// "a member of the Japanese Liberal Democratic Party": the phrase opens with "of"
	sentStart := x.d.Sentences[x.d.sentOf[m.Start]].Start
	for j := m.Start - 1; j >= sentStart && j >= m.Start-5; j-- {
		t := x.tok(j)
		if t.Cap && t.Kind == tokWord || t.Lower == "the" || t.Text == "-" {
			continue
		}
		if x.isWord(j, "of", "in", "from", "at", "near", "with", "against", "for") {
			return false
		}
		break
	}
	return true
}

// objects returns the actors right of token i: after one of preps (or
// directly when "" is allowed), skipping determiners and modifiers, with
// coordination ("Hollande and Merkel").
func (x *relater) objects(i, limit int, preps []string, places bool) ([]*Entity, int) {
	direct := len(preps) == 0
	for _, p := range preps {
		if p == "" {
			direct = true
		}
	}
	j := i
	sawPrep := false
	nounSeen := false
	nounAfterPrep := false
	placeOnly := false
	x.viaPlace = false
	var out []*Entity
	start := -1
	for ; j < limit && j < i+14; j++ {
		t := x.tok(j)
		if clauseStops[t.Text] || t.Text == "." {
			break
		}
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			ok := direct || sawPrep
			if placeOnly && (m.Possessive || x.tok(m.End).Lower == "'s") {
				j = m.End // "in Mozambique's Cabo Delgado province": the place is the province
				continue
			}
			if placeOnly && !(m.Place || m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region)) {
				break
			}
			countryActor := m.Ent.Label == string(schema.Country) && (!m.Place || !locPreps[x.tok(m.Start-1).Lower] ||
				x.isWord(m.Start-2, "official", "officials", "ministers", "minister", "representatives", "representative", "delegation", "delegations", "leaders", "diplomats", "envoys") ||
				!places && inList(preps, x.tok(m.Start-1).Lower)) // "pointed the finger at Peru": the rule's own preposition
			if ok && (places || countryActor || !(m.Place || m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region))) {
				if m.Kind == mDemonym && m.Head == "" || x.prefixed(m) || x.isWord(m.End, "-") && x.isWord(m.End+1, "based", "headquartered") {
					// "French-drafted resolution", "the Swiss city", "anti-Pakistan militants",
					// "the U.S.-based lender": adjectives
					j = m.End - 1
					continue
				}
				if list, ok := x.possessedList(m, limit, places); ok {
					return list, m.Start // "X's biggest trading partners - A, B and C"
				}
				out = append(out, m.Ent)
				start = m.Start
				j = m.End
				break
			}
			j = m.End - 1
			if !ok && !m.Place {
				// an actor before the preposition ends the search: "talks with X" needs "with"
				break
			}
			continue
		}
		if t.Kind == tokWord && !direct && !sawPrep && t.Lower == "and" && j > i {
			break // "aggression in the region and its ties with X": the preposition is another noun's
		}
		if t.Kind == tokWord {
			isPrep := false
			for _, p := range preps {
				if p != "" && t.Lower == p {
					sawPrep = true
					isPrep = true
				}
			}
			if places && !sawPrep && nounSeen && x.isWord(j, "in", "near", "outside", "at") {
				placeOnly = true // "hit a shopping centre in Kremenchuk": the place it is in
				x.viaPlace = true
				continue
			}
			if !isPrep && prepositions[t.Lower] && j > i && nounSeen && (direct && !sawPrep || sawPrep && nounAfterPrep) &&
				!(t.Lower == "of" && (placeNouns[x.tok(j-1).Lower] || partNouns[x.tok(j-1).Lower])) {
				break // "backed a proposal for ...", "met with opposition from ...": the object was no actor
			}
			if !isModifierWord(t.Lower) && !prepositions[t.Lower] && t.Lower != "all" {
				nounSeen = true
				if sawPrep && !isPrep && !genericHeads[t.Lower] && t.Lower != "and" {
					nounAfterPrep = true
				}
			}
			if t.Lower == "that" && x.isWord(j+1, "morning", "afternoon", "evening", "night", "day", "week") {
				continue
			}
			if speechVerbs[t.Lower] && !x.isWord(j+1, "between") || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "but" || t.Lower == "while" {
				break
			}
			if direct && !places && !sawPrep && nounSeen && j > i && !t.Cap && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && t.Lower != "including" &&
				(x.tok(j+1).Cap || x.isWord(j+1, "the", "a", "an", "their", "its", "his", "her", "then", "former") || x.mentionIdx(j+1) >= 0) {
				// "aiding rebels fighting X": X is the rebels' object, not the
				// aid's; a deed on a place reads on ("ambushed a bus carrying
				// troops in X" happened in X)
				break
			}
			if j > i+1 && !sawPrep && !pactNouns[t.Lower] && x.startsTrigger(j, limit) {
				break
			}
		}
		if t.Text == "," && (j > i || x.closesFrontedClause(j)) {
			break // "When X attacked, Y ...": Y is no object of the clause before
		}
	}
	if len(out) == 0 {
		return nil, -1
	}
	// coordination to the right
	for j < limit {
		j = x.skipPossessedHead(j)
		k0 := j
		for j < limit && (x.isWord(j, "and", "both", "as", "well", "especially", "including", "the") || x.tok(j).Text == ",") {
			j++
		}
		if j == k0 {
			break
		}
		if !x.gapHasAnd(k0, j) && !x.listEndsWithAnd(j, limit) {
			break // "his trip to Taiwan, U.S. support ...": a comma, not a list
		}
		if x.gapHasAnd(k0, j) {
			j = x.skipDescriptor(j, limit) // "and an armed group, the NLF"
		}
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind == mDemonym && x.isWord(x.d.Mentions[k].End, "-") {
			j = x.d.Mentions[k].End + 2 // "the Russian-backed Syrian regime forces"
		}
		k := x.mentionIdx(j)
		if k < 0 {
			break
		}
		m := x.d.Mentions[k]
		if m.Kind == mDemonym && m.Head == "" {
			break
		}
		if nt := x.tok(m.End); (speechVerbs[nt.Lower] || beVerbs[nt.Lower] || x.isWord(m.End, "has", "have", "had", "will", "would", "could", "can", "may", "also")) &&
			!(x.isWord(start-1, "between") && len(out) == 1) { // "talks between X and Y were ...": between takes two
			break // ", and the United Nations says ...": a new clause, not a list
		}
		out = append(out, m.Ent)
		j = m.End
		if x.gapHasAnd(k0, m.Start) {
			break // "A, B and C" ends at C
		}
	}
	return out, start
}

// listEndsWithAnd reports whether the list going on at i closes with "and"
// or "or" before its clause ends.
func (x *relater) listEndsWithAnd(i, limit int) bool {
	for j := i; j < limit && j < i+15; j++ {
		if x.isWord(j, "and", "or") {
			return true
		}
		t := x.tok(j)
		if t.Text == "." || t.Text == ";" || (t.Kind == tokWord && !t.Cap && x.mentionIdx(j) < 0 && t.Lower != "the") {
			return false
		}
	}
	return false
}

func (x *relater) gapHasAnd(i, j int) bool {
	for k := i; k < j; k++ {
		if x.isWord(k, "and") {
			return true
		}
	}
	return false
}

// agentBefore finds the agent of a nominal trigger written as a modifier:
// "Russian air strikes", "U.S. sanctions", "Israel's strike", "its invasion".
func (x *relater) agentBefore(i, sentStart int) []*Entity {
	for j := i - 1; j >= sentStart && j >= i-6; j-- {
		t := x.tok(j)
		if t.Kind == tokPunct && t.Text != "-" && t.Lower != "'s" && !(t.Text == "," && isModifierWord(x.tok(j-1).Lower) && isModifierWord(x.tok(j+1).Lower)) {
			return nil
		}
		if x.isWord(j, "my", "our", "your") {
			return nil
		}
		if t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" {
			if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Ent != nil {
				return []*Entity{x.d.Mentions[k].Ent}
			}
			subj, _ := x.subjects(j, sentStart, false)
			return subj
		}
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			if m.Ent == nil || m.Place && m.Kind != mDemonym {
				return nil
			}
			if m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region) {
				return nil
			}
			if m.Kind == mName && !m.Possessive && x.tok(m.End).Lower != "'s" && !isAllCaps(x.tok(m.Start).Text) && m.Head == "" && x.tok(j).Text != "-" {
				return nil // "Syria talks": a topic, not an agent
			}
			return []*Entity{m.Ent}
		}
		if t.Kind == tokWord && !isModifierWord(t.Lower) {
			return nil
		}
	}
	return nil
}

func isModifierWord(w string) bool {
	switch w {
	case "a", "an", "the", "heavy", "new", "fresh", "deadly", "massive", "coordinated", "repeated", "renewed",
		"latest", "recent", "full-scale", "unlawful", "ongoing", "continued", "military", "air", "naval",
		"ground", "aerial", "joint", "alleged", "large-scale", "brutal", "devastating", "separate", "-",
		"scaled-up", "economic", "financial", "tough", "sweeping", "its", "their", "his", "her", "further",
		"senior", "top", "foreign", "first", "second", "'s", "retaliatory", "scale", "full", "large",
		"unprovoked", "illegal", "so", "called", "widespread", "indiscriminate", ",", "led":
		return true
	}
	return false
}

// byAgent returns the actors after "by" following token i: "vetoed by X".
func (x *relater) byAgent(i, limit int) ([]*Entity, int) {
	for j := i; j < limit && j < i+8; j++ {
		if x.tok(j).Text == "." || x.tok(j).Text == ";" || x.tok(j).Text == "," {
			return nil, -1
		}
		if j > i && x.p.rules.byFirst[x.tok(j).Lower] != nil && !x.isWord(j+1, "by") && !lightVerbs[x.tok(j).Lower] {
			return nil, -1
		}
		if x.isWord(j, "by") {
			return x.objects(j+1, limit, nil, false)
		}
	}
	return nil, -1
}

func (x *relater) isPassive(i int) bool {
	if strings.HasSuffix(x.tok(i).Lower, "ing") {
		return false // "is calling on": progressive, not passive
	}
	if x.isWord(i+1, "by") && (strings.HasSuffix(x.tok(i).Lower, "ed") || strings.HasSuffix(x.tok(i).Lower, "en")) {
		return true // "groups backed by Turkey"
	}
	for j := i - 1; j >= i-3 && j >= 0; j-- {
		t := x.tok(j)
		if beVerbs[t.Lower] {
			return true
		}
		if t.Kind != tokWord || !strings.HasSuffix(t.Lower, "ly") && t.Lower != "not" && t.Lower != "also" && t.Lower != "reportedly" && t.Lower != "allegedly" {
			return false
		}
	}
	return false
}

// build fills an event's arguments from its trigger's context.
func (x *relater) build(ru *Rule, start, end, si int) (event, bool) {
	s := x.d.Sentences[si]
	ev := event{rule: ru, start: start, end: end, sent: si}
	switch ru.kind {
	case hyphenRule:
		// Agent-backed target: "Turkey-backed forces", "Western-backed opposition groups"
		if !x.isWord(start-1, "-") || x.tok(start).SpaceBefore {
			return ev, false
		}
		k := x.mentionIdx(start - 2)
		if k < 0 {
			return ev, false
		}
		ev.agents = []*Entity{x.d.Mentions[k].Ent}
		for j := end; j < end+3 && j < s.End; j++ {
			if mk := x.mentionIdx(j); mk >= 0 {
				ev.targets = []*Entity{x.d.Mentions[mk].Ent}
				break
			}
			if !isModifierWord(x.tok(j).Lower) && !x.tok(j).Cap {
				break
			}
		}
		if len(ev.targets) == 0 {
			// "Turkey-backed forces": the forces are the article's opposition when it has one
			if x.isWord(end, "forces", "rebels", "fighters", "groups", "militias") {
				if o := x.r.docOpposition(); o != nil && x.isWord(end, "forces", "rebels", "fighters", "groups") {
					ev.targets = []*Entity{o}
				}
			}
		}
	case nounRule:
		if x.isWord(start-1, "-") && !x.tok(start).SpaceBefore {
			return ev, false // "Russian-backed campaign" is the hyphen rule's
		}
		if (ru.Type == string(schema.Attacked) || ru.Type == string(schema.Bombed)) && x.isWord(start-1, "trade", "tariff", "legal", "political", "court", "price", "verbal", "media", "election", "electoral", "propaganda", "rhetorical", "charm", "public", "relations") {
			return ev, false // "a tariff fight", "a legal battle"
		}
		if x.isWord(start-1, "under") || x.isWord(start-2, "under") || x.isWord(start-3, "under") {
			// "came under attack from X": the subject is attacked
			ev.targets, _ = x.subjects(start, s.Start, ru.Places)
			if u := x.underAt(start); len(ev.targets) == 0 && x.isWord(u-1, "came", "come", "comes", "coming") {
				ev.targets, _ = x.subjects(u-1, s.Start, ru.Places) // "Chile's forces came under a calculated attack"
			}
			ev.agents, _ = x.objects(end, s.End, []string{"from", "by"}, false)
			break
		}
		ev.agents = x.agentBefore(start, s.Start)
		ev.targets, _ = x.objects(end, s.End, ru.Preps, ru.Places)
		if len(ev.agents) == 0 {
			ev.agents, _ = x.byAgent(end, s.End)
		}
		if len(ev.agents) == 0 && (x.lightVerbBefore(start) || x.haveBefore(ru, start)) {
			ev.agents, _ = x.subjects(start, s.Start, false)
		}
		if len(ev.agents) == 0 {
			ev.agents = x.frontedAgent(start, s)
		}
		if len(ev.agents) == 0 && (ru.Type == string(schema.MetWith) || ru.Type == string(schema.SpokeWith)) &&
			(x.isWord(start-1, "for", "during") || x.isWord(start-1, "in") && beVerbs[x.tok(start-2).Lower]) {
			ev.agents = x.mainSubject(s, start) // "visited Cairo for talks with Sisi"
		}
		if len(ev.agents) == 0 && (x.isWord(start-2, "in") || x.isWord(start-3, "in")) && len(x.events) > 0 {
			// "killed a Hamas commander in an airstrike on Gaza City": the killer strikes
			if last := &x.events[len(x.events)-1]; last.sent == si && last.end >= start-10 && len(last.agents) > 0 {
				switch schema.RelType(last.rule.Type) {
				case schema.Killed, schema.Attacked, schema.Bombed, schema.Captured:
					ev.agents = last.agents
					ev.inherit = last
				}
			}
		}
		if len(ev.agents) == 0 && !ru.Speech && x.subordinated(start, s.Start) {
			ev.agents = x.mainSubject(s, start) // "captured the town after a two-day assault"
		}
		if schema.RelType(ru.Type).Symmetric() && len(ev.targets) >= 2 && len(ev.agents) == 0 && x.betweenAt(end) {
			ev.agents = ev.targets[:1]
			ev.targets = ev.targets[1:]
		}
		x.nominalFrame(&ev, s)
	default:
		if x.transitiveTravel(ru, end) {
			return ev, false // "headed the mission in X"
		}
		if !ru.Passive && x.isPassive(start) && x.isWord(end, "by") {
			return ev, false // a passive the rule cannot read: better nothing than reversed roles
		}
		passive := ru.Passive && x.isPassive(start)
		if passive {
			ev.targets, _ = x.subjects(start, s.Start, ru.Places)
			ev.agents, _ = x.byAgent(end, s.End)
			if schema.RelType(ru.Type).Symmetric() && len(ev.agents) >= 2 {
				ev.targets = ev.agents[1:]
				ev.agents = ev.agents[:1]
			} else if len(ev.targets) == 0 && ru.Places {
				ev.targets = x.antecedentPlace(start)
			}
		} else if x.tok(start-1).Text == "," && (strings.HasSuffix(x.tok(start).Lower, "ed") || x.isWord(start, "killed", "hit", "struck", "shot", "seized", "taken")) && prepositions[x.tok(end).Lower] && !x.isWord(end, "by") {
			return ev, false // "..., killed in a raid": a participle without its agent
		} else {
			var subjStart int
			ev.agents, subjStart = x.subjects(start, s.Start, false)
			if a, ok := x.clauseSubject(start, si); ok {
				ev.agents = a
			}
			if strings.HasSuffix(x.tok(start).Lower, "ing") && x.isWord(start-1, "after", "before", "while", "since", "when", "by", "without", "upon") {
				// "..., after meeting X": the subject of the main clause
				ev.agents = x.mainSubject(s, start)
			}
			if x.tok(start-1).Text == "," && strings.HasSuffix(x.tok(start).Lower, "ing") {
				// ", killing 12 militants": the agent of the main clause
				for k := len(x.events) - 1; k >= 0; k-- {
					if x.events[k].sent == si && len(x.events[k].agents) > 0 {
						ev.agents = x.events[k].agents
						ev.inherit = &x.events[k]
						break
					}
				}
			}
			if len(ev.agents) == 0 && start == s.Start {
				ev.agents = x.frontedAgent(start, s) // "Speaking to X on Tuesday, NAME stressed ..."
			}
			if len(ev.agents) == 0 && ru.Speech && strings.HasSuffix(x.tok(start).Lower, "ing") &&
				(x.tok(start-1).Text == "," || x.isWord(start-1, "statement", "letter", "message", "resolution", "note", "communique", "declaration")) {
				ev.agents = x.mainSubject(s, start) // "sent a letter to X, urging him to ...", "issued a statement urging Y"
			}
			if len(ev.agents) == 0 || x.isWord(start-1, "that", "which") {
				if a, prev := x.eventAgentBefore(start, si); a != nil {
					ev.agents = a
					ev.inherit = prev
				}
			}
			objStart := end
			if x.isWord(end, "that") && inList(ru.Preps, "that") {
				objStart++ // "alleged that Peru had ...": the subject of the complement
			}
			ev.targets, _ = x.objects(objStart, s.End, ru.Preps, ru.Places)
			if ru.Speech && x.tok(start-1).Text == "," && x.isWord(end, "him", "her", "it", "them") && strings.HasSuffix(x.tok(start).Lower, "ing") &&
				(len(ev.targets) == 0 || containsEnt(ev.agents, ev.targets[0])) {
				ev.targets = x.clauseObject(s, start-1, ev.agents) // ", urging him to": the one the clause addressed
			}
			if x.viaPlace && ru.Type != string(schema.Bombed) && ru.Type != string(schema.Attacked) {
				ev.targets = nil // "seized a tanker in the Strait": the tanker is taken, not the strait
			}
			if len(ev.targets) == 0 && x.isWord(end, "to") && end+2 < s.End {
				// "launched an assault to capture Aleppo", "threatened to suspend talks
				// with Algeria": the object of the purpose
				ev.targets, _ = x.objects(end+2, s.End, []string{"", "with", "on", "against", "to", "of"}, ru.Places)
			}
			// "the village that the rebels captured": the object is the antecedent
			rel := subjStart - 1
			if x.isWord(rel, "the") {
				rel-- // "Abu Sayyaf, which the Philippines accuses of ..."
			}
			if len(ev.targets) == 0 && subjStart > 0 && x.isWord(rel, "that", "which") {
				ante := rel - 1
				if x.tok(ante).Text == "," {
					ante-- // "Palmyra, which Daesh had captured"
				}
				if k := x.mentionIdx(ante); k >= 0 && !containsEnt(ev.agents, x.d.Mentions[k].Ent) {
					m := x.d.Mentions[k]
					if ru.Places || !(m.Place || m.Ent.Label == string(schema.City) || m.Ent.Label == string(schema.Region)) {
						ev.targets = []*Entity{m.Ent}
					}
				}
			}
			// "Algeria, which it accused of ...": the relative pronoun's antecedent
			if x.isWord(start-1, "it", "they", "he", "she") && x.isWord(start-2, "which", "who", "whom") && x.tok(start-3).Text == "," {
				if k := x.mentionIdx(start - 4); k >= 0 {
					m := x.d.Mentions[k]
					ev.targets = []*Entity{m.Ent}
					ev.agents, _ = x.subjects(m.Start, s.Start, false)
				}
			}
			// "accused X of backing Y": X backs
			if x.isWord(start-1, "of", "for") && len(x.events) > 0 {
				last := x.events[len(x.events)-1]
				if last.sent == si && len(last.targets) > 0 && last.end >= start-6 && (last.rule.Type == string(schema.Accused) || last.rule.Type == string(schema.Criticized)) {
					ev.agents = last.targets
				}
			}
		}
	}
	x.special(&ev)
	x.frameSpecial(&ev)
	if len(ev.agents) == 0 && len(ev.targets) == 0 {
		return ev, false
	}
	ev.modality = x.modality(&ev)
	if ev.inherit == nil && x.isWord(start-1, "to") && ev.modality == string(schema.Asserted) {
		// "will travel to Beijing next week to meet Xi": the purpose shares the plan
		for k := len(x.events) - 1; k >= 0; k-- {
			if x.events[k].sent == si && x.events[k].modality == string(schema.Planned) {
				ev.modality = string(schema.Planned)
				if ev.date == "" {
					ev.inherit = &x.events[k]
				}
				break
			}
		}
	}
	if ev.inherit != nil && ev.modality == string(schema.Asserted) && ev.inherit.modality == string(schema.Planned) {
		ev.modality = ev.inherit.modality // ", touching down in Cucuta" after "is expected to visit"
	}
	lifted := start - 1
	if x.isWord(lifted, "the", "its", "their", "all", "some") {
		lifted-- // "easing the sanctions"
	}
	if ru.Type == string(schema.Sanctioned) && x.isWord(lifted, "lift", "lifted", "lifting", "lifts", "ease", "eased", "easing", "remove", "removed", "removing", "scrap", "scrapped", "waive", "waived", "relief") {
		ev.modality = string(schema.Negated) // lifting sanctions is not imposing them
	}
	ev.date = x.eventDate(&ev)
	if ev.date == "" && ev.inherit != nil {
		ev.date, ev.precision = ev.inherit.date, ev.inherit.precision // "the attack killed 150": the date of that attack
	}
	if ev.modality == string(schema.Asserted) && ev.date != "" && !x.d.Published.IsZero() && ev.date > x.d.Published.Format("2006-01-02") {
		ev.modality = string(schema.Planned)
	}
	return ev, true
}

// lightVerbBefore reports whether a support verb governs the nominal at i:
// "launched air strikes", "conducted airstrikes", "waging a campaign".
func (x *relater) lightVerbBefore(i int) bool {
	low := i - 4
	for j := i - 1; j >= 0 && j >= low; j-- {
		if lightVerbs[x.tok(j).Lower] {
			return true
		}
		if x.tok(j).Text == "-" && !x.tok(j).SpaceBefore {
			low -= 2 // "waging a tit-for-tat tariff fight": a compound counts as one word
		}
	}
	return false
}

var lightVerbs = set("launched", "launch", "launches", "launching", "conducted", "conduct", "conducting", "carried",
	"carry", "carrying", "waged", "waging", "wage", "staged", "stage", "mounted", "mount", "imposed",
	"impose", "held", "hold", "holds", "had", "began", "begin", "continued", "continue", "ordered",
	"order", "stepped", "intensified", "resumed", "led", "leads", "leading", "made", "make", "being")

// clauseObject returns the last actor named before token end in sentence s
// other than the agents: "sent a letter to X, urging him" -> X.
func (x *relater) clauseObject(s Sentence, end int, agents []*Entity) []*Entity {
	for j := end - 1; j >= s.Start; j-- {
		if k := x.mentionIdx(j); k >= 0 {
			m := x.d.Mentions[k]
			compound := x.isWord(m.End, "-") || x.isWord(m.Start-1, "-")
			if m.Ent != nil && (!m.Place || m.Ent.Label == string(schema.Country)) && !compound && !containsEnt(agents, m.Ent) && m.Ent.Label != string(schema.City) && m.Ent.Label != string(schema.Region) {
				return []*Entity{m.Ent}
			}
			j = m.Start
		}
	}
	return nil
}

// haveBefore reports whether a meeting or call is had by the subject: "is
// expected to have a pull-aside meeting with", "had a brief call with".
func (x *relater) haveBefore(ru *Rule, i int) bool {
	if ru.Type != string(schema.MetWith) && ru.Type != string(schema.SpokeWith) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := x.tok(j)
		if x.isWord(j, "have", "has", "had", "having") {
			return true
		}
		if t.Kind != tokWord && t.Text != "-" || t.Cap || x.mentionIdx(j) >= 0 {
			return false
		}
	}
	return false
}

// subordinated reports whether the nominal at i heads a phrase opened by
// "after", "during", "following" or "amid": "after a two-day assault".
func (x *relater) subordinated(i, sentStart int) bool {
	for j := i - 1; j >= sentStart && j >= i-6; j-- {
		if x.isWord(j, "after", "during", "following", "amid") {
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

// frontedAgent gives the agent of a nominal in a fronted phrase: "As part
// of the fight against Daesh, Syrian opposition groups ..." -> the subject
// after the comma.
func (x *relater) frontedAgent(i int, s Sentence) []*Entity {
	if !x.isWord(s.Start, "as", "in", "during", "amid", "after", "following", "despite") &&
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

// eventAgentBefore gives the agent of an earlier event in the sentence or
// the article when the subject is that event: "a strike ... that killed",
// "the attack killed".
func (x *relater) eventAgentBefore(i, si int) ([]*Entity, *event) {
	if x.isWord(i-1, "that", "which") || x.isWord(i-1, "attack", "strike", "strikes", "raid", "airstrike", "airstrikes", "bombing", "offensive", "assault", "operation", "shelling") {
		for k := len(x.events) - 1; k >= 0; k-- {
			ev := &x.events[k]
			if len(ev.agents) == 0 {
				continue
			}
			switch schema.RelType(ev.rule.Type) {
			case schema.Attacked, schema.Bombed, schema.Killed:
				if ev.sent == si || x.isWord(i-1, "attack", "strike", "raid", "airstrike", "bombing", "offensive", "assault", "operation") {
					return ev.agents, ev
				}
			}
		}
	}
	return nil, nil
}

// special applies the per-type argument rules.
func (x *relater) special(ev *event) {
	s := x.d.Sentences[ev.sent]
	switch schema.RelType(ev.rule.Type) {
	case schema.Vetoed:
		// the sponsor of the measure when known, else the forum
		if sp := x.sponsors(ev.sent); len(sp) > 0 {
			ev.targets = sp
		} else if f := x.forum(); f != nil && (len(ev.targets) > 0 || x.measureAfter(ev.end, s.End)) {
			ev.targets = []*Entity{f}
		} else {
			ev.agents = nil
			return
		}
	case schema.Threatened:
		// "threatening to react/retaliate": against the last attacker
		if x.isWord(ev.end, "to") && x.isWord(ev.end+1, "react", "retaliate", "respond", "strike", "hit", "avenge") {
			ev.targets = nil
			for k := len(x.events) - 1; k >= 0; k-- {
				e := x.events[k]
				if t := schema.RelType(e.rule.Type); (t == schema.Bombed || t == schema.Attacked || t == schema.Killed) && len(e.agents) > 0 {
					ev.targets = e.agents[:1]
					break
				}
			}
		}
	case schema.Killed:
		// casualties: "killed 15 militants", "killed more than 20 militants"
		for j := ev.end; j < ev.end+5 && j < s.End; j++ {
			if x.tok(j).Kind == tokNumber {
				if n, err := strconv.Atoi(strings.ReplaceAll(x.tok(j).Text, ",", "")); err == nil {
					ev.casualties = n
				}
				break
			}
		}
	}
	if t := schema.RelType(ev.rule.Type); (t == schema.Bombed || t == schema.Attacked) && ev.rule.kind == verbRule {
		for j := ev.end; j < s.End && j < ev.end+10; j++ {
			if x.isWord(j, "tariff", "tariffs", "levy", "levies", "duties", "taxes", "fines", "sanctions", "criticism", "lawsuit", "lawsuits") {
				ev.agents, ev.targets = nil, nil // "hit Mexico with a new levy": not a strike
				return
			}
		}
	}
	switch ev.rule.ID {
	case "threatened/verb":
		if len(ev.targets) == 0 && len(ev.agents) > 0 {
			ev.targets = x.threatInClause(ev.end, s.End) // "warned that it will exert maximum pressure on Iran"
		}
	case "accused/allege":
		if x.isWord(ev.start-1, "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "of", "any", "some") {
			ev.agents, ev.targets = nil, nil // "this alleged consensus": an adjective
			return
		}
	case "spoke-with/verb":
		if strings.HasPrefix(x.tok(ev.start).Lower, "spe") && x.isWord(ev.end, "alongside", "beside", "after", "before", "at", "about", "of", "for") {
			ev.agents, ev.targets = nil, nil // "speaking alongside X": beside, not to, X
			return
		}
		if strings.HasPrefix(x.tok(ev.start).Lower, "call") && !x.phoneCall(ev) {
			ev.agents, ev.targets = nil, nil
			return
		}
	case "visited/travel":
		if x.isWord(ev.end, "them", "him", "her", "it", "us", "troops", "migrants", "refugees", "aid", "supplies") {
			ev.agents, ev.targets = nil, nil // "flying them to Louisiana": carrying, not travelling
			return
		}
	case "agreed-with/verb":
		if !strings.HasPrefix(x.tok(ev.start).Lower, "agree") && !x.pactAfter(ev.end, s.End) {
			ev.agents, ev.targets = nil, nil
			return
		}
	}
	// symmetric events among coordinated subjects: "Kerry and Lavrov brokered a ceasefire"
	if t := schema.RelType(ev.rule.Type); t.Symmetric() && len(ev.targets) == 0 && len(ev.agents) >= 2 && (x.pairwiseObject(ev.end, s.End) || ev.rule.ID == "met-with/discuss" && !x.isWord(ev.start-1, "to")) {
		ev.targets = ev.agents[1:]
		ev.agents = ev.agents[:1]
	}
	// "a meeting that will include foreign ministers from Turkey, Qatar and Iran"
	if schema.RelType(ev.rule.Type) == schema.MetWith {
		for j := ev.end; j < s.End; j++ {
			if x.isWord(j, "include", "includes", "including", "included") {
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
	// place of the event: "in Santiago", "in the Swiss city of Lausanne"
	for j := ev.end; j < s.End && j < ev.end+12; j++ {
		if x.isWord(j, "in", "at") {
			if k := x.mentionIdx(j + 1); k >= 0 && x.d.Mentions[k].Ent != nil && x.d.Mentions[k].Ent.Label == string(schema.City) {
				ev.location = x.d.Mentions[k].Ent
				break
			}
		}
	}
}

// measureAfter reports whether a vetoed measure is named after token i.
func (x *relater) measureAfter(i, limit int) bool {
	for j := i; j < limit && j < i+6; j++ {
		if x.isWord(j, "resolution", "draft", "text", "measure", "bill", "motion", "proposal") {
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

var pactNouns = set("agreement", "agreements", "deal", "deals", "accords", "treaties", "pacts", "ceasefire", "truce", "accord", "treaty", "pact", "memorandum",
	"talks", "meeting", "call", "summit", "understanding", "protocol", "declaration", "armistice")

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
			if x.isWord(j, "today", "yesterday", "again", "twice", "briefly", "privately", "separately", "later", "earlier", "last", "this", "next") {
				return true
			}
			return false
		}
	}
	return true
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
		if e.Label == string(schema.Organisation) && strings.Contains(e.Name, "Security Council") && e.Count > 0 {
			return e
		}
	}
	return nil
}

// isMedia reports whether e is a news outlet.
func isMedia(e *Entity) bool {
	return e.Label == string(schema.Organisation) && e.Kind == "media"
}

// emit turns an event into relations, one per agent and target.
func (x *relater) emit(ev event) {
	typ := schema.RelType(ev.rule.Type)
	x.emitMutual(ev)
	for _, a := range ev.agents {
		for _, t := range ev.targets {
			if a == nil || t == nil || a == t {
				continue
			}
			if !typ.Symmetric() && typ != schema.Visited && !ev.rule.Places && (t.Label == string(schema.City) || t.Label == string(schema.Region)) {
				continue
			}
			if typ == schema.Visited && t.Label == string(schema.Organisation) && t.Kind == "government" && t.ISO3 != "" {
				if c := x.d.byID[schema.CountryID(t.ISO3)]; c != nil && c.Count > 0 {
					t = c // "a visit to the White House": a visit to its state
				}
			}
			if typ == schema.Visited && t.Label != string(schema.City) && t.Label != string(schema.Region) && t.Label != string(schema.Country) {
				continue
			}
			if a.Label == string(schema.City) || a.Label == string(schema.Region) {
				continue
			}
			if ev.rule.ID == "visited/be-in" && a.Label != string(schema.Person) {
				continue
			}
			if (typ == schema.MetWith || typ == schema.SpokeWith) && (isMedia(a) || isMedia(t)) {
				continue // "spoke to Anadolu Agency": an interview, not talks between actors
			}
			conf := 0.8
			if ev.rule.kind == nounRule {
				conf = 0.65
			}
			if ev.modality == string(schema.Reported) {
				conf = conf - 0.1
			}
			conf = math.Round(conf*100) / 100
			x.d.Relations = append(x.d.Relations, Relation{Type: string(typ), From: a, To: t, Sent: ev.sent,
				Date: ev.date, DatePrecision: string(ev.precision), Modality: ev.modality, Confidence: conf, Rule: ev.rule.ID, Casualties: ev.casualties,
				Location: ev.location})
		}
	}
}
