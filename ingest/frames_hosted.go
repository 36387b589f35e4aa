package ingest

import "github.com/actorgraph/actorgraph/schema"

var hostedRule = &Rule{ID: "met-with/host-country", Type: schema.MetWith}

var hostForms = mustWordSet("host_forms")

var gatheringWords = mustWordSet("gathering_words")

// hostedGathering gives a host with no one met the actors of the meeting it
// hosts: "Peru hosted a summit of the Andean bloc", "will host a meeting
// with Chile and Bolivia" -> Peru MET_WITH them.
func (x *relater) hostedGathering(ev *event, s Sentence) {
	if len(ev.targets) > 0 || len(ev.agents) == 0 || !hostForms[x.tok(ev.start).Lower] {
		return
	}
	j := ev.end
	for j < s.End && j < ev.end+5 && x.mentionIdx(j) < 0 && !meetingWords[x.tok(j).Lower] && !prepositions[x.tok(j).Lower] &&
		(x.tok(j).Kind == tokWord && !x.tok(j).Cap || x.tok(j).Text == "-" || x.tok(j).Kind == tokNumber) { // "a two-day summit of"
		j++
	}
	if !meetingWords[x.tok(j).Lower] || x.isWord(j, "it") || !x.isWord(j+1, "of", "with", "between", "among") {
		return
	}
	targets, _ := x.objects(j+2, s.End, []string{""}, false)
	var out []*Entity
	for _, t := range targets {
		if !x.anySide([]*Entity{t}, ev.agents[0]) && t.Label != schema.City && t.Label != schema.Region {
			out = append(out, t)
		}
	}
	ev.targets = out
}

// hostCountries reads "as host country Peru outlined its agenda" in a
// sentence that tells a gathering of a body ("ministers of the Andean bloc
// gathered in Lima"): the host met the body.
func (x *relater) hostCountries() {
	for si, s := range x.d.Sentences {
		for j := s.Start; j+2 < s.End; j++ {
			if !x.isWord(j, "host") || !x.isWord(j+1, "country", "nation", "state") {
				continue
			}
			k := x.mentionIdx(j + 2)
			if k < 0 || x.d.Mentions[k].Ent.Label != schema.Country || !x.tellsGathering(s) {
				continue
			}
			host := x.d.Mentions[k].Ent
			for _, m := range x.d.Mentions {
				if m.Sent != si || m.Ent == nil || m.Ent.Label != schema.Organisation || m.Ent.Kind != "igo" || x.oneSide(m.Ent, host) {
					continue
				}
				ev := event{rule: hostedRule, start: j, end: j + 3, sent: si, agents: []*Entity{host}, targets: []*Entity{m.Ent}}
				x.dateOwn(&ev)
				x.plannedIfLater(&ev)
				x.events = append(x.events, ev)
				break
			}
		}
	}
}

// tellsGathering reports whether sentence s tells that people gathered or
// met: "gathered", "convened", "summit".
func (x *relater) tellsGathering(s Sentence) bool {
	for j := s.Start; j < s.End; j++ {
		if gatheringWords[x.tok(j).Lower] {
			return true
		}
	}
	return false
}
