package ingest

import "github.com/actorgraph/actorgraph/schema"

// Rejections of a proposal told just before: "Sylvania proposed a truce,
// but Freedonia rejected it", "Sylvania offered a loan. Freedonia turned
// down the offer", "the Sylvanian side proposed a price floor, but the
// Freedonian side refused." The one who proposed, asked or invited in the
// sentence or the one before is the one rejected.

var (
	proposalVerbs = mustWordSet("proposal_verbs")
	refusalVerbs  = mustWordSet("refusal_verbs")
)

// isRejectVerb reports whether token j is a verb of denial or refusal.
func (x *relater) isRejectVerb(j int) bool {
	w := x.tok(j).Lower
	return denyVerbs[w] || refusalVerbs[w]
}

// bareRejection reads a verb of rejection with no claim noun after it:
// "rejected it." or a bare "refused." It returns "bare" and where the
// object ends, or "" when the verb has another object.
func (x *relater) bareRejection(j, limit int) (string, int) {
	end := j + 1
	if x.isWord(end, "it") {
		end++
	} else if !refusalVerbs[x.tok(j).Lower] {
		return "", j
	}
	if end < limit && x.tok(end).Kind != tokPunct {
		return "", j
	}
	if end < limit && (x.tok(end).Text == "-" || x.tok(end).Lower == "'s") {
		return "", j
	}
	return "bare", end
}

// proposer returns the actor who proposed, offered, asked or invited last
// before token j, in its sentence or the one before, when it is not on
// self's side: the one a bare rejection or an unowned "the offer" answers.
func (x *relater) proposer(si, j int, self *Entity) []*Entity {
	for p := si; p >= 0 && p >= si-1; p-- {
		s := x.d.Sentences[p]
		end := s.End
		if p == si {
			end = j
		}
		for k := end - 1; k > s.Start; k-- {
			if x.isWord(k, "forward") && x.isWord(k-1, "put", "puts", "putting") {
				k-- // "put forward a plan"
			} else if !proposalVerbs[x.tok(k).Lower] || x.mentionIdx(k) >= 0 {
				continue
			}
			agents, _ := x.subjects(k, s.Start, false)
			if len(agents) == 0 {
				return nil // the latest proposal has no actor: no guess
			}
			if x.anySide(agents, self) || agents[0].Label == schema.City || agents[0].Label == schema.Region {
				return nil
			}
			return agents
		}
	}
	return nil
}
