package ingest

import "strings"

// Trade measures read as sanctions: who imposes tariffs and whose goods
// they fall on.

var tradeVerbs = mustWordSet("trade_verbs")

var tradeGoods = mustWordSet("trade_goods")

var tradeTargetStops = mustWordSet("trade_target_stops")

var tradeAgentStops = mustWordSet("trade_agent_stops")

// tradeFrame reads tariffs: the agent imposes them ("Canada levied
// tariffs"), the target owns the goods ("on U.S. exports", "on steel from
// Canada").
func (x *relater) tradeFrame(ev *event, s Sentence) {
	if len(ev.agents) == 0 {
		for j := ev.start - 1; j >= s.Start && j >= ev.start-5; j-- {
			if tradeAgentStops[x.tok(j).Lower] {
				break // "kept quiet about the tariffs": the measure is no object of the verb
			}
			if !tradeVerbs[x.tok(j).Lower] {
				continue
			}
			// a gerund has the subject of its clause only after "by" or "be":
			// "retaliated by announcing tariffs", not ", along with doubling"
			if !strings.HasSuffix(x.tok(j).Lower, "ing") || x.isWord(j-1, "by") || beVerbs[x.tok(j-1).Lower] {
				ev.agents, _ = x.subjects(j+1, s.Start, false)
			}
			break
		}
	}
	on := ev.end
	if len(ev.targets) == 0 && x.isWord(on, "in") && x.isWord(on+1, "place") && x.isWord(on+2, "on", "against") {
		on += 2 // "kept the tariffs in place on Peru and Chile"
		ev.targets, _ = x.objects(on, s.End, []string{"on", "against"}, false)
	}
	if len(ev.targets) > 0 || !x.isWord(on, "on", "against") {
		return
	}
	for j := on + 1; j < s.End && j < on+14; j++ {
		t := x.tok(j)
		if clauseStops[t.Text] || t.Text == "." || tradeTargetStops[x.tok(j).Lower] {
			return
		}
		mi := x.mentionIdx(j)
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		// "U.S. exports", "Canada's steel", "U.S.-made cars", "steel from Canada"
		goodsAfter := tradeGoods[x.tok(m.End).Lower] || x.isWord(m.End, "'s") && tradeGoods[x.tok(m.End+1).Lower]
		if x.isWord(m.End, "-") {
			for k := m.End + 1; k < m.End+4 && k < s.End && !goodsAfter; k++ {
				goodsAfter = tradeGoods[x.tok(k).Lower]
			}
		}
		if goodsAfter || x.isWord(j-1, "from") && tradeGoods[x.tok(j-2).Lower] {
			ev.targets = []*Entity{m.Ent}
			return
		}
		// "on Canadian and Mexican exports": a list of owners before the goods
		if x.isWord(m.End, "and", ",") {
			if n := x.mentionIdx(m.End + 1); n >= 0 && tradeGoods[x.tok(x.d.Mentions[n].End).Lower] {
				ev.targets = []*Entity{m.Ent, x.d.Mentions[n].Ent}
				return
			}
		}
		j = m.End - 1
	}
}
