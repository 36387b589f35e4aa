package ingest

import (
	"strings"
)

// span is a gazetteer match: tokens [start, end) and their meanings.
type span struct {
	start, end int
	entries    []entry
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

func kindIs(kinds ...entryKind) func(entry) bool {
	return func(e entry) bool {
		for _, k := range kinds {
			if e.kind == k {
				return true
			}
		}
		return false
	}
}

func hasKind(es []entry, k entryKind) (entry, bool) {
	for _, e := range es {
		if e.kind == k {
			return e, true
		}
	}
	return entry{}, false
}

// recognizer finds the mentions of one document.
type recognizer struct {
	lex   *Lexicon
	rules *ruleSet // its triggers: a word that starts one is no name
	d     *Document
	toks
	// taken marks tokens already inside a mention.
	taken []bool
	// country mention counts, for choosing among same-named places
	countryHits map[string]int
	home        string             // iso3 of the article's main country
	surnames    map[string]*Entity // lower-cased surname or full name -> person
	places      map[string]*Entity // places no gazetteer knows, by lower-cased name
	seen        map[*Entity]bool   // entities with at least one mention
	walked      [][]match          // gazetteer names starting at each token, once walked
	done        []bool
	titles      []titleFact
	relatives   map[*Entity]bool // people named as someone's kin: "his son, Karl Imre"
	placeCount  *placeCounter    // while names are recognised
	spokes      spokesIndex
	holders     holderIndex
	gender      map[*Entity]uint8 // the gender pronouns resolved to a person gave it
	buf         []byte            // reused for folded keys
}

// isCapWord reports whether token i can be part of a proper name.
func (r *recognizer) isCapWord(i int) bool {
	t := r.tok(i)
	return t.Kind == tokWord && t.Cap && !nameStop[t.Lower] && !strings.HasSuffix(t.Lower, "'s")
}

// nameRun returns the end of a personal name starting at i: capitalised
// words, initials ("V."), particles ("al", "bin") and hyphen joins.
func (r *recognizer) nameRun(i, limit int) int {
	if _, ok := r.lookup(i, limit, kindIs(eTitle)); ok && r.tok(i).Cap || honorifics[r.tok(i).Lower] {
		return i // "Judge Joan Donoghue", "Professor Mira Okafor": the title is not part of the name
	}
	j := i
	if !r.isCapWord(j) {
		if !(nameParticles[r.tok(j).Lower] && r.tok(j+1).Text == "-" && r.isCapWord(j+2)) {
			return i
		}
	}
	for j < limit && j-i < 8 {
		t := r.tok(j)
		switch {
		case r.isCapWord(j) && !r.isGazActor(j):
			j++
		case t.Kind == tokPunct && t.Text == "-" && !t.SpaceBefore && j > i && (r.isCapWord(j+1) || r.tok(j+1).Lower == "al"):
			j++
		case t.Kind == tokPunct && t.Text == "-" && !t.SpaceBefore && j > i && j+1 < limit && r.tok(j+1).Cap &&
			r.tok(j+1).Kind == tokWord && !r.tok(j+1).SpaceBefore && !r.isGazActorShallow(j+1):
			j += 2 // "Gal-Or": a capitalised word after a hyphen is part of the name
		case t.Kind == tokPunct && t.Text == "-" && !t.SpaceBefore && j > i && r.tok(j+1).Kind == tokWord && !r.tok(j+1).SpaceBefore &&
			(len(r.tok(j+1).Text) <= 3 || len(r.tok(j+1).Text) <= 5 && j-1 > i) && !r.tok(j+1).Cap && r.tok(j-1).Cap && j+1 < limit:
			j += 2 // "Tsai Ing-wen", "Kim Jong-un", "Park Ji-hoon"
		case nameParticles[t.Lower] && !t.Cap && (r.isCapWord(j+1) || r.tok(j+1).Text == "-" ||
			nameParticles[r.tok(j+1).Lower] && !r.tok(j+1).Cap && r.isCapWord(j+2)) && j+1 < limit:
			j++ // "Ursula von der Leyen", "Abu Bakr al-Baghdadi"
		case t.Kind == tokPunct && t.Text == "." && !t.SpaceBefore && j > i && len(r.tok(j-1).Text) == 1 && r.isCapWord(j+1):
			j++
		default:
			return r.trimRun(i, j)
		}
	}
	return r.trimRun(i, j)
}

// trimRun drops trailing hyphens and particles from a name run, and rejects
// a run holding a word no personal name has ("Institute", "Sea", "Plan").
func (r *recognizer) trimRun(i, j int) int {
	for k := i; k < j; k++ {
		if k == i && j-i == 4 && r.tok(i+2).Text == "-" && !r.tok(i+3).Cap {
			continue // "Park Ji-hoon": a family name before a hyphenated given name
		}
		if notNameWords[r.tok(k).Lower] || orgHeads[r.tok(k).Lower] {
			return i
		}
		if k > i && k < j-1 && r.tok(k).Cap && (titleHeads[r.tok(k).Lower] || r.isWord(k, "mayor", "senator")) {
			return i // "Nova Mayor Karl Imre": the title starts the name
		}
	}
	for j > i {
		t := r.tok(j - 1)
		if t.Text == "-" || (nameParticles[t.Lower] && !t.Cap) {
			j--
			continue
		}
		break
	}
	return j
}

// isGazActor reports whether token i begins a country, demonym or
// organisation name, which a personal name never contains.
func (r *recognizer) isGazActor(i int) bool {
	sp, ok := r.lookup(i, len(r.toks), kindIs(eCountry, eDemonym, eOrg, eCapital))
	if !ok {
		return false
	}
	if _, isOrg := hasKind(sp.entries, eOrg); isOrg {
		return true
	}
	// a country or demonym ends a name unless it is followed by another
	// name word in a hyphen-free run ("Jordan Peterson" stays a name)
	return !(sp.end-sp.start == 1 && givenNameCountries[r.tok(i).Lower] && r.isCapWord(sp.end) && !r.isGazActorShallow(sp.end))
}

func (r *recognizer) isGazActorShallow(i int) bool {
	_, ok := r.lookup(i, len(r.toks), kindIs(eCountry, eDemonym, eOrg, eCapital))
	return ok
}

var titleModifiers = mustWordSet("title_modifiers")

// titleAt returns the end of a run of titles starting at i ("Navy Rear
// Adm.", "Press Secretary", "acting Foreign Minister") and the title text.
func (r *recognizer) titleAt(i, limit int) (int, string) {
	j := i
	var parts []string
	for j < limit {
		k := j
		sp, ok := r.lookup(k, limit, kindIs(eTitle))
		if !ok {
			for k < limit && (titleModifiers[r.tok(k).Lower]) {
				k++
			}
			sp, ok = r.lookup(k, limit, kindIs(eTitle))
		}
		if !ok {
			// "Commerce Minister", "Foreign Affairs Secretary": a portfolio before an office
			end := k
			for end < limit && end < k+3 && r.tok(end).Cap && r.tok(end).Kind == tokWord && !titleHeads[r.tok(end).Lower] && !r.isGazActorShallow(end) && !r.endsBodyName(k, end) {
				end++
			}
			for end < k+2 && end < limit && (end == k || !r.tok(end).Cap) && portfolioWords[r.tok(end).Lower] && !r.endsBodyName(k, end) {
				end++ // "army chief", "intelligence chief", "foreign policy chief"
			}
			if end == k || end >= limit || !titleHeads[r.tok(end).Lower] {
				break
			}
			sp = span{start: k, end: end + 1}
		}
		parts = append(parts, r.d.Text[r.toks[j].Start:r.toks[sp.end-1].End])
		j = sp.end
	}
	if j == i {
		return i, ""
	}
	return j, strings.Join(parts, " ")
}

var portfolioWords = mustWordSet("portfolio_words")

// endsBodyName reports whether the capitalised word at end, in a run
// from k before a title, is the class noun that ends an organisation's
// name: "Renewal Party chairman" is the party's chairman, no portfolio.
func (r *recognizer) endsBodyName(k, end int) bool {
	w := r.tok(end).Lower
	if !orgClassNouns[w] && !(orgHeads[w] && !genericHeads[w] && !portfolioWords[w]) {
		return false // "Army chief", "Ministry spokesman" stay offices of their state
	}
	return end > k || r.isCapWord(k-1) && !articles[r.tok(k-1).Lower]
}

var titleHeads = mustWordSet("title_heads")

// isTaken reports whether token i is inside a mention already; tokens
// outside the text count as taken.
func (r *recognizer) isTaken(i int) bool {
	return i < 0 || i >= len(r.taken) || r.taken[i]
}

// mark records a mention and marks its tokens taken.
func (r *recognizer) mark(m Mention) {
	if m.Place && m.Ent != nil && m.Ent.Noun == "" && r.isWord(m.Start-1, "of") && placeNouns[r.tok(m.Start-2).Lower] {
		m.Ent.Noun = r.tok(m.Start - 2).Lower
	}
	r.d.Mentions = append(r.d.Mentions, m)
	if m.Ent != nil {
		if r.seen == nil {
			r.seen = map[*Entity]bool{}
		}
		r.seen[m.Ent] = true
	}
	for k := m.Start; k < m.End && k < len(r.taken); k++ {
		r.taken[k] = true
	}
}

// match is one gazetteer name found at a token: tokens [start, end) and
// every meaning of that name.
type match struct {
	end     int
	entries []entry
}

// lookup is Lexicon.lookup with the trie walk done once per token and kept:
// recognition asks the same token for different kinds of names many times.
func (r *recognizer) lookup(i, limit int, keep func(entry) bool) (span, bool) {
	if i < 0 || i >= len(r.toks) {
		return span{}, false
	}
	if r.walked == nil {
		r.walked = make([][]match, len(r.toks))
		r.done = make([]bool, len(r.toks))
	}
	if !r.done[i] {
		r.done[i] = true
		n := &r.lex.root
		for j := i; j < len(r.toks) && j < i+10; j++ {
			next, ok := n.next[r.toks[j].Lower]
			if !ok && r.toks[j].Cap && strings.Contains(r.toks[j].Lower, ".") {
				next, ok = n.next[undot(r.toks[j].Lower)] // "D.R.F." is "DRF"
			}
			if !ok {
				break
			}
			n = next
			if len(n.entries) > 0 {
				r.walked[i] = append(r.walked[i], match{end: j + 1, entries: n.entries})
			}
		}
	}
	ms := r.walked[i]
	caps := isAllCaps(r.toks[i].Text)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > limit {
			continue
		}
		n := 0
		for _, e := range m.entries {
			if keep(e) && (!e.exact || caps) {
				n++
			}
		}
		switch {
		case n == len(m.entries):
			// every meaning is kept: share the lexicon's list, which no
			// caller changes (the capacity makes an append copy it)
			return span{start: i, end: m.end, entries: m.entries[:n:n]}, true
		case n > 0:
			es := make([]entry, 0, n)
			for _, e := range m.entries {
				if keep(e) && (!e.exact || caps) {
					es = append(es, e)
				}
			}
			return span{start: i, end: m.end, entries: es}, true
		}
	}
	return span{}, false
}
