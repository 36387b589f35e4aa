package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Stance frames: judgments ("called the move irresponsible"), alliances
// ("X, a close ally of Y"), verbal attacks and requests to act.

var judgmentVerbs = mustWordSet("judgment_verbs")

var evaluative = mustWordSet("evaluative")

var judgmentStops = mustWordSet("judgment_stops")

// judgments finds "X called Y('s decision) irresponsible": X criticises Y.
func (x *relater) judgments() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if !judgmentVerbs[x.tok(j).Lower] {
				continue
			}
			eval := -1
			for k := j + 1; k < s.End && k < j+14; k++ {
				t := x.tok(k)
				if evaluative[t.Lower] {
					eval = k
					break
				}
				if t.Text == "." || t.Text == ";" || t.Text == ":" || judgmentStops[x.tok(k).Lower] {
					break
				}
			}
			if eval < 0 {
				continue
			}
			var target *Entity
			for k := j + 1; k < eval; k++ {
				if mi := x.mentionIdx(k); mi >= 0 {
					m := x.d.Mentions[mi]
					if m.Ent != nil && !m.Place && m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
						target = m.Ent
						break
					}
					k = m.End - 1
				}
			}
			agents, _ := x.subjects(j, s.Start, false)
			targets := []*Entity{target}
			if a := x.artefactAt(j+1, eval); target == nil && a >= 0 && len(agents) > 0 {
				targets = x.artefactAuthor(a, si, agents[0]) // "branded the proposed plan a betrayal"
				target = firstEnt(targets)
			}
			if target == nil || len(agents) == 0 || agents[0] == target {
				continue
			}
			ev := event{rule: judgedCallRule, start: j, end: j + 1, sent: si, agents: agents[:1], targets: targets}
			x.dateOwn(&ev)
			x.keep(ev)
			j = eval
		}
	}
}

var judgedCallRule = &Rule{ID: "criticized/called-adjective", Type: schema.Criticized, Speech: true}

var allyWords = mustWordSet("ally_words")

// alliances finds "X, a close ally of Y", "X is an ally of Y", "X and Y
// are allies" and "Y's ally X": X supports Y.
func (x *relater) alliances() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			if !allyWords[x.tok(j).Lower] {
				continue
			}
			var agents, targets []*Entity
			switch {
			case x.isWord(j+1, "of"):
				targets, _ = x.objects(j+2, s.End, nil, false)
				agents = x.allyHolder(j, s)
			case x.isWord(j, "allies") && beVerbs[x.tok(j-1).Lower]:
				if subj, _ := x.subjects(j-1, s.Start, false); len(subj) >= 2 {
					agents, targets = subj[:1], subj[1:2] // "X and Y are allies"
				}
			default:
				// "Y's ally X", "its allies X and Z", "Y's closest ally, X,"
				n := j + 1
				if x.tok(n).Text == "," {
					n++
				}
				if mi := x.mentionIdx(n); mi >= 0 && !x.d.Mentions[mi].Place && (n == j+1 || x.isWord(x.d.Mentions[mi].End, ",", "and")) {
					targets = x.agentBefore(j, s.Start)
					if len(targets) == 0 {
						targets = x.possessiveAgent(j, s.Start) // "Y's longtime ally X"
					}
					agents = []*Entity{x.d.Mentions[mi].Ent}
				}
			}
			if len(agents) == 0 || len(targets) == 0 {
				continue
			}
			ev := event{rule: allyRule, start: j, end: j + 1, sent: si, agents: agents, targets: targets}
			x.dateOwn(&ev)
			x.keep(ev)
		}
	}
}

var allyRule = &Rule{ID: "supported/ally", Type: schema.Supported}

var remainVerbs = mustWordSet("remain_verbs")

var allyModifiers = mustWordSet("ally_modifiers")

// allyHolder finds who is the ally in "X, a close ally of" or "X is a key
// ally of": an apposition's head or the subject of "be".
func (x *relater) allyHolder(j int, s Sentence) []*Entity {
	k := j - 1
	for k > s.Start && (x.adjectiveLike(k) || allyModifiers[x.tok(k).Lower]) {
		k--
	}
	switch {
	case x.tok(k).Text == ",":
		if mi := x.mentionIdx(k - 1); mi >= 0 && x.usableSubject(x.d.Mentions[mi], k, false) {
			return []*Entity{x.d.Mentions[mi].Ent}
		}
	case beVerbs[x.tok(k).Lower] || remainVerbs[x.tok(k).Lower]:
		subj, _ := x.subjects(k, s.Start, false)
		return subj
	}
	return nil
}

var verbalAttackRule = &Rule{ID: "criticized/verbal-attack", Type: schema.Criticized, Speech: true}

