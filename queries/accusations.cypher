// name: accusations
// answers: Who accused or criticised whom, on what evidence and in which article?
// param: target = (string) only accusations against this actor (name or alias, any case); empty for all
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// A target is looked up by its name keys, then its accusers. Accusations are
// sorted by date first, so that only the first rows (ties included) are named
// and sorted by name.
CALL {
  MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
  WHERE $target = '' AND r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $target AS target WHERE target <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(target), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b WHERE toLower($target) IN b.name_keys
  MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
  WHERE r.date >= $from AND r.date <= $to
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS accuser, type(r) AS relation, b.name AS target,
       r.sources AS sources, r.evidence[0] AS evidence, r.articles[0] AS article
ORDER BY date, accuser, target
LIMIT $limit
