package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

var loyalistHeads = mustWordSet("loyalist_heads")

var followerNouns = mustWordSet("follower_nouns")

// loyalistsAt reads, at token i, the armed followers of a known person as
// one armed group named "SURNAME loyalists": "Varga loyalists", "pro-Varga
// fighters", "fighters loyal to Varga" or "... loyal to the former
// president" (the title resolved to the person). It returns the end of
// the phrase, and false when none starts at i.
func (r *recognizer) loyalistsAt(i, limit, si int) (int, bool) {
	var p *Entity
	end := i
	switch {
	case r.isWord(i, "pro") && r.tok(i+1).Text == "-":
		// pro-Varga fighters
		if q, e := r.knownSurnameAt(i+2, limit); q != nil && (followerNouns[r.tok(e).Lower] || r.isWord(e, "loyalists", "militants")) {
			p, end = q, e+1
		}
	case loyalistHeads[r.tok(i).Lower] && r.isWord(i+1, "loyal") && r.isWord(i+2, "to"):
		// fighters loyal to Varga, forces loyal to the former president
		if q, e := r.personMentionAt(i + 3); q != nil {
			p, end = q, e
		} else if q, e := r.knownSurnameAt(i+3, limit); q != nil {
			p, end = q, e
		}
	default:
		// Varga loyalists
		if q, e := r.knownSurnameAt(i, limit); q != nil && r.isWord(e, "loyalists", "loyalist") {
			p, end = q, e+1
			if followerNouns[r.tok(end).Lower] {
				end++
			}
		}
	}
	if p == nil {
		return i, false
	}
	name := surnameOf(p.Name) + " loyalists"
	o := r.d.addEntity(&Entity{ID: schema.OrgID(name), Label: schema.Organisation, Name: name, Kind: "armed_group"})
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: o, Rule: "org/loyalists"})
	return end, true
}

// knownSurnameAt returns the person whose surname or full name starts at
// token i, and its end.
func (r *recognizer) knownSurnameAt(i, limit int) (*Entity, int) {
	if !r.tok(i).Cap || r.tok(i).Kind != tokWord {
		return nil, i
	}
	for n := 4; n >= 1; n-- {
		if i+n > limit {
			continue
		}
		r.buf = appendFold(r.buf[:0], r.text(i, i+n))
		if p, ok := r.surnames[string(r.buf)]; ok {
			return p, i + n
		}
	}
	return nil, i
}

var deposedModifiers = mustWordSet("deposed_modifiers")

// personMentionAt returns the person of a mention starting at token i, or
// the one holder of an unnamed title there ("the former president"), and
// the mention's end.
func (r *recognizer) personMentionAt(i int) (*Entity, int) {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Start != i {
			continue
		}
		if m.Ent != nil && m.Ent.Label == schema.Person {
			return m.Ent, m.End
		}
		if m.Ent == nil && m.Kind == mUnnamed && r.isWord(i, "the") {
			t := i + 1
			for deposedModifiers[r.tok(t).Lower] {
				t++
			}
			if p := r.titleHolder(r.text(t, m.End)); p != nil && r.namedSince(p, i, 0) {
				return p, m.End
			}
		}
	}
	return nil, i
}

// surnameOf is the last word of a person's name without a lower-case
// particle joined to it: "Lena al-Varga" -> "Varga".
func surnameOf(name string) string {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if k := strings.IndexByte(last, '-'); k > 0 && k <= 3 && strings.ToLower(last[:k]) == last[:k] {
		last = last[k+1:]
	}
	return last
}
