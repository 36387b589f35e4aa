package ingest

import "strings"

// Sentence is a span of tokens [Start, End) and of text [From, To).
type Sentence struct {
	Start, End int
	From, To   int
	Headline   bool // a line without final punctuation: a title or crosshead
}

var titleAbbrevs = mustWordSet("title_abbrevs")

var abbreviations = mustWordSet("abbreviations")

var sentenceOpeners = mustWordSet("sentence_openers")

var headingBreakers = mustWordSet("heading_breakers")

var headingWords = mustWordSet("heading_words")

// segment splits tokens into sentences: at ., ! or ? followed by a capital,
// a quote or a new line (not after an abbreviation or an initial unless a
// clear sentence opener follows), after a dotted abbreviation ("U.S.")
// followed by a sentence opener, at every line break, and after a
// title-case crosshead glued to the sentence it heads. A sentence whose
// last token is not final punctuation is a Headline.
func segment(text string, toks []Token) []Sentence {
	var out []Sentence
	start := 0
	closeAt := func(end int, heading bool) {
		if end <= start {
			return
		}
		s := Sentence{Start: start, End: end, From: toks[start].Start, To: toks[end-1].End, Headline: heading}
		if last := toks[end-1]; !isFinalPunct(last) && !(last.Kind == tokWord && last.Text[len(last.Text)-1] == '.') {
			s.Headline = true
		}
		out = append(out, s)
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start && toks[i].NewLine {
			closeAt(i, false)
		}
		if i == start {
			if h := headingEnd(toks, i); h > i {
				closeAt(h, true)
				i = h
			}
		}
		if end, ok := sentenceEnd(toks, start, i); ok {
			closeAt(end, false)
			i = end - 1
		}
	}
	closeAt(len(toks), false)
	return capLength(out, toks)
}

func isFinalPunct(t Token) bool {
	return t.Kind == tokPunct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "\"" || t.Text == ":")
}

// sentenceEnd reports whether a sentence that began at start ends with
// token i, and where the next one starts (after closing quotes and
// brackets).
func sentenceEnd(toks []Token, start, i int) (int, bool) {
	t := toks[i]
	dotted := t.Kind == tokWord && len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.'
	if !dotted && (t.Kind != tokPunct || (t.Text != "." && t.Text != "!" && t.Text != "?")) {
		return 0, false
	}
	end := closers(toks, i+1)
	if end >= len(toks) {
		return 0, false
	}
	next := toks[end]
	if next.NewLine {
		return end, true
	}
	switch {
	case dotted:
		// "in the U.S. The talks ...": only in running text, not in a
		// title-case headline ("U.S. And Freedonia Agree")
		return end, opensSentence(toks, end, false) && runningText(toks, start, i)
	case t.Text == "." && i > 0 && !t.SpaceBefore && toks[i-1].Kind == tokWord:
		prev := toks[i-1]
		switch {
		case titleAbbrevs[prev.Lower] && prev.Cap:
			return 0, false
		case abbreviations[prev.Lower] && (prev.Cap || prev.Lower != "no"):
			return end, opensSentence(toks, end, false)
		case len(prev.Text) == 1 && prev.Cap:
			return end, opensSentence(toks, end, true)
		}
	}
	return end, next.Cap || next.Kind == tokNumber || next.Text == "\"" || next.Text == "'" && end+1 < len(toks) && toks[end+1].Cap
}

// closers skips closing quotes and brackets after final punctuation: a
// quote that follows without a space ("... go." He) closes, one after a
// space ("... go. "We ...) opens the next sentence.
func closers(toks []Token, end int) int {
	for end < len(toks) && toks[end].Kind == tokPunct && !toks[end].NewLine {
		c := toks[end]
		if c.Text == ")" || (c.Text == "\"" || c.Text == "'") && (!c.SpaceBefore || end+1 >= len(toks) || toks[end+1].SpaceBefore) {
			end++
			continue
		}
		break
	}
	return end
}

