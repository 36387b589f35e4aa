package ingest

import "github.com/actorgraph/actorgraph/schema"

var placeLinks = mustWordSet("place_links")

// placePrefixes drops a gazetteer town or region that is only the first
// word of a longer place name the gazetteer does not hold: in "Ardan des
// Prés" the town is not Ardan, wherever the gazetteer puts that.
func (r *recognizer) placePrefixes() {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == nil || m.Kind != mName || m.Ent.Label != schema.City && m.Ent.Label != schema.Region {
			continue
		}
		if placeLinks[r.tok(m.End).Lower] && !r.tok(m.End).Cap && r.tok(m.End+1).Cap && r.tok(m.End+1).Kind == tokWord && !r.isTaken(m.End+1) {
			m.Ent = nil
		}
	}
}

// vesselNames drops the place or person a ship is named after: after a
// prefix such as "INS" or "USS" in capitals, "the INS Ardan" is a vessel.
func (r *recognizer) vesselNames() {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == nil || m.Kind != mName || m.Start == 0 {
			continue
		}
		if p := r.tok(m.Start - 1); shipPrefixes[p.Lower] && isAllCaps(p.Text) && m.Ent.Label != schema.Organisation && m.Ent.Label != schema.Country {
			m.Ent = nil
		}
	}
}

// orgTails drops a gazetteer organisation matched at the tail of a longer
// capitalised name it does not hold: in "the National Harbor Party" the
// alias "Harbor Party" of another country's party is not meant.
func (r *recognizer) orgTails() {
	for k := range r.d.Mentions {
		m := &r.d.Mentions[k]
		if m.Ent == nil || m.Kind != mName || m.Ent.Label != schema.Organisation || m.Start == 0 {
			continue
		}
		s := r.d.Sentences[r.d.sentOf[m.Start]]
		p := r.tok(m.Start - 1)
		if s.Headline || m.Start-1 <= s.Start || p.Kind != tokWord || !p.Cap || sentenceOpeners[p.Lower] || isWeekdayWord(p.Lower) || months[p.Lower] > 0 || r.isTaken(m.Start-1) ||
			titleHeads[p.Lower] || portfolioWords[p.Lower] || isAllCaps(p.Text) {
			continue
		}
		m.Ent = nil
	}
}

func isWeekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}
