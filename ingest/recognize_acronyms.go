package ingest

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/schema"
)

// acronymAfter returns the token of the acronym that an organisation's
// name m defines right after it - "NAME (ACR)", "NAME, or ACR,", and
// "NAME, ACR," when ACR spells NAME's words - or -1.
func (r *recognizer) acronymAfter(m Mention) int {
	k := m.End
	switch {
	case r.tok(k).Text == "(" && r.tok(k+2).Text == ")":
		return k + 1
	case r.tok(k).Text == "," && r.isWord(k+1, "or") && r.tok(k+3).Kind == tokPunct:
		return k + 2
	}
	end := r.placeTail(k)
	if r.tok(end).Text == "," && isAcronym(r.tok(end+1).Text) && r.tok(end+2).Kind == tokPunct && spells(r.tok(end+1).Text, r.text(m.Start, end)) {
		return end + 1 // "the Harbor Support Mission in Peru, HSMP, arrived"
	}
	return -1
}

// placeTail returns the end of "in PLACE" at k that may close a long
// name ("the Harbor Support Mission in Peru"), or k: a capitalised word
// or two.
func (r *recognizer) placeTail(k int) int {
	if !r.isWord(k, "in") || !r.tok(k+1).Cap || r.tok(k+1).Kind != tokWord {
		return k
	}
	end := k + 2
	if r.tok(end).Cap && r.tok(end).Kind == tokWord {
		end++
	}
	return end
}

// ownAcronym reports whether the name m defines the acronym at a as its
// own, though the gazetteer gives that acronym to known: the acronym
// spells the name and the name opens with another word than every name
// of known ("the Tessa Defence Force (TDF)" is no "Tigray Defense Forces";
// "the Tigray Defence Force (TDF)" is).
func (r *recognizer) ownAcronym(m Mention, a int, known *Entity) bool {
	name := r.text(m.Start, m.End)
	if !spells(r.tok(a).Text, name) {
		return false
	}
	first := strings.ToLower(firstWord(name))
	if sameStem(firstWord(known.Name), first) {
		return false
	}
	for al := range known.Aliases {
		if sameStem(firstWord(al), first) {
			return false
		}
	}
	return true
}

// sameStem reports whether two first words are one name: equal, or one
// the other's start ("Vargan", "Varganistan").
func sameStem(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}

// repointAcronym makes the mentions of known written acr mentions of e.
func (r *recognizer) repointAcronym(known, e *Entity, acr string) {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == known && r.text(m.Start, m.End) == acr {
			m.Ent = e
		}
	}
	e.Aliases[acr] = true
}

// firstWord returns the first word of a name, past a leading "the".
func firstWord(name string) string {
	f := strings.Fields(name)
	if len(f) > 1 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// spells reports whether acronym acr abbreviates name: its letters appear
// in order in the name, the first one opening the name's first word, and
// every capitalised word of the name gives one (Schwartz and Hearst's
// test, with the capitals): "AUSSOM" spells "African Union Support and
// Stabilization Mission in Somalia".
func spells(acr, name string) bool {
	letters := strings.ToLower(undot(acr))
	words := strings.Fields(name)
	if len(letters) < 2 || len(words) < 2 {
		return false
	}
	caps := 0
	for _, w := range words {
		if c := []rune(w)[0]; unicode.IsUpper(c) {
			caps++
		}
	}
	if caps > len(letters) || len(words) > 0 && !strings.HasPrefix(strings.ToLower(words[0]), letters[:1]) {
		return false
	}
	low := strings.ToLower(name)
	j := 0
	for k := 0; k < len(low) && j < len(letters); k++ {
		if low[k] == letters[j] {
			j++
		}
	}
	return j == len(letters)
}

// stateNamePrefix returns the index of the mention of a state's formal
// name of several words that ends right before token i, so that an
// organisation's name goes on from it ("the Islamic Republic of Varga
// Shipping Lines"), or -1.
func (r *recognizer) stateNamePrefix(i int) int {
	for k := len(r.d.Mentions) - 1; k >= 0; k-- {
		m := r.d.Mentions[k]
		if m.End == i && m.Ent != nil && m.Ent.Label == schema.Country && m.Kind == mName && !m.Possessive && m.End-m.Start >= 3 {
			return k
		}
		if m.End <= i-8 {
			break
		}
	}
	return -1
}

// orgAfterStateName makes the state's name at mention k and the words
// up to end one organisation, and returns end.
func (r *recognizer) orgAfterStateName(k, end, si int) int {
	m := &r.d.Mentions[k]
	o := r.unknownOrg(r.text(m.Start, end), m.Start, end)
	if o.ISO3 == "" {
		o.ISO3 = m.Ent.ISO3
	}
	m.Ent, m.End, m.Rule = o, end, "org/state-name"
	for j := m.Start; j < end && j < len(r.taken); j++ {
		r.taken[j] = true
	}
	return end
}
