package ingest

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// islands names the islands the text describes as islands, with the
// place they lie in: "X, a remote atoll of Peru", "one of the islands of
// the archipelago, X,", "60 islands, the largest of which is X". A name no
// gazetteer knows becomes a region; its other mentions in the article are
// marked after.
func (r *recognizer) islands() {
	var found []*Entity
	for si, s := range r.d.Sentences {
		if s.Headline {
			continue
		}
		for h := s.Start; h < s.End; h++ {
			if !islandHeads[r.tok(h).Lower] && !placeNouns[r.tok(h).Lower] || r.tok(h).Cap {
				continue
			}
			if e := r.islandApposition(h, si); e != nil {
				found = append(found, e)
			} else if e := r.islandOfGroup(h, si); islandHeads[r.tok(h).Lower] && e != nil {
				found = append(found, e)
			}
		}
	}
	for _, e := range found {
		r.markIsland(e)
	}
}

// islandApposition reads "NAME, a [remote] island (in|of|off) PLACE" and
// "NAME, a town in [northern] PLACE" at the island or place noun h; "near
// PLACE" gives the state only.
func (r *recognizer) islandApposition(h, si int) *Entity {
	j := h - 1
	for n := 0; n < 3 && r.tok(j).Kind == tokWord && !r.tok(j).Cap && !articles[r.tok(j).Lower]; n++ {
		j--
	}
	if !r.isWord(j, "a", "an") || r.tok(j-1).Text != "," || !r.isWord(h+1, "in", "of", "off", "near") {
		return nil
	}
	at := h + 2
	if r.isWord(at, "the") {
		at++
	}
	if compassWords[r.tok(at).Lower] && !r.tok(at).Cap {
		at++ // "a town in northern Peru"
	}
	c := r.placeMentionAt(at, false)
	if c == nil {
		return nil
	}
	label := schema.City
	if islandHeads[r.tok(h).Lower] || regionNouns[r.tok(h).Lower] {
		label = schema.Region
	}
	if r.isWord(h+1, "near") {
		if c.ISO3 == "" {
			return nil
		}
		c = r.countryOf(c)
	}
	return r.islandNamed(j-1, si, c, label, "place/apposition")
}

// countryOf returns the state of place c, or c for a state.
func (r *recognizer) countryOf(c *Entity) *Entity {
	if c.Label == schema.Country {
		return c
	}
	if idx, ok := r.lex.byISO3[c.ISO3]; ok {
		return r.countryEntity(idx)
	}
	return c
}

// islandOfGroup reads "one of the islands (in|on|of) the archipelago,
// NAME," and "ISLANDS, the largest of which is NAME": the island lies in
// the group of islands named last.
func (r *recognizer) islandOfGroup(h, si int) *Entity {
	var nameAt int
	switch {
	case r.isWord(h-1, "the") && r.isWord(h-2, "of") && r.isWord(h-3, "one") && r.isWord(h+1, "in", "on", "of"):
		k := h + 2
		if r.isWord(k, "the") {
			k++
		}
		k++ // "archipelago", "chain" or the group's one-word name
		if r.tok(k).Text != "," {
			return nil
		}
		nameAt = k + 1
	case r.rankedAfter(h) > 0:
		nameAt = r.rankedAfter(h)
	default:
		return nil
	}
	group := r.lastIslandGroup(h)
	if group == nil {
		return nil
	}
	end := r.placeRun(nameAt, r.d.Sentences[si].End)
	if end == nameAt || !(r.tok(end).Text == "," || r.tok(end).Text == ".") {
		return nil
	}
	return r.islandAt(nameAt, end, si, group, schema.Region, "place/island-of-group")
}

// rankedAfter returns where the name starts in "ISLANDS [in PLACE], the
// largest of which is NAME" after the island noun h, or -1.
func (r *recognizer) rankedAfter(h int) int {
	c := h + 1
	for c < h+10 && r.tok(c).Text != "," {
		if r.tok(c).Kind == tokPunct {
			return -1
		}
		c++
	}
	if r.tok(c).Text == "," && r.isWord(c+1, "the") && islandRanks[r.tok(c+2).Lower] && r.isWord(c+3, "of") && r.isWord(c+4, "which") && r.isWord(c+5, "is") {
		return c + 6
	}
	return -1
}

