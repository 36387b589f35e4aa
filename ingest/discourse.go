package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// Discourse passes of the relate stage: events whose other party is named
// in an earlier sentence. "Sylvania denied the accusations" rejects the
// actor who accused Sylvania before; "the town has been under siege" is
// besieged by whoever attacked it before.

var (
	linkedRejectRule = &Rule{ID: "rejected/earlier-claim", Type: schema.Rejected, Speech: true}
	deniedClaimRule  = &Rule{ID: "accused/denied-claim", Type: schema.Accused, Speech: true}
)

// discourse runs the linking passes over the events found so far.
func (x *relater) discourse() {
	x.linkRejections()
	x.endorsedCalls()
	x.endorsedPacts()
	x.linkAgents()
	x.killedInTheDeed()
	x.speakersOwnDeeds()
	x.linkParties()
	x.symmetricSubjects()
	x.frontedPartySubjects()
	x.pluralSubjects()
	x.claimedWrongs()
	x.quotedBreaches()
	x.orchestratedBy()
	x.saidShould()
	x.conditionalThreats()
	x.pactExits()
	x.urgedEnds()
	x.defiedCalls()
	x.entryBans()
	x.chairedMeetings()
	x.hostCountries()
	x.visitHosts()
	x.underFire()
	x.pactRelatives()
	x.linkJudgedDeeds()
	x.sayingTargets()
}

// linkRejections finds "X denied the accusations", "X rejected the
// charges made by Y", "a charge X rejected" and "X rejected its offer":
// X REJECTED the actor who made the claim, named in the phrase or as the
// agent of an earlier accusation or appeal against X's side.
func (x *relater) linkRejections() {
	n := len(x.events)
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j < s.End; j++ {
			if !x.isRejectVerb(j) || x.mentionIdx(j) >= 0 || x.hasTargets(j, n) {
				continue
			}
			agents, subjStart := x.subjects(j, s.Start, false)
			if len(agents) == 0 {
				agents, subjStart = x.spokesmanFor(j, s.Start), -1
			}
			if len(agents) == 0 {
				continue
			}
			var targets []*Entity
			if x.relativeClaim(subjStart) {
				targets = x.claimants(si, j, n, accusationTypes, agents[0])
				if len(targets) == 0 {
					targets = x.otherSubject(s, subjStart, agents[0])
				}
			} else {
				kind, end := x.claimObject(j+1, s.End)
				if kind == "" {
					if kind, end = x.bareRejection(j, s.End); kind == "" {
						continue
					}
				}
				targets = x.claimAuthor(j+1, end, s, agents[0])
				if len(targets) == 0 && kind != "offer" && kind != "bare" {
					types := accusationTypes
					if kind == "demand" {
						types = demandTypes
					}
					targets = x.claimants(si, j, n, types, agents[0])
				}
				if len(targets) == 0 && kind == "accusation" {
					targets = x.speakerAbout(si, agents[0])
				}
				if len(targets) == 0 && kind != "accusation" {
					targets = x.proposer(si, j, agents[0])
				}
			}
			if len(targets) == 0 {
				x.eachRejects(si, j, n, subjStart, agents)
				continue
			}
			ev := event{rule: linkedRejectRule, start: j, end: j + 1, sent: si, agents: agents, targets: targets}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
		}
	}
}

var (
	accusationTypes = []schema.RelType{schema.Accused, schema.Criticized}
	demandTypes     = []schema.RelType{schema.Urged, schema.Threatened}
)

// hasTargets reports whether one of the first n events has its trigger at
// token j and already names whom it acts on.
func (x *relater) hasTargets(j, n int) bool {
	for _, ev := range x.events[:n] {
		if ev.start <= j && j < ev.end && len(ev.targets) > 0 {
			return true
		}
	}
	return false
}

