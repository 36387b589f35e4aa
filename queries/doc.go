// Package queries holds the canned Cypher queries of actorgraph, one per
// embedded .cypher file, and runs them.
//
// Each file opens with a header of line comments:
//
//	// name: meetings
//	// answers: Who met or spoke with whom between two dates ...?
//	// param: from = 1900-01-01 (date) earliest event date
//	// param: actor = (string) only this actor; empty for all
//	// param: name (string) the actor's name or alias
//	// param: limit = 100 (int 1..) most rows returned
//	// param: max_hops = 6 (int 1..15) longest chain searched
//	// returns: graph
//
// A param line gives the parameter's name, its default after "=" (a param
// without "=" is required), its type in parentheses (string, int, float or
// date; an int or float may carry its inclusive range, "1..15", or only a
// least or greatest value, "1..", "..15") and a description. Every int and
// float declares at least its least value, so that Bind refuses a negative
// limit or a 99-hop path before any database is asked. `returns: graph` marks a query whose rows hold
// paths, nodes or relationships to draw (in Neo4j Browser, or to export as a
// subgraph); the others return rows of values. Every query takes a
// min_sources filter and never shows a negated event as having happened.
//
// Run types the caller's string values by the header, fills in the
// defaults, runs the query with readers routing on the named database, and
// returns plain Go values: dates as YYYY-MM-DD strings, nodes as their
// names, paths as readable chains.
//
// The package has no mutable state and is safe for concurrent use.
package queries
