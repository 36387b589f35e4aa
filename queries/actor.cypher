// name: actor
// answers: What did one actor do, and what was done to it (events and roles), newest first?
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date; roles (no date) are always shown
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
// Links are every relationship type of the ontology but MENTIONS (no Article
// is read). Events are sorted by date first (latest first; roles, with no date, before
// them), so that only the first rows (ties included) are named and sorted.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
MATCH (a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
WITH a, r ORDER BY r.date DESC
RETURN a.name AS actor,
       CASE WHEN startNode(r) = a THEN 'did' ELSE 'done to it' END AS direction,
       startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.date AS date, r.title AS title, r.modality AS modality, r.sources AS sources,
       r.evidence[0] AS example
ORDER BY date DESC, relation, subject, object
LIMIT $limit
