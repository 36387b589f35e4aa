package graph

import (
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

// The roll-up of a meeting's ends to their states (the canned query
// countries-met) starts from the first step of each end, which the meeting
// edge keeps: from_rollup and to_rollup hold, for its start and its end,
// "=" and the end's own id when the end is a Country (its own state), else
// the sorted ids of the nodes the end points to by OFFICIAL_OF or PART_OF,
// joined by single spaces (ids never hold one: schema.Slug), or "" when it
// points to none. The query groups the meetings by these two strings and
// takes the two further steps only for the few distinct groups; a string
// groups faster than a list.
//
// The copies stay exact because whoever changes them holds the lock of the
// end they describe: an edge statement write-locks both ends before it
// reads anything (edgeCypher), a meeting edge takes its ends' first steps
// after that, and an OFFICIAL_OF or PART_OF edge that is created or
// deleted rewrites the copies on every meeting of its start node (a
// Country's never change). Two transactions that write a meeting of a
// node and an edge from it both lock the node, so the later one reads what
// the earlier committed.

// rollupTypes are the relationship types whose edges keep their ends'
// roll-up strings.
var rollupTypes = []schema.RelType{schema.MetWith, schema.SpokeWith}

// stepTypes are the relationship types of a step of the roll-up.
var stepTypes = []schema.RelType{schema.OfficialOf, schema.PartOf}

// keepsRollup says whether edges of type t keep their ends' roll-up strings.
func keepsRollup(t schema.RelType) bool {
	for _, r := range rollupTypes {
		if r == t {
			return true
		}
	}
	return false
}

// isStep says whether an edge of type t is a step of the roll-up.
func isStep(t schema.RelType) bool { return t == schema.OfficialOf || t == schema.PartOf }

// typeExpr returns the relationship type expression T1|T2 of types.
func typeExpr(types []schema.RelType) string {
	var s []string
	for _, t := range types {
		s = append(s, string(t))
	}
	return strings.Join(s, "|")
}

// rollupCypher returns the expression of the roll-up string of node x:
// "=" and its id if it is a Country, else the sorted ids of the nodes it
// points to by a step type, joined by spaces.
func rollupCypher(x string) string {
	return `CASE WHEN ` + x + `:` + string(schema.Country) + ` THEN '=' + ` + x + `.id
         ELSE reduce(s = '', id IN ` + insertCypher("[]", "[("+x+")-[:"+typeExpr(stepTypes)+"]->(m) | m.id]") + ` |
                     CASE WHEN s = '' THEN id ELSE s + ' ' + id END) END`
}

// setRollupCypher returns the SET clause that gives meeting edge r the
// roll-up strings of its ends a and b (both locked before).
func setRollupCypher(r, a, b string) string {
	return `SET ` + r + `.from_rollup = ` + rollupCypher(a) + `,
    ` + r + `.to_rollup = ` + rollupCypher(b)
}

// refreshRollupCypher returns the unit subquery that, when changed is true,
// rewrites the roll-up string of a on every meeting edge of a, after
// a step edge from a was created or deleted. a is locked.
func refreshRollupCypher(a, changed string) string {
	meetings := typeExpr(rollupTypes)
	return `
CALL {
  WITH ` + a + `, ` + changed + `
  WITH ` + a + ` AS hx, ` + changed + ` AS changed WHERE changed AND NOT hx:` + string(schema.Country) + `
  WITH hx, ` + rollupCypher("hx") + ` AS up
  CALL {
    WITH hx, up
    MATCH (hx)-[e:` + meetings + `]->()
    SET e.from_rollup = up
  }
  CALL {
    WITH hx, up
    MATCH (hx)<-[e:` + meetings + `]-()
    SET e.to_rollup = up
  }
}`
}

// rollupBackfillCypher gives the meeting edges an older actorgraph wrote,
// and those neo4j-admin imported, the roll-up strings of their ends, a
// thousand per transaction, both ends locked first (as a writer does):
// run it in an auto-commit transaction.
func rollupBackfillCypher() string {
	return `MATCH ()-[r:` + typeExpr(rollupTypes) + `]->()
WHERE r.from_rollup IS NULL OR r.to_rollup IS NULL
CALL {
  WITH r
  WITH r, startNode(r) AS a, endNode(r) AS b
  SET a._lock = true, b._lock = true
  REMOVE a._lock, b._lock
  ` + setRollupCypher("r", "a", "b") + `
} IN TRANSACTIONS OF 1000 ROWS`
}
