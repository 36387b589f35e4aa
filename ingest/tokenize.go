package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
)

// Token is a word, number or punctuation mark with its byte offsets in
// Document.Text, so Text[Start:End] is exactly the token's text.
type Token struct {
	Start, End  int
	Text        string
	Lower       string // lower-cased, accents folded
	Kind        tokKind
	Cap         bool // starts with an upper-case letter
	SpaceBefore bool // whitespace precedes it
	NewLine     bool // a line break precedes it
}

// toks are the tokens of a document as the recognizer and the relater read
// them (both embed it): by index, a token out of range being the empty one.
type toks []Token

func (ts toks) tok(i int) *Token {
	if i < 0 || i >= len(ts) {
		return &Token{}
	}
	return &ts[i]
}

// isWord reports whether token i is one of words (lower-cased).
func (ts toks) isWord(i int, words ...string) bool {
	t := ts.tok(i)
	for _, w := range words {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// normalize maps typographic variants to plain ASCII (quotes, dashes,
// non-breaking and other wide spaces, hyphens, the apostrophe-like letters
// of transliterations) and drops control characters, soft hyphens and word
// joiners, keeping the text otherwise unchanged. An en dash between two letters joins a name
// ("Jean\u2013Luc") as a hyphen would. Invalid UTF-8 bytes become spaces.
func normalize(s string) string {
	n, _ := normalizeTracked(s, false)
	return n
}

// normalizeTracked is normalize; with track, it also returns for every
// byte of the result (and its end) the offset in s of the character it
// came from, so a span of the result can be shown as written.
func normalizeTracked(s string, track bool) (string, []int32) {
	var b strings.Builder
	b.Grow(len(s))
	var offs []int32
	if track {
		offs = make([]int32, 0, len(s)+1)
	}
	prev := ' '
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		from := i
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteByte(' ')
		case isApostrophe(r):
			b.WriteByte('\'')
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f' || r == '\u00ab' || r == '\u00bb' || r == '\uff02':
			b.WriteByte('"')
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\ufe63' || r == '\uff0d':
			b.WriteByte('-')
		case r == '\u2013' && unicode.IsLetter(prev) && startsWithLetter(s[i:]):
			b.WriteByte('-')
		case r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\ufe58':
			b.WriteString(" - ")
		case r == '\u00ad' || r == '\u2060' || r == '\ufeff':
		case r == '\u00a0' || r == '\u202f' || r == '\u200b' || r == '\u3000' || r == '\t' || (r >= '\u2000' && r <= '\u200a'):
			b.WriteByte(' ')
		case r == '\u2026':
			b.WriteString("...")
		case r == '\r':
			b.WriteByte('\n')
		case r < 32 && r != '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
		prev = r
		for track && len(offs) < b.Len() {
			offs = append(offs, int32(from))
		}
	}
	if track {
		offs = append(offs, int32(len(s)))
	}
	return b.String(), offs
}

// isApostrophe reports whether r is written for an apostrophe: curly and
// reversed single quotes, primes, the acute and grave accents, full-width
// apostrophes and the modifier letters of transliterated names.
func isApostrophe(r rune) bool {
	switch r {
	case '\u2018', '\u2019', '\u201b', '\u02bc', '\u02bb', '\u02bd', '\u02be', '\u02bf',
		'\u2032', '\u00b4', '`', '\uff07':
		return true
	}
	return false
}

// startsWithLetter reports whether s begins with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// tokenize splits text into tokens. Hyphens and possessive 's are tokens of
// their own ("Turkey-backed" is Turkey, -, backed); dotted abbreviations
// ("U.S.", "U.N.") stay one token.
func tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	space, newline := true, true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			space, newline = true, true
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		}
		start := i
		kind := tokPunct
		switch {
		case unicode.IsLetter(r):
			kind = tokWord
			i = scanWord(text, i)
		case unicode.IsDigit(r):
			kind = tokNumber
			i = scanNumber(text, i)
		case r == '\'' && hasPrefixFold(text[i+size:], "s") && !isLetterAt(text, i+size+1) && start > 0 && !space:
			kind = tokWord
			i += size + 1
		default:
			i += size
		}
		t := Token{Start: start, End: i, Text: text[start:i], Kind: kind, SpaceBefore: space, NewLine: newline}
		if kind == tokWord {
			first, _ := utf8.DecodeRuneInString(t.Text)
			t.Cap = unicode.IsUpper(first)
		}
		t.Lower = fold(t.Text)
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters, digits,
// marks, inner apostrophes ("Ra'ad") and, for dotted abbreviations, periods.
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			i += size
		case r == '\'' && isLetterAt(s, i+1) && !(hasPrefixFold(s[i+1:], "s") && !isLetterAt(s, i+2)):
			i += size
		case r == '.' && isDottedAbbrev(s, start, i):
			i += size
		default:
			return i
		}
	}
	return i
}

// isDottedAbbrev reports whether the period at dot continues an abbreviation
// of single letters separated by periods: "U.S.", "U.N.", "D.C.".
func isDottedAbbrev(s string, start, dot int) bool {
	if dot-start == 1 && isLetterAt(s, dot+1) && (dot+2 >= len(s) || s[dot+2] == '.') {
		return true
	}
	// the final period of "U.S." after a letter run like "U.S"
	if dot-start >= 3 && s[dot-2] == '.' {
		return true
	}
	return false
}

func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i++
		default:
			return i
		}
	}
	return i
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// fold lower-cases s and strips accents from Latin letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends fold(s) to b: a caller that folds into a reused
// buffer allocates nothing per call.
func appendFold(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		if m, ok := accentFold[r]; ok {
			b = append(b, m...)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

var accentFold = map[rune]string{}

func init() {
	pairs := []string{
		"ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a", "ÇçĆćĈĉĊċČč", "c", "ĎďĐđ", "d", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e",
		"ĜĝĞğĠġĢģ", "g", "ĤĥĦħ", "h", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i", "Ĵĵ", "j", "Ķķ", "k", "ĹĺĻļĽľĿŀŁł", "l",
		"ÑñŃńŅņŇň", "n", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o", "ŔŕŖŗŘř", "r", "ŚśŜŝŞşŠšȘș", "s", "ŢţŤťŦŧȚț", "t",
		"ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u", "Ŵŵ", "w", "ÝýÿŶŷŸ", "y", "ŹźŻżŽž", "z", "ß", "ss", "Ææ", "ae", "Œœ", "oe",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			accentFold[r] = pairs[i+1]
		}
	}
}
