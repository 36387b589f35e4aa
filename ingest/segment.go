package ingest

// Sentence is a span of tokens [Start, End) and of text [From, To).
type Sentence struct {
	Start, End int
	From, To   int
	Headline   bool // a line without final punctuation: a title or crosshead
}

// abbreviations never end a sentence when followed by a period.
var abbreviations = set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "brig",
	"sgt", "rep", "sen", "gov", "pres", "prof", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp",
	"co", "ltd", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "u.s",
	"mt", "ft", "est", "dept", "univ", "assn", "gens", "messrs", "rt", "hon")

// segment splits tokens into sentences: at ., ! or ? followed by a capital,
// a quote or a new line (not after an abbreviation or an initial), and at
// every line break that ends a line with no final punctuation.
func segment(text string, toks []Token) []Sentence {
	var out []Sentence
	start := 0
	closeAt := func(end int) {
		if end <= start {
			return
		}
		s := Sentence{Start: start, End: end, From: toks[start].Start, To: toks[end-1].End}
		last := toks[end-1]
		if last.Kind != tokPunct || (last.Text != "." && last.Text != "!" && last.Text != "?" && last.Text != "\"" && last.Text != ":") {
			s.Headline = true
		}
		out = append(out, s)
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start && toks[i].NewLine {
			closeAt(i)
		}
		t := toks[i]
		if t.Kind != tokPunct || (t.Text != "." && t.Text != "!" && t.Text != "?") {
			continue
		}
		end := i + 1
		for end < len(toks) && toks[end].Kind == tokPunct && !toks[end].NewLine && (toks[end].Text == "\"" || toks[end].Text == "'" || toks[end].Text == ")") {
			end++
		}
		if end >= len(toks) {
			continue
		}
		next := toks[end]
		if t.Text == "." && i > 0 {
			prev := toks[i-1]
			if !t.SpaceBefore && prev.Kind == tokWord && (abbreviations[prev.Lower] || (len(prev.Text) == 1 && prev.Cap)) && !next.NewLine {
				continue
			}
		}
		if next.NewLine || next.Cap || next.Kind == tokNumber || (next.Kind == tokPunct && next.Text == "\"") {
			closeAt(end)
			i = end - 1
		}
	}
	closeAt(len(toks))
	return capLength(out, toks)
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

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
