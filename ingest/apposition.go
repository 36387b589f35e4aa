package ingest

import "strings"

// possessedList reads an object written as a possessor's group followed by
// the list of its members after a dash or colon: "a tariff fight with the
// country's biggest trading partners - A, B, C and D" -> A, B, C, D (not the
// possessor).
func (x *relater) possessedList(m Mention, limit int, places bool) ([]*Entity, bool) {
	j := m.End
	if x.tok(j).Lower == "'s" || x.tok(j).Text == "'" {
		j++
	} else if !m.Possessive {
		return nil, false
	}
	for k := j; k < limit && k < j+5; k++ {
		t := x.tok(k)
		if (t.Text == "-" && t.SpaceBefore || t.Text == ":") && k > j && x.mentionIdx(k+1) >= 0 {
			list, _ := x.objects(k+1, limit, nil, places)
			return list, len(list) > 1
		}
		if t.Kind != tokWord || t.Cap || x.mentionIdx(k) >= 0 {
			return nil, false
		}
	}
	return nil, false
}

// skipPossessedHead steps over "'s transitional authorities" after a
// possessor in a list: "between Chile's transitional authorities and X".
func (x *relater) skipPossessedHead(j int) int {
	if x.tok(j).Lower != "'s" {
		return j
	}
	for k := j + 1; k < j+4; k++ {
		t := x.tok(k)
		if genericHeads[t.Lower] {
			return k + 1
		}
		if t.Kind != tokWord || t.Cap || !isModifierWord(t.Lower) && !strings.HasSuffix(t.Lower, "al") {
			return j
		}
	}
	return j
}

// skipDescriptor steps over an indefinite description before the name it
// introduces: "and an armed group, the Northern Front" -> the Northern Front.
func (x *relater) skipDescriptor(j, limit int) int {
	if !x.isWord(j, "a", "an") {
		return j
	}
	for k := j + 1; k < limit && k < j+5; k++ {
		t := x.tok(k)
		if t.Text == "," {
			n := k + 1
			if x.isWord(n, "the") {
				n++
			}
			if x.mentionIdx(n) >= 0 {
				return n
			}
			return j
		}
		if t.Kind != tokWord || t.Cap || x.mentionIdx(k) >= 0 {
			return j
		}
	}
	return j
}

// betweenAt reports whether a pair opens at token i: "talks between",
// "exchange of fire reported between".
func (x *relater) betweenAt(i int) bool {
	return x.isWord(i, "between", "among") || x.isWord(i+1, "between") && !x.tok(i).Cap && (strings.HasSuffix(x.tok(i).Lower, "ed") || irregularPast(x.tok(i).Lower))
}

// underAt returns the "under" of "came under (a heavy) attack" before the
// nominal at i, or -1.
func (x *relater) underAt(i int) int {
	for u := i - 1; u >= i-3 && u >= 0; u-- {
		if x.isWord(u, "under") {
			return u
		}
	}
	return -1
}

var threatNouns = mustWordSet("threat_nouns")

// skipWhen steps over up to three words of a time adverbial at i: "warned
// (on Monday) that", "threatened (on Friday) to".
func (x *relater) skipWhen(i, limit int) int {
	for k := 0; k < 3 && i < limit && (timeWords[x.tok(i).Lower] || weekdayWord(x.tok(i).Lower) || x.isWord(i, "on")); k++ {
		i++
	}
	return i
}

var threatBreakers = mustWordSet("threat_breakers")

// threatInClause finds the one a warning is aimed at in its complement:
// "cautioned (Monday) that it would keep up heavy pressure on Freedonia"
// -> Freedonia.
func (x *relater) threatInClause(i, limit int) []*Entity {
	i = x.skipWhen(i, limit)
	if !x.isWord(i, "that") {
		return nil
	}
	for j := i + 1; j < limit && j < i+16; j++ {
		t := x.tok(j)
		if t.Text == "." || t.Text == ";" || threatBreakers[x.tok(j).Lower] {
			return nil
		}
		if !threatNouns[t.Lower] {
			continue
		}
		p := j + 1
		if x.tok(p).Text == "\"" {
			p++ // "maximum pressure" on
		}
		if x.isWord(p, "on", "against") {
			if k := x.mentionIdx(p + 1); k >= 0 && x.d.Mentions[k].Ent != nil {
				return []*Entity{x.d.Mentions[k].Ent}
			}
			return nil
		}
	}
	return nil
}