// relativeClaim reports whether the subject starting at tok follows a claim
// noun it modifies: "..., a charge Sylvania rejected".
func (x *relater) relativeClaim(subjStart int) bool {
	k := subjStart - 1
	if x.isWord(k, "which", "that") {
		k--
	}
	return accusationNouns[x.tok(k).Lower] && x.isWord(k-1, "a", "an", "the", "claims", "which") && x.tok(k-2).Text == ","
}

var denyForms = mustWordSet("deny_forms")

// claimObject reads the object of a denial verb at i: a claim noun within
// a few modifiers ("the baseless allegations"), or the deed itself after
// "deny" ("denied involvement", "denies providing"). It returns the kind
// ("accusation", "demand", "offer") and where the noun phrase ends.
func (x *relater) claimObject(i, limit int) (string, int) {
scan:
	for j := i; j < limit && j < i+5; j++ {
		t := x.tok(j)
		switch {
		case accusationNouns[t.Lower]:
			return "accusation", j + 1
		case demandNouns[t.Lower]:
			return "demand", j + 1
		case offerNouns[t.Lower]:
			return "offer", j + 1
		case t.Kind == tokPunct && t.Lower != "'s" && t.Text != "-", x.mentionIdx(j) >= 0 && !x.isPossessor(j):
			break scan
		}
	}
	if denyForms[x.tok(i-1).Lower] {
		t := x.tok(i)
		if denialObjects[t.Lower] || len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ing") {
			return "accusation", i + 1
		}
	}
	return "", i
}

// isPossessor reports whether the mention at token j owns the next noun:
// "Pakistan's allegations".
func (x *relater) isPossessor(j int) bool {
	k := x.mentionIdx(j)
	if k < 0 {
		return false
	}
	m := x.d.Mentions[k]
	return m.Possessive || x.tok(m.End).Lower == "'s"
}

var accusationVerbs = mustWordSet("accusation_verbs")

// claimAuthor finds the author of a claim named in its noun phrase:
// "Pakistan's allegations", "the charges made by Pakistan", "its offer".
func (x *relater) claimAuthor(i, end int, s Sentence, self *Entity) []*Entity {
	for j := i; j < end; j++ {
		if x.isPossessor(j) {
			if e := x.d.Mentions[x.mentionIdx(j)].Ent; !x.oneSide(e, self) {
				return []*Entity{e}
			}
		}
		if x.isWord(j, "its", "their") {
			if e := x.otherActorBefore(i-1, self); e != nil {
				return []*Entity{e}
			}
		}
	}
	j := end
	if accusationVerbs[x.tok(j).Lower] {
		j++
	}
	if x.isWord(j, "by", "from") {
		if ents, _ := x.objects(j, s.End, []string{"by", "from"}, false); len(ents) > 0 && !x.oneSide(ents[0], self) {
			return ents
		}
	}
	// "rejected on Friday the claims from X about the dam"
	for k := j; k < s.End && k < j+8; k++ {
		if accusationNouns[x.tok(k).Lower] && x.isWord(k+1, "by", "from") {
			if ents, _ := x.objects(k+1, s.End, []string{"by", "from"}, false); len(ents) > 0 && !x.oneSide(ents[0], self) {
				return ents
			}
		}
	}
	return nil
}

var spokesRoles = mustWordSet("spokes_roles")

// spokesmanFor reads "A spokesman for Sylvanian President NAME rejected":
// the spokesperson speaks for the state or body of the one named.
func (x *relater) spokesmanFor(j, start int) []*Entity {
	for k := j - 2; k > start && k > j-10; k-- {
		if !x.isWord(k, "for", "of") || !spokesRoles[x.tok(k-1).Lower] {
			continue
		}
		m := x.mentionIdx(k + 1)
		if m < 0 && x.isWord(k+1, "the") {
			m = x.mentionIdx(k + 2)
		}
		if m < 0 || x.d.Mentions[m].End != j && !(x.d.Mentions[m].End == j-1 && strings.HasSuffix(x.tok(j-1).Lower, "ly")) {
			return nil
		}
		e := x.d.Mentions[m].Ent
		if e.Label == schema.Person {
			for _, f := range x.r.titles {
				if f.person == e && f.of != nil {
					return []*Entity{f.of}
				}
			}
		}
		return []*Entity{e}
	}
	return nil
}

