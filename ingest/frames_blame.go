package ingest

import "github.com/actorgraph/actorgraph/schema"

// harbouringState reads who is blamed for the fighters it hosts, after
// "blamed the attacks on" or "was orchestrated by": "militants based in
// Peru", "fighters present on Peruvian soil", "militants with bases in
// Peru" -> Peru.
func (x *relater) harbouringState(i, limit int) *Entity {
	j := i
	for j < limit && j < i+4 && !x.hostingAt(j) {
		if k := x.mentionIdx(j); x.tok(j).Kind != tokWord || k >= 0 && x.d.Mentions[k].Kind != mDescriptor {
			return nil // a named actor is blamed itself
		}
		j++
	}
	if !x.hostingAt(j) {
		return nil
	}
	if x.isWord(j, "with") {
		j++ // "with bases in"
	}
	if !x.isWord(j+1, "in", "on", "from", "inside") {
		return nil
	}
	k := x.mentionIdx(j + 2)
	if k < 0 {
		return nil
	}
	m := x.d.Mentions[k]
	if m.Ent.Label != schema.Country || m.Kind == mDemonym && !x.isWord(m.End, "soil", "territory") {
		return nil
	}
	return m.Ent
}

var havenNouns = mustWordSet("haven_nouns")

var hostedWords = mustWordSet("hosted_words")

// hostingAt reports whether the words at j say where fighters are hosted:
// "based", "present", "operating", "with bases", "with safe havens".
func (x *relater) hostingAt(j int) bool {
	return hostedWords[x.tok(j).Lower] ||
		x.isWord(j, "with") && havenNouns[x.tok(j+1).Lower]
}

var orchestratedRule = &Rule{ID: "accused/said-orchestrated-by", Type: schema.Accused, Speech: true}

var orchestrateVerbs = mustWordSet("orchestrate_verbs")

// orchestratedBy reads a claim that a deed was the work of fighters a
// state hosts, or of a named actor: "Chile repeated the charge that the
// ambush was planned by gunmen based in Peru", "X said the
// bombing was planned by Peru": the claimant accuses them.
func (x *relater) orchestratedBy() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 2; j+2 < s.End; j++ {
			if !orchestrateVerbs[x.tok(j).Lower] || !x.isWord(j+1, "by") || !beVerbs[x.tok(j-1).Lower] {
				continue
			}
			that, deed := j-2, false
			for that > s.Start && that > j-10 && !x.isWord(that, "that") && !speechVerbs[x.tok(that).Lower] {
				deed = deed || claimNouns[x.tok(that).Lower]
				that--
			}
			if !deed || !x.isWord(that, "that") && !speechVerbs[x.tok(that).Lower] {
				continue // "the summit was planned by X" is no charge
			}
			var accused []*Entity
			if k := x.mentionIdx(j + 2 + btoi(x.isWord(j+2, "the"))); k >= 0 && x.d.Mentions[k].Kind != mDescriptor {
				accused, _ = x.objects(j+2, s.End, []string{""}, false)
			} else if c := x.harbouringState(j+2, s.End); c != nil {
				accused = []*Entity{c}
			}
			claimants, _ := x.subjects(that, s.Start, false)
			if len(accused) == 0 || len(claimants) == 0 || x.anySide(accused, claimants[0]) {
				continue
			}
			ev := event{rule: orchestratedRule, start: j, end: j + 2, sent: si, agents: claimants, targets: accused}
			x.dateAsserted(&ev)
			x.claimDate(&ev, s.Start, that)
			x.events = append(x.events, ev)
		}
	}
}

// claimDate dates a charge by its claim, not by the deed it charges:
// "reiterated the claim that Tuesday's attack was ..." is dated by a date
// before "that" in tokens [from, that), else the publication date.
func (x *relater) claimDate(ev *event, from, that int) {
	if x.d.Published.IsZero() {
		return
	}
	for k := from; k < that; k++ {
		if _, ok := x.dateAt(k, ev); ok {
			return
		}
	}
	ev.date, ev.precision = x.d.Published.Format("2006-01-02"), schema.Day
}
