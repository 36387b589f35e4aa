package ingest

import "github.com/actorgraph/actorgraph/schema"

// Regions that act: a province or federal member state named by its
// leaders or government acts as itself. "the leaders of Tarsa and Vell",
// "Tarsa's government", "the Tarsa authorities" make Tarsa an actor (a
// Polity), and the phrase a mention of it that speech acts may take as
// their agent or target.

var polityNouns = mustWordSet("polity_nouns")

const polityRule = "coref/polity"

// polities adds a mention of the region over each phrase that names it by
// its leaders or government, and marks the region a Polity.
func (r *recognizer) polities() {
	var extra []Mention
	for k := range r.d.Mentions {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Region {
			continue
		}
		start, end := r.polityPhrase(m)
		if start < 0 {
			continue
		}
		m.Ent.Polity = true
		extra = append(extra, Mention{Start: start, End: end, Sent: m.Sent, Ent: m.Ent, Kind: mDescriptor, Rule: polityRule})
		if start == m.Start-3 && r.isWord(m.End, "and") {
			// "the leaders of Tarsa and Vell": both regions are led
			if n := r.mentionAt(m.End + 1); n != nil && n.Start == m.End+1 && n.Ent.Label == schema.Region {
				n.Ent.Polity = true
			}
		}
	}
	if len(extra) == 0 {
		return
	}
	r.d.Mentions = append(r.d.Mentions, extra...)
	r.d.sortMentions()
}

// polityPhrase returns the span of the phrase that names region mention m
// by its leaders or government: "the leaders of Tarsa", "Tarsa's
// government", "the Tarsa authorities"; -1 when m stands alone.
func (r *recognizer) polityPhrase(m Mention) (int, int) {
	if r.isWord(m.Start-1, "of") && polityNouns[r.tok(m.Start-2).Lower] && r.isWord(m.Start-3, "the") {
		return m.Start - 3, m.End
	}
	n, possessed := m.End, m.Possessive
	if r.isWord(n, "'s") {
		n, possessed = n+1, true
	}
	if !possessed && !r.isWord(m.Start-1, "the") || !polityNouns[r.tok(n).Lower] || r.tok(n).Cap {
		return -1, -1
	}
	if !possessed {
		return m.Start - 1, n + 1 // "the Tarsa authorities"
	}
	return m.Start, n + 1 // "Tarsa's government"
}

// isPolity reports whether mention m names a region by its leaders or
// government: an actor, not a place.
func isPolity(m *Mention) bool {
	return m.Rule == polityRule
}

// leadersAgain returns the regions named by their leaders in the sentence
// before when "Those leaders" opens sentence si and no other actor stands
// before the act at i: "... blamed the leaders of Tarsa and Vell. Those
// leaders said they would no longer recognize X".
func (x *relater) leadersAgain(i, si int) []*Entity {
	s := x.d.Sentences[si]
	if si == 0 || !x.isWord(s.Start, "those", "these") || !polityNouns[x.tok(s.Start+1).Lower] {
		return nil
	}
	for j := s.Start + 2; j < i; j++ {
		if k := x.mentionIdx(j); k >= 0 && x.d.Mentions[k].Kind != mPronoun {
			return nil
		}
	}
	var out []*Entity
	prev := x.d.Sentences[si-1]
	for k := range x.d.Mentions {
		m := x.d.Mentions[k]
		if m.Sent == si-1 && m.Ent != nil && m.Ent.Polity && m.Start >= prev.Start && !containsEnt(out, m.Ent) {
			out = append(out, m.Ent)
		}
	}
	return out
}