// opensSentence reports whether token j clearly begins a sentence: a
// capitalised sentence opener not joined to what follows by a hyphen,
// possibly after an opening quote. afterInitial leaves out the
// one-letter openers ("Harry S. A..." is not a break).
func opensSentence(toks []Token, j int, afterInitial bool) bool {
	if toks[j].Kind == tokPunct && toks[j].Text == "\"" && j+1 < len(toks) {
		j++
	}
	t := toks[j]
	if t.Kind != tokWord || !t.Cap || !sentenceOpeners[t.Lower] || afterInitial && len(t.Text) == 1 {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].Text != "-" || toks[j+1].SpaceBefore
}

// runningText reports whether tokens [start, end) hold a lower-case word
// other than the small words of a title-case headline.
func runningText(toks []Token, start, end int) bool {
	for k := start; k < end; k++ {
		if t := toks[k]; t.Kind == tokWord && !t.Cap && !headingWords[t.Lower] {
			return true
		}
	}
	return false
}

// maxHeading bounds the length of a crosshead glued to its sentence.
const maxHeading = 10

// headingEnd returns where a title-case crosshead at the start of a
// sentence ends when the text glues it to the sentence it heads ("Talks
// Resume The two sides met ..."; "Mira Okafor Mira Okafor said ..."), else
// start.
func headingEnd(toks []Token, start int) int {
	if toks[start].Text == "'" {
		return quotedHeadingEnd(toks, start)
	}
	if t := toks[start]; t.Kind != tokWord || !t.Cap || sentenceOpeners[t.Lower] {
		return start
	}
	if end := listHeadingEnd(toks, start); end > start {
		return end
	}
	if end := sentenceCaseHeadingEnd(toks, start); end > start {
		return end
	}
	words := 0
	for k := start; k < len(toks) && k-start <= maxHeading; k++ {
		t := toks[k]
		if k > start && t.NewLine {
			return start
		}
		switch {
		case t.Kind == tokWord && t.Cap && headingBreakers[t.Lower]:
			if words >= 2 && toks[k-1].Kind == tokWord && toks[k-1].Cap && !headingWords[toks[k-1].Lower] && runningText(toks, k, lineEnd(toks, k, k+6)) {
				return k
			}
			return start
		case t.Kind == tokWord && t.Cap:
			words++
			if n := k - start; n > 0 && k+n <= len(toks) && sameTokens(toks[start:k], toks[k:k+n]) && k+n < len(toks) && !toks[k+n].Cap {
				return k // "Mira Okafor Mira Okafor said": the name heads its paragraph
			}
		case t.Kind == tokWord && headingWords[t.Lower], t.Text == ",", t.Text == "-", t.Text == "'s", t.Kind == tokNumber:
		default:
			return start
		}
	}
	return start
}

var clauseWords = mustWordSet("clause_words")

var caseBreakers = mustWordSet("case_breakers")

// sentenceCaseHeadingEnd returns where a sentence-case crosshead glued to
// its paragraph ends ("Little choice While Freedonia wants ...",
// "International reaction A spokesman said ..."): a capitalised word and
// a few lower-case nouns, no verb, before a capitalised opener.
func sentenceCaseHeadingEnd(toks []Token, start int) int {
	lower := 0
	for k := start + 1; k < len(toks) && k-start <= 7 && !toks[k].NewLine; k++ {
		t := toks[k]
		switch {
		case t.Kind == tokWord && t.Cap && caseBreakers[t.Lower]:
			prev := toks[k-1]
			if lower == 0 || prev.Kind != tokWord || prev.Cap || headingWords[prev.Lower] || prepositions[prev.Lower] ||
				!runningText(toks, k, lineEnd(toks, k, k+6)) {
				return start
			}
			return k
		case t.Kind == tokWord && t.Cap, t.Text == "-", t.Text == "'s":
		case t.Kind == tokWord && !clauseWords[t.Lower] && !speechVerbs[t.Lower] && !reportVerbs[t.Lower] && !strings.HasSuffix(t.Lower, "ed"):
			if !headingWords[t.Lower] && !prepositions[t.Lower] {
				lower++
			}
		default:
			return start
		}
	}
	return start
}

