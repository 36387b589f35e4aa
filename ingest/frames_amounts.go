package ingest

// pastAmount returns where the phrase of an amount before the nominal at i
// starts, or i when there is none: "received $5 billion in military aid
// from X" reads as "received aid from X".
func (x *relater) pastAmount(i, from int) int {
	j := i - 1
	for j > from && isModifierWord(x.tok(j).Lower) && !x.isWord(j, "in", "of") {
		j--
	}
	if !x.isWord(j, "in", "of", "worth") || j <= from || !amountWord(x.tok(j-1)) {
		return i
	}
	for j-1 > from && amountWord(x.tok(j-1)) {
		j--
	}
	return j
}
