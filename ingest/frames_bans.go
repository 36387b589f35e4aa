package ingest

import "github.com/actorgraph/actorgraph/schema"

var entryBanRule = &Rule{ID: "sanctioned/entry-ban", Type: schema.Sanctioned}

var banForms = mustWordSet("ban_forms")

// entryBans reads travel and entry bans as sanctions: "Chile barred
// Peruvian Minister Ana Reyes from entering the country"; and "Under the
// sanctions, Tovar, his wife, Ana Tovar, and his son are barred from travel
// to Chile": everyone listed before the passive is sanctioned by whoever
// imposed the sanctions told in that sentence or the three before.
func (x *relater) entryBans() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+2 < s.End; j++ {
			if !banForms[x.tok(j).Lower] {
				continue
			}
			var agents, targets []*Entity
			if beVerbs[x.tok(j-1).Lower] {
				f := j + 1
				if !x.isWord(f, "from") || !x.entryAfter(f+1) {
					continue
				}
				targets = x.actorsIn(s.Start, j-1)
				agents = x.sanctionerBefore(si, j)
			} else {
				f := j + 1
				for f < s.End && f < j+9 && !x.isWord(f, "from") {
					f++
				}
				if !x.isWord(f, "from") || !x.entryAfter(f+1) {
					continue
				}
				targets = x.actorsIn(j+1, f)
				agents, _ = x.subjects(j, s.Start, false)
			}
			if len(agents) == 0 || len(targets) == 0 || x.anySide(targets, agents[0]) {
				continue
			}
			ev := event{rule: entryBanRule, start: j, end: j + 1, sent: si, agents: agents[:1], targets: targets}
			x.dateOwn(&ev)
			x.events = append(x.events, ev)
		}
	}
}

var entryWords = mustWordSet("entry_words")

// entryAfter reports whether an entry or a journey is what is barred at
// token i: "entering", "travel to", "entry into", "visiting".
func (x *relater) entryAfter(i int) bool {
	return entryWords[x.tok(i).Lower]
}

// actorsIn returns the people, bodies and states named in tokens [from, to).
func (x *relater) actorsIn(from, to int) []*Entity {
	var out []*Entity
	for k := from; k < to; k++ {
		mi := x.mentionIdx(k)
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		k = m.End - 1
		if m.Place || m.Possessive || containsEnt(out, m.Ent) {
			continue
		}
		switch m.Ent.Label {
		case schema.Person, schema.Organisation, schema.Country:
			out = append(out, m.Ent)
		}
	}
	return out
}

// sanctionerBefore returns the agent of the latest sanctions told before
// token j in sentence si or the three before it.
func (x *relater) sanctionerBefore(si, j int) []*Entity {
	for k := len(x.events) - 1; k >= 0; k-- {
		ev := &x.events[k]
		if ev.rule.Type != schema.Sanctioned || len(ev.agents) == 0 || ev.sent > si || ev.sent == si && ev.start > j || ev.sent < si-3 {
			continue
		}
		return ev.agents
	}
	return nil
}
