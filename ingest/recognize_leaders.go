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

// affiliationEntity returns the state or body named by the affiliation
// [start, end) before a title: a gazetteer name, else an organisation's
// name no gazetteer holds ("Harbor Front commander NAME").
func (r *recognizer) affiliationEntity(start, end, limit int) *Entity {
	if sp, ok := r.affiliationBefore(start, limit); ok || end <= start {
		return r.entityOfSpan(sp)
	}
	if e, name := r.orgRun(start, end); e == end {
		return r.unknownOrg(name, start, end)
	}
	return nil
}

// bodyEndingAt returns where the name of an organisation that ends right
// before a title at j starts - capitalised words ending in a body's head
// ("Harbor Front", "Renewal Party") - or -1.
func (r *recognizer) bodyEndingAt(j int) int {
	if j < 1 || !r.isCapWord(j-1) || r.isTaken(j-1) || !r.endsBodyName(j-1, j-1) && !r.endsBodyName(j-2, j-1) {
		return -1
	}
	s := j - 1
	start := r.d.Sentences[r.d.sentOf[s]].Start
	for s-1 >= start && j-s < 6 && r.isCapWord(s-1) && !r.isTaken(s-1) && !articles[r.tok(s-1).Lower] {
		s--
	}
	if s == j-1 || r.isGazActorShallow(s) || r.isWord(s-1, "'s") {
		return -1 // one word, a state's or known body's name the gazetteer reads, or a possessed body ("Peru's X Commission")
	}
	if e, _ := r.orgRun(s, j); e != j {
		return -1
	}
	return s
}
