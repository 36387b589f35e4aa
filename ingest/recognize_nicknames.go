package ingest

import "github.com/actorgraph/actorgraph/schema"

var (
	nicknameNouns   = mustWordSet("nickname_nouns")
	nicknameAdverbs = mustWordSet("nickname_adverbs")
)

// nicknames reads another name given to a person just named: "NAME, known
// as X,", "NAME, better known as X", "NAME, known by his nickname X",
// "NAME, nicknamed \"X\"", "NAME, alias X". X becomes an alias of the
// person, so the surname index finds the person by X in later sentences.
func (r *recognizer) nicknames() {
	n := len(r.d.Mentions)
	for k := 0; k < n; k++ {
		m := r.d.Mentions[k]
		if m.Ent == nil || m.Ent.Label != schema.Person || m.Kind != mName || r.d.Sentences[m.Sent].Headline {
			continue
		}
		limit := r.d.Sentences[m.Sent].End
		if r.tok(m.End).Text != "," {
			continue
		}
		start := r.nicknameCue(m.End+1, limit)
		if start < 0 {
			continue
		}
		quoted := r.tok(start).Text == "\""
		if quoted {
			start++
		}
		end := r.nameRun(start, limit)
		if end == start || end-start > 3 || r.isTaken(start) || r.isGazActorShallow(start) {
			continue
		}
		after := end
		if quoted && r.tok(after).Text == "\"" {
			after++
		}
		if t := r.tok(after); after < limit && t.Text != "," && t.Text != ")" && t.Text != "." {
			continue // "known as Kenya Airways pilots": a description, no name
		}
		m.Ent.Aliases[r.text(start, end)] = true
		r.mark(Mention{Start: start, End: end, Sent: m.Sent, Ent: m.Ent, Rule: "person/nickname"})
	}
}

// nicknameCue returns where the other name starts after a cue at token i
// ("known as", "better known as", "known by his nickname", "nicknamed",
// "alias", "aka"), or -1 when no cue stands there.
func (r *recognizer) nicknameCue(i, limit int) int {
	switch {
	case r.isWord(i, "nicknamed", "alias", "aka", "a.k.a.", "dubbed"):
		return i + 1
	case nicknameAdverbs[r.tok(i).Lower] && r.isWord(i+1, "known") && r.isWord(i+2, "as"):
		return i + 3
	case r.isWord(i, "known") && r.isWord(i+1, "as"):
		return i + 2
	case r.isWord(i, "known", "going") && r.isWord(i+1, "by"):
		j := i + 2
		if r.isWord(j, "his", "her", "the", "a") {
			j++
		}
		if r.isWord(j, "nom") && r.isWord(j+1, "de") && r.isWord(j+2, "guerre") {
			return j + 3
		}
		if r.isWord(j, "war") && nicknameNouns[r.tok(j+1).Lower] {
			j++ // "known by his war name X"
		}
		if nicknameNouns[r.tok(j).Lower] {
			return j + 1
		}
	}
	return -1
}
