package ingest

import "github.com/actorgraph/actorgraph/schema"

var (
	nicknameNouns   = mustWordSet("nickname_nouns")
	nicknameAdverbs = mustWordSet("nickname_adverbs")
)

// nicknames reads another name given to a person just named: "NAME, known
// as X,", "NAME, better known as X", "NAME, known by his nickname X",
// "NAME, nicknamed \"X\"", "NAME, alias X". NAME is a person's mention or a
// surname the index knows. X becomes an alias of the person and a key of
// the surname index, so later sentences naming X point to the person.
func (r *recognizer) nicknames() {
	for si, s := range r.d.Sentences {
		if s.Headline {
			continue
		}
		for i := s.Start + 1; i < s.End; i++ {
			if r.tok(i).Text != "," {
				continue
			}
			if start := r.nicknameCue(i+1, s.End); start >= 0 {
				if p := r.personEndingAt(i); p != nil {
					r.nickname(p, start, s.End, si)
				}
			}
		}
	}
}

// nickname makes the name at token start, perhaps quoted, an alias of p.
func (r *recognizer) nickname(p *Entity, start, limit, si int) {
	quoted := r.tok(start).Text == "\""
	if quoted {
		start++
	}
	end := r.nameRun(start, limit)
	if end == start || end-start > 3 || r.isTaken(start) || r.isGazActorShallow(start) {
		return
	}
	after := end
	if quoted && r.tok(after).Text == "\"" {
		after++
	}
	if t := r.tok(after); after < limit && t.Text != "," && t.Text != ")" && t.Text != "." {
		return // "known as Kenya Airways pilots": a description, no name
	}
	name := r.text(start, end)
	if have, ok := r.surnames[fold(name)]; ok && have != p {
		return // another person's name
	}
	p.Aliases[name] = true
	r.surnames[fold(name)] = p
	r.mark(Mention{Start: start, End: end, Sent: si, Ent: p, Rule: "person/nickname"})
}

// personEndingAt returns the person whose mention or known surname ends
// just before token i, or nil.
func (r *recognizer) personEndingAt(i int) *Entity {
	for _, m := range r.d.Mentions {
		if m.End == i && m.Ent != nil && m.Ent.Label == schema.Person && m.Kind == mName {
			return m.Ent
		}
	}
	for j := i - 1; j >= 0 && j >= i-4 && r.isCapWord(j); j-- {
		if p, ok := r.surnames[fold(r.text(j, i))]; ok {
			return p
		}
	}
	return nil
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
