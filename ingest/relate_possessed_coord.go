package ingest

import "strings"

// possessedCoordinated reports whether the possessor's forces named from
// end are the subject of a first verb coordinated with the trigger by
// "and": "Chile's army freed 20 hostages and killed 30 fighters" -> Chile
// killed. The first verb is a past form right after the head noun; no
// clause break, relative word or second "and" stands before the trigger.
func (x *relater) possessedCoordinated(end, trigger int) bool {
	and := trigger - 1
	for and > end && coordAdverbs[x.tok(and).Lower] {
		and-- // "and then killed"
	}
	if trigger > end+14 || !x.isWord(and, "and") || !genericHeads[x.tok(end).Lower] || possessedNonActors[x.tok(end).Lower] {
		return false
	}
	v := x.tok(end + 1)
	if v.Cap || !(strings.HasSuffix(v.Lower, "ed") || irregularPast(v.Lower)) {
		return false
	}
	for j := end + 2; j < and; j++ {
		t := x.tok(j)
		if clauseStops[t.Text] || x.isWord(j, "and", "that", "which", "who", "while", "but", "after", "before", "when") {
			return false
		}
	}
	return true
}