// verbalAttack reports whether "X attacked Y" is a verbal attack: anyone
// attacking a news outlet, a person attacking a person, or a person
// attacking anyone "for" what they did.
func (x *relater) verbalAttack(ev *event) bool {
	if len(ev.agents) == 0 || len(ev.targets) == 0 {
		return false
	}
	t := ev.targets[0]
	if t.Label == schema.Organisation && t.Kind == "media" {
		return true
	}
	if ev.agents[0].Label != schema.Person {
		return false
	}
	if t.Label == schema.Person {
		return true
	}
	s := x.d.Sentences[ev.sent]
	for j := ev.end; j < s.End && j < ev.end+12; j++ {
		if x.isWord(j, "for", "over") && strings.HasSuffix(x.tok(j+1).Lower, "ing") {
			return true // "attacked X for refusing", "over claiming"
		}
		if x.tok(j).Text == "." || x.tok(j).Text == ";" {
			break
		}
	}
	return false
}

// askFrame keeps a request only when an actor is asked to act: "asked X
// to", "called for X to", "demanded that X withdraw".
func (x *relater) askFrame(ev *event) {
	j := ev.end
	if x.isWord(j, "[") && x.isWord(j+2, "]") {
		j++ // a word the reporter filled in: "asking [the] U.S."
	}
	if x.isWord(j, "the") {
		j++
	}
	if x.isWord(j, "]") {
		j++
	}
	k := x.mentionIdx(j)
	if k < 0 {
		ev.agents, ev.targets = nil, nil
		return
	}
	m := x.d.Mentions[k]
	end := m.End
	for end < m.End+12 && (x.isWord(end, "and", ",", "the") || x.mentionIdx(end) >= 0) {
		end++ // "asked Sweden and Denmark to", "asked Sweden, Finland, Estonia and Latvia to"
	}
	that := x.isWord(ev.end-1, "that")
	if that && x.tok(end).Text == "\"" && x.tok(end+1).Kind == tokWord {
		end++ // demanded that Lima "must drop its tariffs": the demand quoted
	}
	if !that && !x.isWord(end, "to") && !x.askedIfCan(end) || that && x.tok(end).Kind != tokWord {
		ev.agents, ev.targets = nil, nil
		return
	}
	if len(ev.targets) == 0 {
		ev.targets = []*Entity{m.Ent}
	}
}

var requestModals = mustWordSet("request_modals")

// askedIfCan reports whether a request goes on at j as a polite question
// of ability: "asked Sweden if it could host the talks", "whether they
// can help"; "asked Sweden whether it had received the letter" asks for
// an answer, not a deed.
func (x *relater) askedIfCan(j int) bool {
	if !x.isWord(j, "if", "whether") {
		return false
	}
	for k := j + 1; k <= j+4; k++ {
		if requestModals[x.tok(k).Lower] {
			return true
		}
		if t := x.tok(k); t.Kind == tokPunct {
			return false
		}
	}
	return false
}

var copulas = mustWordSet("copulas")

// copularJudgments finds "X said (that) Y('s move) is EVALUATIVE": X
// criticises Y ("wrote in a statement that Peru is a reckless and lawless
// neighbour").
func (x *relater) copularJudgments() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j < s.End; j++ {
			if t := x.tok(j); !speechVerbs[t.Lower] || t.Cap || x.mentionIdx(j) >= 0 {
				continue
			}
			k := j + 1
			for c := j + 1; c < s.End && c < j+12; c++ {
				if x.isWord(c, "that") {
					k = c + 1
					break
				}
				if mc := x.mentionIdx(c); x.tok(c).Text == "." || x.tok(c).Text == ";" || x.tok(c).Text == "," || mc >= 0 && x.d.Mentions[mc].Kind != mPronoun {
					break
				}
			}
			target, eval := x.judgedCopula(k, s.End)
			if target == nil {
				continue
			}
			agents, _ := x.subjects(j, s.Start, false)
			if len(agents) == 0 || agents[0] == target {
				continue
			}
			ev := event{rule: judgedCopulaRule, start: j, end: j + 1, sent: si, agents: agents[:1], targets: []*Entity{target}}
			x.dateOwn(&ev)
			x.keep(ev)
			j = eval
		}
	}
}

var judgedCopulaRule = &Rule{ID: "criticized/said-copula", Type: schema.Criticized, Speech: true}

var judgmentBreakers = mustWordSet("judgment_breakers")

// judgedCopula reads "(the) Y('s decision) is ... EVALUATIVE" from k and
// returns Y and the evaluative word.
func (x *relater) judgedCopula(k, limit int) (*Entity, int) {
	if x.isWord(k, "the") {
		k++
	}
	mi := x.mentionIdx(k)
	if mi < 0 {
		return nil, -1
	}
	m := x.d.Mentions[mi]
	if m.Ent == nil || m.Place || m.Ent.Label == schema.City || m.Ent.Label == schema.Region || m.Kind == mDemonym && m.Head == "" {
		return nil, -1
	}
	c := m.End
	if x.tok(c).Lower == "'s" {
		for c++; c < m.End+4 && !copulas[x.tok(c).Lower] && x.tok(c).Kind == tokWord && !x.tok(c).Cap; c++ {
		}
	}
	if !copulas[x.tok(c).Lower] {
		return nil, -1
	}
	for e := c + 1; e < limit && e < c+10; e++ {
		if judgmentBreakers[x.tok(e).Lower] || x.tok(e).Text == "." || x.tok(e).Text == ";" {
			return nil, -1
		}
		if evaluative[x.tok(e).Lower] {
			return m.Ent, e
		}
	}
	return nil, -1
}
