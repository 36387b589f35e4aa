package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// quoteSpeakers resolves "we", "our" and "us" inside a quotation to the
// speaker it is attributed to, when the speaker acts for a state or body:
// "'We urge Sylvania to withdraw,' the Freedonian minister said" is
// Freedonia urging Sylvania; and "I" to the person who speaks.
func (r *recognizer) quoteSpeakers() {
	var extra []Mention
	for i := range r.toks {
		t := r.tok(i)
		first := t.Text == "I" && !r.isWord(i+1, ".", "-")
		if !first && t.Text != "we" && t.Text != "We" && t.Text != "our" && t.Text != "Our" && t.Text != "us" || r.isTaken(i) {
			continue
		}
		sp := r.quoteSpeaker(i)
		if sp == nil || first && sp.Label != schema.Person || !first && !r.actsForSide(sp) {
			continue
		}
		extra = append(extra, Mention{Start: i, End: i + 1, Sent: r.d.sentOf[i], Ent: sp, Kind: mPronoun,
			Possessive: t.Lower == "our", Rule: "coref/we-speaker"})
	}
	if len(extra) == 0 {
		return
	}
	r.d.Mentions = append(r.d.Mentions, extra...)
	r.d.sortMentions()
}

var sentenceLinks = mustWordSet("sentence_links")

// sentencePronouns resolves "It" or "They" opening a sentence and acting
// ("Sylvania recalled its envoy. It also accused Freedonia of ...") to the
// state or body that opened the sentence before; "It is led by" and other
// copulas and passives are left alone.
func (r *recognizer) sentencePronouns() {
	var extra []Mention
	for si := 1; si < len(r.d.Sentences); si++ {
		s := r.d.Sentences[si]
		i := s.Start
		for i < s.End && (sentenceLinks[r.tok(i).Lower] || r.tok(i).Text == ",") {
			i++
		}
		if !r.isWord(i, "it", "they") || r.isTaken(i) || beVerbs[r.tok(i+1).Lower] || !r.triggerFollows(i) || r.d.Sentences[si-1].Headline {
			continue
		}
		if a := r.openingActor(si - 1); a != nil {
			extra = append(extra, Mention{Start: i, End: i + 1, Sent: si, Ent: a, Kind: mPronoun, Rule: "coref/it-sentence"})
		}
	}
	if len(extra) == 0 {
		return
	}
	r.d.Mentions = append(r.d.Mentions, extra...)
	r.d.sortMentions()
}

// openingActor returns the country or organisation that opens sentence si
// as its subject ("Sylvania ...", "The Harbor Council ...").
func (r *recognizer) openingActor(si int) *Entity {
	s := r.d.Sentences[si]
	j := s.Start
	if r.isWord(j, "the") {
		j++
	}
	m := r.mentionAt(j)
	if m == nil || m.Start > j || m.Place || m.Possessive || r.tok(m.End).Lower == "'s" || m.Kind == mDemonym && m.Head == "" {
		return nil
	}
	if m.Ent.Label != schema.Country && m.Ent.Label != schema.Organisation {
		return nil
	}
	if r.isWord(m.End, "and", ",") {
		return nil // "Sylvania and Freedonia ...": "they" are both
	}
	return m.Ent
}

// quoteSpeaker returns the speaker of the quotation around token i: the
// actor of the attribution after it ('..., " the minister said') or before
// it ('the minister said: "...').
func (r *recognizer) quoteSpeaker(i int) *Entity {
	open, close := -1, -1
	for j := i - 1; j >= 0 && j > i-80; j-- {
		if r.toks[j].Text == "\"" {
			open = j
			break
		}
	}
	for j := i + 1; j < len(r.toks) && j < i+80; j++ {
		if r.toks[j].Text == "\"" {
			close = j
			break
		}
	}
	if open < 0 || close < 0 || !r.opensQuote(open) || r.toks[close].SpaceBefore {
		return nil
	}
	if sp := r.speakerAfter(close); sp != nil {
		return sp
	}
	if sp := r.speakerBefore(open); sp != nil {
		return sp
	}
	return r.continuedSpeaker(open)
}

// continuedSpeaker returns the speaker of a quotation that goes on in a
// new quoted sentence: '"The vote was a farce," he said. "We will ..."'.
// The quote mark at open must start its sentence, and the sentence before
// must hold a quotation closed and attributed within it.
func (r *recognizer) continuedSpeaker(open int) *Entity {
	si := r.d.sentOf[open]
	if si == 0 || r.d.Sentences[si].Start != open {
		return nil
	}
	prev := r.d.Sentences[si-1]
	for j := prev.End - 1; j > prev.Start; j-- {
		if r.toks[j].Text == "\"" && !r.toks[j].SpaceBefore {
			return r.speakerAfter(j)
		}
	}
	return nil
}

// opensQuote reports whether the quote mark at j opens a quotation: no
// space after it, and a space, a line break or the text's start before it.
func (r *recognizer) opensQuote(j int) bool {
	return j+1 < len(r.toks) && !r.toks[j+1].SpaceBefore && (j == 0 || r.toks[j].SpaceBefore)
}