// islandNamed returns the island whose name ends just before the comma
// at comma, in sentence si, lying in container c.
func (r *recognizer) islandNamed(comma, si int, c *Entity, label schema.Label, rule string) *Entity {
	if p := r.placeMentionAt(comma-1, true); p != nil {
		if p.Label == schema.Region && p.ISO3 == "" && p.Within == nil && c != p {
			r.placeIn(p, c)
		}
		return nil // already a place; its mentions are marked
	}
	start := comma
	for start > r.d.Sentences[si].Start && r.isCapWord(start-1) && !r.isTaken(start-1) && comma-start < 4 {
		start--
	}
	if start == comma || r.placeRun(start, comma) != comma {
		return nil
	}
	return r.islandAt(start, comma, si, c, label, rule)
}

// islandAt makes the island named by tokens [i, end) a region lying in
// c, unless the tokens are taken, and marks it.
func (r *recognizer) islandAt(i, end, si int, c *Entity, label schema.Label, rule string) *Entity {
	for k := i; k < end; k++ {
		if r.isTaken(k) {
			return nil
		}
	}
	name := r.text(i, end)
	id := schema.RegionID(schema.Slug(name), c.ISO3)
	if label == schema.City {
		id = schema.CityID(schema.Slug(name), c.ISO3)
	}
	e := r.d.addEntity(&Entity{ID: id, Label: label, Name: name})
	r.placeIn(e, c)
	r.places[strings.ToLower(name)] = e
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: e, Place: true, Rule: rule})
	return e
}

// placeIn puts place e in c: in its state, or within the area c.
func (r *recognizer) placeIn(e, c *Entity) {
	e.ISO3 = c.ISO3
	if c.Label != schema.Country {
		e.Within = c
	}
}

// placeMentionAt returns the place or state of the mention starting (or,
// with ending, ending) at token i, or nil.
func (r *recognizer) placeMentionAt(i int, ending bool) *Entity {
	for _, m := range r.d.Mentions {
		if ending && m.End == i+1 || !ending && m.Start == i {
			if e := m.Ent; e != nil && (e.Label == schema.Region || e.Label == schema.City || e.Label == schema.Country) {
				return e
			}
			return nil
		}
	}
	return nil
}

// lastIslandGroup returns the group of islands named last before token
// i: a region whose name ends in "Islands" or "Archipelago".
func (r *recognizer) lastIslandGroup(i int) *Entity {
	var best *Entity
	at := -1
	for _, m := range r.d.Mentions {
		if m.Start >= i || m.Start < at || m.Ent == nil || m.Ent.Label != schema.Region {
			continue
		}
		n := strings.ToLower(m.Ent.Name)
		if strings.HasSuffix(n, " islands") || strings.HasSuffix(n, " archipelago") || strings.HasSuffix(n, " isles") {
			best, at = m.Ent, m.Start
		}
	}
	return best
}

// markIsland marks the other mentions of island e, named anywhere in the
// body on tokens no mention holds.
func (r *recognizer) markIsland(e *Entity) {
	words := strings.Fields(e.Name)
	for si, s := range r.d.Sentences {
		if s.Headline {
			continue
		}
		for i := s.Start; i+len(words) <= s.End; i++ {
			if r.matchesFree(i, words) {
				r.mark(Mention{Start: i, End: i + len(words), Sent: si, Ent: e, Place: true, Rule: "place/seen"})
			}
		}
	}
}

// matchesFree reports whether the untaken tokens from i spell words.
func (r *recognizer) matchesFree(i int, words []string) bool {
	for k, w := range words {
		if r.isTaken(i+k) || r.tok(i+k).Text != w {
			return false
		}
	}
	return !r.isCapWord(i + len(words))
}
