package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// partyOffice reports whether f is an office of a party the text refers
// back to: "the party's leader NAME", "NAME, the party's leader", "party
// chairman NAME".
func (x *relater) partyOffice(f titleFact) bool {
	if f.party || strings.HasPrefix(strings.ToLower(f.title), "party ") {
		return true
	}
	k := x.mentionIdx(f.tok)
	if k < 0 || x.d.Mentions[k].Ent != f.person {
		return false
	}
	s := x.d.Mentions[k].Start
	return x.isWord(s-1, "'s") && x.isWord(s-2, "party")
}

// lastParty returns the party named last before token i, or nil.
func (x *relater) lastParty(i int) *Entity {
	var best *Entity
	for _, m := range x.d.Mentions {
		if m.Start >= i {
			break
		}
		if m.Ent != nil && m.Ent.Label == schema.Organisation && m.Ent.Kind == "party" {
			best = m.Ent
		}
	}
	return best
}

var bodyOfficeScopes = mustWordSet("body_office_scopes")

// bodyBeforeTitle returns the organisation named just before the title of
// f's mention, perhaps with a word of scope or rank between them: "Renewal
// Party chairman NAME", "Harbor Institute director NAME", "Harbor Front
// field commander NAME".
func (x *relater) bodyBeforeTitle(f titleFact) *Entity {
	k := x.mentionIdx(f.tok)
	if k < 0 || x.d.Mentions[k].Ent != f.person {
		return nil
	}
	start := x.d.Mentions[k].Start
	if start == f.tok {
		return nil // no title inside the mention
	}
	for n := 0; n < 2 && !x.tok(start-1).Cap && bodyOfficeScopes[x.tok(start-1).Lower]; n++ {
		start-- // "Harbor Front field commander NAME"
	}
	if j := x.mentionIdx(start - 1); j >= 0 {
		if m := x.d.Mentions[j]; m.End == start && m.Ent != nil && m.Ent.Label == schema.Organisation && m.Kind == mName && !m.Possessive {
			return m.Ent
		}
	}
	return nil
}