// speakerAfter reads '," NAME said' and '," said NAME' after the closing
// quote mark at q.
func (r *recognizer) speakerAfter(q int) *Entity {
	si := r.d.sentOf[q]
	end := r.d.Sentences[si].End
	verb := false
	var who *Entity
	for j := q + 1; j < end && j < q+12; j++ {
		t := r.tok(j)
		if speechVerbs[t.Lower] || reportVerbs[t.Lower] {
			verb = true
			if who != nil {
				break
			}
			continue
		}
		if t.Text == "\"" || t.Text == ";" {
			break
		}
		if m := r.mentionAt(j); m != nil && who == nil && r.actor(m) {
			who = m.Ent
			j = m.End - 1
		}
	}
	if !verb {
		return nil
	}
	return who
}

// speakerBefore reads 'NAME said: "' before the opening quote mark at o.
func (r *recognizer) speakerBefore(o int) *Entity {
	v := o - 1
	if r.isWord(v, ",", ":") {
		v--
	}
	if !speechVerbs[r.tok(v).Lower] && !reportVerbs[r.tok(v).Lower] {
		return nil
	}
	start := r.d.Sentences[r.d.sentOf[v]].Start
	for j := v - 1; j >= start && j > v-12; j-- {
		if m := r.mentionAt(j); m != nil {
			if r.actor(m) {
				return m.Ent
			}
			return nil
		}
	}
	return nil
}

// mentionAt returns the mention covering token j, if any.
func (r *recognizer) mentionAt(j int) *Mention {
	for k := range r.d.mentionsCovering(j) {
		m := &r.d.Mentions[k]
		if m.Start <= j && j < m.End && m.Ent != nil {
			return m
		}
	}
	return nil
}

// actor reports whether a mention names an actor that can speak.
func (r *recognizer) actor(m *Mention) bool {
	if m.Place || m.Kind == mDemonym && m.Head == "" {
		return false
	}
	switch m.Ent.Label {
	case schema.Person, schema.Country, schema.Organisation:
		return true
	}
	return false
}

// actsForSide reports whether a speaker's "we" is a state or body: a
// country, an organisation other than the media, or a person holding an
// office (not an analyst speaking for themselves).
func (r *recognizer) actsForSide(e *Entity) bool {
	switch e.Label {
	case schema.Country:
		return true
	case schema.Organisation:
		return e.Kind != "media"
	case schema.Person:
		for _, f := range r.titles {
			if f.person == e && (officialTitle(f.title) || f.of != nil && f.of.Label == schema.Country || leadsBody(f)) {
				return true
			}
		}
	}
	return false
}

// leadsBody reports whether a title makes its holder speak for the
// organisation named with it: "the vice chair of the Harbor Council", "the
// group's director", not "a senior fellow at the institute" nor a reporter.
func leadsBody(f titleFact) bool {
	return f.of != nil && f.of.Label == schema.Organisation && f.of.Kind != "media" &&
		titleHas(f.title, "chair", "head", "director", "president", "leader", "founder", "coordinator")
}

// pronounAntecedent resolves "he" or "she" at i to the person named last,
// unless that person is a spokesperson just quoted and the pronoun does
// something other than speak: in "..., said spokesman Karl Imre. He will
// travel to Lima" he is the person Imre spoke about.
func (r *recognizer) pronounAntecedent(i int) *Entity {
	p := r.lastPerson(i)
	if p == nil || !r.spokesperson(p) || r.speaksNext(i) {
		return p
	}
	si := r.d.sentOf[i]
	for k := len(r.d.Mentions) - 1; k >= 0; k-- {
		m := r.d.Mentions[k]
		if m.Start >= i || m.Ent == nil || m.Ent.Label != schema.Person {
			continue
		}
		if m.Sent < si-2 {
			break
		}
		if m.Ent != p && !r.spokesperson(m.Ent) {
			return m.Ent
		}
	}
	return p
}

// spokesperson reports whether a person is titled as a spokesperson.
func (r *recognizer) spokesperson(p *Entity) bool {
	ix := &r.spokes
	if ix.is == nil || len(r.titles) < ix.n {
		ix.n, ix.is = 0, map[*Entity]bool{}
	}
	for ; ix.n < len(r.titles); ix.n++ {
		if f := r.titles[ix.n]; strings.Contains(strings.ToLower(f.title), "spokes") {
			ix.is[f.person] = true
		}
	}
	return ix.is[p]
}

// spokesIndex holds the people titled spokesperson in r.titles[:n]; the
// titles do not change once people are merged, only more are added.
type spokesIndex struct {
	n  int
	is map[*Entity]bool
}

// speaksNext reports whether the pronoun at i is the subject of a speech
// verb: "He added", "she also said".
func (r *recognizer) speaksNext(i int) bool {
	for j := i + 1; j < len(r.toks) && j <= i+3; j++ {
		w := r.tok(j).Lower
		if speechVerbs[w] || reportVerbs[w] {
			return true
		}
		if !(w == "also" || w == "later" || w == "has" || w == "had" || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return false
}
