package ingest

import "github.com/actorgraph/actorgraph/schema"

// placeApposition reports whether the comma at j, in the object of a rule
// that takes places, sets a place name after a definite place noun: "a
// visit to the capital, Lima", "shelled the port city, Tarsa". The comma
// of a list ("the capital, Lima and Cusco") is the same one.
func (x *relater) placeApposition(j int, places bool) bool {
	if !places || !placeNouns[x.tok(j-1).Lower] || !x.isWord(j-2, "the") && !x.isWord(j-3, "the") {
		return false
	}
	k := x.mentionIdx(j + 1)
	if k < 0 {
		return false
	}
	m := x.d.Mentions[k]
	return m.Start == j+1 && m.Ent != nil && (m.Ent.Label == schema.City || m.Ent.Label == schema.Region)
}
