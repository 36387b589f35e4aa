package ingest

import "strings"

var requestVerbs = mustWordSet("request_verbs")

var cessationVerbs = mustWordSet("cessation_verbs")

var requestClauseStops = mustWordSet("request_clause_stops")

// isRequested reports whether the trigger at i is the deed that a request
// asks of someone: "urged Peru to attack X", "called on Peru to stop
// bombing X", "invited Peru to visit X". The request is the event (URGED,
// read from its own verb); the deed asked for has not happened, and its
// agent is the one asked, not the subject the verb finders would give it.
// A command ("ordered its troops to attack") is not a request: it may have
// been carried out.
func (x *relater) isRequested(i int) bool {
	j := i - 1
	if strings.HasSuffix(x.tok(i).Lower, "ing") && cessationVerbs[x.tok(j).Lower] {
		j-- // "to stop bombing", "to end attacking"
	}
	if !x.isWord(j, "to") {
		return false
	}
	for b := j - 1; b >= j-9 && b >= 0; b-- {
		t := x.tok(b)
		if requestVerbs[t.Lower] {
			return true
		}
		if (t.Lower == "on" || t.Lower == "upon") && strings.HasPrefix(x.tok(b-1).Lower, "call") {
			return true // "called on X to", "calling upon X to"
		}
		if t.Kind == tokPunct && t.Text != "-" && t.Text != "'" || requestClauseStops[t.Lower] {
			return false // "asked why Peru decided to attack X"
		}
	}
	return false
}
