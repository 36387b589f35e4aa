package ingest

import "github.com/actorgraph/actorgraph/schema"

// foreignBodies drops a state body named by a bare alias ("the Senate",
// "Congress") in a story about another state when that body's state is
// named neither in the sentence nor, when the sentence names no other
// state, in the one before: "Senate head NAME"
// in a story about Freedonia is Freedonia's senate, which no lexicon
// holds, not the United States'.
func (r *recognizer) foreignBodies() {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		e := m.Ent
		if e == nil || m.Kind == mPronoun || e.Label != schema.Organisation || e.Kind != "government" || e.ISO3 == "" || e.ISO3 == r.home {
			continue
		}
		if !r.genericBody(m.Start, m.End) || r.statedIn(m.Start, m.End) {
			continue
		}
		own, other := r.statesIn(m.Sent, e.ISO3)
		if own || !other && r.namedNear(e.ISO3, m.Sent) {
			continue
		}
		for t := range r.titles {
			if f := &r.titles[t]; f.of == e && f.sent == m.Sent {
				f.of, f.noCtx = nil, true // "Senate head NAME": the head of a senate no lexicon holds
			}
		}
		m.Ent = nil
	}
}

// statedIn reports whether tokens [start, end) or the word before them
// name a state: "U.S. Senate", "the American Congress".
func (r *recognizer) statedIn(start, end int) bool {
	for i := max(start-1, 0); i < end; i++ {
		if _, ok := r.lookup(i, end, kindIs(eCountry, eDemonym)); ok {
			return true
		}
	}
	return false
}

// statesIn reports whether sentence si names the state iso3 and whether
// it names another one, by name or adjective.
func (r *recognizer) statesIn(si int, iso3 string) (own, other bool) {
	s := r.d.Sentences[si]
	for i := s.Start; i < s.End; i++ {
		if !r.toks[i].Cap {
			continue
		}
		if sp, ok := r.lookup(i, s.End, kindIs(eCountry, eDemonym)); ok {
			for _, en := range sp.entries {
				if en.kind == eCountry || en.kind == eDemonym {
					if r.lex.countries[en.idx].ISO3 == iso3 {
						own = true
					} else {
						other = true
					}
				}
			}
			i = sp.end - 1
		}
	}
	return own, other
}

var genericBodyWords = mustWordSet("generic_body_words")

// genericBody reports whether tokens [start, end) name a body by its kind
// only: "Senate", "the House of Representatives", not "the Pentagon".
func (r *recognizer) genericBody(start, end int) bool {
	for i := start; i < end; i++ {
		if !genericBodyWords[r.toks[i].Lower] {
			return false
		}
	}
	return true
}

// namesAroundStates drops a state's name that closes a longer capitalised
// name no lexicon knows: "representatives from Harbor Dog Rescue Peru"
// name a group, not Peru. Two or more capitalised words must stand right
// before the state's name, none a title, a stop word or part of another
// mention, after a lower-case word of the same sentence.
func (r *recognizer) namesAroundStates() {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == nil || m.Kind != mName || m.Ent.Label != schema.Country {
			continue
		}
		start := r.d.Sentences[m.Sent].Start
		j := m.Start - 1
		for j > start && r.capRunWord(j) {
			j--
		}
		if m.Start-1-j >= 2 && j > start && r.tok(j).Kind == tokWord && !r.tok(j).Cap {
			m.Ent = nil
		}
	}
}

// capRunWord reports whether token i is a capitalised word that may belong
// to a name no lexicon knows.
func (r *recognizer) capRunWord(i int) bool {
	t := r.tok(i)
	if t.Kind != tokWord || !t.Cap || r.isTaken(i) || nameStop[t.Lower] {
		return false
	}
	_, title := r.titleAt(i, i+1)
	return title == ""
}