// otherActorBefore returns the country or organisation named last before
// token i, in its sentence or the one before, that is not on self's side:
// the owner of "its offer" in "Sylvania rejected its offer".
func (x *relater) otherActorBefore(i int, self *Entity) *Entity {
	si := x.d.sentOf[i]
	for k := len(x.d.Mentions) - 1; k >= 0; k-- {
		m := x.d.Mentions[k]
		if m.Start >= i || m.Ent == nil {
			continue
		}
		if m.Sent < si-1 {
			break
		}
		if m.Place || m.Kind == mDemonym && m.Head == "" || x.oneSide(m.Ent, self) {
			continue
		}
		if m.Ent.Label == schema.Country || m.Ent.Label == schema.Organisation {
			return m.Ent
		}
	}
	return nil
}

// speakerAbout finds the statement a denial answers when no accusation
// was read: "Ana Rojas said Tomas Feld had ... . Feld rejected the
// allegations". The speaker of the latest "said [that] SELF" in the four
// sentences before si accused self; that accusation is added too.
func (x *relater) speakerAbout(si int, self *Entity) []*Entity {
	for p := si - 1; p >= 0 && p >= si-4; p-- {
		s := x.d.Sentences[p]
		for k := s.End - 1; k > s.Start; k-- {
			if !speechVerbs[x.tok(k).Lower] {
				continue
			}
			o := k + 1
			if x.isWord(o, "that") {
				o++
			}
			m := x.mentionIdx(o)
			if m < 0 || !x.oneSide(x.d.Mentions[m].Ent, self) {
				continue
			}
			speakers, _ := x.subjects(k, s.Start, false)
			if len(speakers) == 0 || x.anySide(speakers, self) {
				continue
			}
			ev := event{rule: deniedClaimRule, start: k, end: k + 1, sent: p, agents: speakers, targets: []*Entity{self}}
			x.dateAsserted(&ev)
			x.events = append(x.events, ev)
			return speakers
		}
	}
	return nil
}

// claimants returns the agents of the latest earlier event of one of the
// types whose target is on self's side, within six sentences before si
// (or before token j in si).
func (x *relater) claimants(si, j, n int, types []schema.RelType, self *Entity) []*Entity {
	var best *event
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if ev.sent > si || ev.sent < si-6 || ev.sent == si && ev.start >= j || !hasType(types, ev.rule.Type) {
			continue
		}
		if ev.modality == schema.Negated || len(ev.agents) == 0 || !x.anySide(ev.targets, self) || x.anySide(ev.agents, self) {
			continue
		}
		if best == nil || ev.sent > best.sent || ev.sent == best.sent && ev.start > best.start {
			best = ev
		}
	}
	if best == nil {
		return nil
	}
	return best.agents
}

func hasType(types []schema.RelType, t schema.RelType) bool {
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// otherSubject returns the main subject of the sentence before the
// relative clause, when it is not on self's side: "Officials in Ruritania
// repeated the claim ..., a charge Sylvania rejected".
func (x *relater) otherSubject(s Sentence, before int, self *Entity) []*Entity {
	subj := x.mainSubject(s, before)
	if len(subj) == 0 || x.oneSide(subj[0], self) {
		return nil
	}
	for j := s.Start; j < before; j++ {
		if x.isWord(j, "and") {
			// "Ana Ruiz and Marko Ilic reiterated the claim": both
			if all, _ := x.subjects(j+3, s.Start, false); len(all) > 1 && containsEnt(all, subj[0]) {
				return all
			}
		}
	}
	return subj
}

// oneSide reports whether a and b are one actor or act for one state or
// body: a person and the country they are an official of.
func (x *relater) oneSide(a, b *Entity) bool {
	return a == b || a != nil && b != nil && x.sameSide(a, []*Entity{b})
}

// anySide reports whether one of ents is on self's side.
func (x *relater) anySide(ents []*Entity, self *Entity) bool {
	return containsEnt(ents, self) || x.sameSide(self, ents)
}

// linkAgents gives a violent event told without its agent the agent of the
// latest earlier event on the same target: "Rebels attacked Nova Tessa in
// May. The town has been under siege since."
func (x *relater) linkAgents() {
	n := len(x.events)
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if len(ev.agents) > 0 || len(ev.targets) == 0 || !hasType(violentTypes, ev.rule.Type) {
			continue
		}
		for b := k - 1; b >= 0; b-- {
			o := &x.events[b]
			if o.sent < ev.sent-4 {
				break
			}
			if len(o.agents) == 0 || !hasType(violentTypes, o.rule.Type) || !sharesEntity(o.targets, ev.targets) {
				continue
			}
			ev.agents = o.agents
			break
		}
	}
}

