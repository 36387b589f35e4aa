// name: timeline
// answers: What did one actor, its officials and its bodies do, and what was done to them, in date order?
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
// Events are the interactions of the ontology (each has its CAMEO root), read
// by type so that the MENTIONS of articles are not. They are sorted by date first, so that only
// those of the earliest dates (ties included) are named and sorted by name.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(a)
WITH a, collect(DISTINCT m) AS members
UNWIND members AS m
MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (NOT o IN members OR elementId(m) <= elementId(o))
WITH a, members, r ORDER BY r.date
WITH a, r, [m IN members WHERE m = startNode(r) OR m = endNode(r)] AS ends
RETURN r.date AS date, coalesce(r.date_precision, 'day') AS precision,
       startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       CASE WHEN a IN ends THEN null ELSE ends[0].name END AS via,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, relation, subject, object
LIMIT $limit
