package ingest

// personLedBy recognises the name after "led by" or "headed by" as a
// person when no other pattern did: "the Harbor Front, led by Karl Imre,
// attacked". A name that is an actor, or one word, is none.
func (r *recognizer) personLedBy(i, limit, si int) int {
	if !r.isWord(i-1, "by") || !r.isWord(i-2, "led", "headed") || r.isGazActor(i) {
		return i
	}
	end := r.nameRun(i, limit)
	if end-i < 2 || r.isPlaceName(i, end) || !(r.tok(end).Kind == tokPunct || r.isWord(end, "and", "who")) {
		return i
	}
	p := r.personEntity(r.text(i, end))
	r.mark(Mention{Start: i, End: end, Sent: si, Ent: p, Rule: "person/led-by"})
	return end
}
