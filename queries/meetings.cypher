// name: meetings
// answers: Who met or spoke with whom between two dates, how many articles report it, and an example sentence?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: actor = (string) only meetings of this actor (name or alias, any case); empty for all
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// An actor is looked up by its name keys, then its meetings. Meetings are
// sorted by date first, so that only the first rows (ties included) are named
// and sorted by name.
CALL {
  MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
  WHERE $actor = '' AND r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $actor AS actor WHERE actor <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(actor), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
  WITH n WHERE toLower($actor) IN n.name_keys
  MATCH (n)-[r:MET_WITH|SPOKE_WITH]-()
  WHERE r.date >= $from AND r.date <= $to
  WITH DISTINCT r
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS actor, type(r) AS relation, b.name AS other,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, actor, other
LIMIT $limit