// listHeadingEnd returns where a crosshead listing single names without a
// conjunction ends ("Varga, Okafor Freedonia will ..."): a list of names
// needs "and" inside a sentence, so the capitalised word after the last
// item begins the sentence.
func listHeadingEnd(toks []Token, start int) int {
	k := start
	items := 0
	for k+2 < len(toks) && isPlainCap(toks[k]) && toks[k+1].Text == "," && isPlainCap(toks[k+2]) && !toks[k+2].NewLine {
		items++
		k += 2
	}
	if items == 0 || k+1 >= len(toks) || !isPlainCap(toks[k+1]) || toks[k+1].NewLine {
		return start
	}
	if runningText(toks, k+1, lineEnd(toks, k+1, k+5)) {
		return k + 1
	}
	return start
}

// isPlainCap reports whether t is a capitalised word without periods.
func isPlainCap(t Token) bool {
	return t.Kind == tokWord && t.Cap && t.Text[len(t.Text)-1] != '.' && !sentenceOpeners[t.Lower]
}

// quotedHeadingEnd returns where a single-quoted crosshead ends when a
// capitalised sentence follows it: "'No way home' The families said ...".
func quotedHeadingEnd(toks []Token, start int) int {
	for k := start + 1; k < len(toks) && k-start <= maxHeading && !toks[k].NewLine; k++ {
		if toks[k].Text != "'" {
			continue
		}
		if k > start+1 && k+1 < len(toks) && toks[k+1].Cap && !toks[k+1].NewLine {
			return k + 1
		}
		break
	}
	return start
}

// lineEnd returns the first line break in (from, to], or to, within toks.
func lineEnd(toks []Token, from, to int) int {
	if to > len(toks) {
		to = len(toks)
	}
	for k := from + 1; k < to; k++ {
		if toks[k].NewLine {
			return k
		}
	}
	return to
}

func sameTokens(a, b []Token) bool {
	for i := range a {
		if a[i].Text != b[i].Text {
			return false
		}
	}
	return true
}

// maxSentence bounds a sentence's length in tokens, so that text without
// punctuation costs time linear in its length.
const maxSentence = 120

// capLength splits sentences longer than maxSentence at the last comma or
// semicolon before the limit, else at the limit.
func capLength(sents []Sentence, toks []Token) []Sentence {
	long := false
	for _, s := range sents {
		if s.End-s.Start > maxSentence {
			long = true
		}
	}
	if !long {
		return sents
	}
	var out []Sentence
	for _, s := range sents {
		for s.End-s.Start > maxSentence {
			cut := s.Start + maxSentence
			for k := cut - 1; k > s.Start+maxSentence/2; k-- {
				if toks[k].Text == "," || toks[k].Text == ";" {
					cut = k + 1
					break
				}
			}
			out = append(out, Sentence{Start: s.Start, End: cut, From: toks[s.Start].Start, To: toks[cut-1].End, Headline: s.Headline})
			s.Start = cut
			s.From = toks[cut].Start
		}
		out = append(out, s)
	}
	return out
}

// dropBoilerplate removes photo credits, "Source: Reuters" lines, bylines
// and "contributed to this report" lines from the sentence list.
func dropBoilerplate(text string, toks []Token, sents []Sentence) []Sentence {
	out := sents[:0]
	n := len(sents)
	for i, s := range sents {
		line := strings.ToLower(text[s.From:s.To])
		if i >= n-3 && creditLine(line) {
			continue // "NAME reported from Ardan; and NAME contributed from Belo."
		}
		switch {
		case strings.HasPrefix(line, "photo by"), strings.HasPrefix(line, "photo:"), strings.HasPrefix(line, "source:"),
			strings.HasPrefix(line, "by ") && s.Headline, strings.Contains(line, "contributed to this report"),
			strings.HasPrefix(line, "(photo"), strings.HasPrefix(line, "image:"), strings.HasPrefix(line, "file photo"),
			s.Headline && strings.Contains(line, " and agencies"), s.Headline && strings.HasSuffix(line, " and news agencies"):
			continue
		}
		if s.Headline && s.End-s.Start <= 1 {
			continue
		}
		out = append(out, s)
	}
	return out
}

// creditLine reports whether a closing line credits the story's own
// reporters: "NAME contributed reporting from X", "NAME reported from X;
// NAME contributed from Y".
func creditLine(line string) bool {
	return strings.Contains(line, "contributed reporting") || strings.Contains(line, " contributed from ") ||
		strings.Contains(line, "contributed to this story")
}
