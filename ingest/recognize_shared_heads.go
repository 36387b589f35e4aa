package ingest

// listSharedHead reads a list of country adjectives that share one head
// noun, from the comma at token j after the first: "Chilean, Peruvian and
// Bolivian envoys" -> "envoys". Between the comma and the head only
// capitalised words, commas and one "and" or "or" may stand; "" when the
// run ends otherwise.
func (r *recognizer) listSharedHead(j, limit int) string {
	sawAnd := false
	for k := j; k < limit && k < j+12; k++ {
		t := r.tok(k)
		switch {
		case t.Text == ",":
		case r.isWord(k, "and", "or"):
			if sawAnd || !r.tok(k+1).Cap {
				return ""
			}
			sawAnd = true
		case t.Kind == tokWord && t.Cap:
		case genericHeads[t.Lower] && sawAnd && r.tok(k-1).Cap:
			return t.Lower
		default:
			return ""
		}
	}
	return ""
}
