package ingest

// copulaAntecedent reads the antecedent of a relative pronoun at token k
// whose noun is the predicate of a copula: "the Ardent Front is an armed
// group that is designated ..." -> the Ardent Front. Between the pronoun
// and "a"/"an" after the copula only words of a noun phrase may stand
// (no name, preposition or verb "to be"). It returns the entity of the copula's subject, or nil.
func (x *relater) copulaAntecedent(k, sentStart int) *Entity {
	if !x.isWord(k, "that", "which", "who") {
		return nil
	}
	j := k - 1
	for ; j > sentStart && j > k-7; j-- {
		t := x.tok(j)
		if x.isWord(j, "a", "an") {
			break
		}
		if t.Kind != tokWord || x.mentionIdx(j) >= 0 || beVerbs[t.Lower] || prepositions[t.Lower] {
			return nil
		}
	}
	if !x.isWord(j, "a", "an") || j == k-1 || !x.isWord(j-1, "is", "was", "remains", "remained") {
		return nil
	}
	m := x.mentionIdx(j - 2)
	if m < 0 || x.d.Mentions[m].End != j-1 || x.d.Mentions[m].Place {
		return nil
	}
	return x.d.Mentions[m].Ent
}

// copulaSubject returns the copula's subject as the subject of the clause
// that the relative pronoun at k opens before token i: "X is a group that
// attacked Y" -> X; nil and -1 when there is none.
func (x *relater) copulaSubject(k, i, sentStart int) ([]*Entity, int) {
	if x.mentionIdx(i) >= 0 {
		return nil, -1
	}
	if e := x.copulaAntecedent(k, sentStart); e != nil {
		return []*Entity{e}, k
	}
	return nil, -1
}
