// name: meetings
// answers: Who met or spoke with whom between two dates, how many articles report it, and an example sentence?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: actor = (string) only meetings of this actor (name or alias, any case); empty for all
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND ($actor = ''
       OR any(n IN [a, b] WHERE toLower($actor) IN n.name_keys))
RETURN r.date AS date, a.name AS actor, type(r) AS relation, b.name AS other,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, actor, other
LIMIT $limit