var violentTypes = []schema.RelType{schema.Attacked, schema.Bombed, schema.Besieged, schema.Captured, schema.Killed}

func sharesEntity(a, b []*Entity) bool {
	for _, e := range a {
		if containsEnt(b, e) {
			return true
		}
	}
	return false
}

// partyTypes are the events whose object can be "both sides" or "them".
var partyTypes = []schema.RelType{schema.Urged, schema.Criticized, schema.Accused, schema.Threatened,
	schema.Sanctioned, schema.MetWith, schema.SpokeWith}

var eventPartyPreps = mustWordSet("event_party_preps")

// linkParties completes "urged both sides to ...", "called on the parties",
// "urged them to" and "accused each other": the object is the actors of the
// latest earlier event, or for "each other" the subjects themselves.
func (x *relater) linkParties() {
	n := len(x.events)
	for k := 0; k < n; k++ {
		ev := &x.events[k]
		if len(ev.agents) == 0 || len(ev.targets) > 0 || !hasType(partyTypes, ev.rule.Type) {
			continue
		}
		j := ev.end
		if eventPartyPreps[x.tok(j).Lower] {
			j++
		}
		switch {
		case x.isWord(j, "each", "one") && x.isWord(j+1, "other", "another"):
			if len(ev.agents) >= 2 {
				ev.targets = ev.agents // "Sylvania and Freedonia accused each other"
			}
		case x.isWord(j, "them"):
			ev.targets = x.partiesBefore(ev, 1)
		case x.partyPhrase(j):
			ev.targets = x.partiesBefore(ev, 3)
		}
	}
}

// partyPhrase reports whether the tokens at j are a phrase like "both
// sides" or "the two warring parties".
func (x *relater) partyPhrase(j int) bool {
	k := j
	for k < j+4 && (partyWords[x.tok(k).Lower] || x.tok(k).Kind == tokNumber) {
		k++
	}
	return k > j && partyHeads[x.tok(k).Lower]
}

// partiesBefore returns the actors of the latest event before ev, within
// back sentences, that joins two actors other than ev's agents; else the
// latest two actors joined by "and" (pairBefore).
func (x *relater) partiesBefore(ev *event, back int) []*Entity {
	for b := len(x.events) - 1; b >= 0; b-- {
		o := &x.events[b]
		if o == ev || o.sent > ev.sent || o.sent < ev.sent-back || o.sent == ev.sent && o.start >= ev.start {
			continue
		}
		if o.rule.Type == schema.Visited || o.modality == schema.Negated {
			continue
		}
		var parties []*Entity
		for _, e := range append(append([]*Entity{}, o.agents...), o.targets...) {
			if e == nil || containsEnt(parties, e) || e.Label == schema.City || e.Label == schema.Region {
				continue
			}
			parties = append(parties, e)
		}
		if len(parties) < 2 || x.anySide(parties, ev.agents[0]) {
			continue
		}
		return parties
	}
	return x.pairBefore(ev, back)
}
