// name: top-actors
// answers: Which actors take part in the most events, and with how many partners?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles per event
// param: limit = 20 (int 1..) most rows returned
MATCH (a)-[r]-(o)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN a.name AS actor, [l IN labels(a) WHERE l <> 'Official'][0] AS label,
       count(DISTINCT r) AS events, count(DISTINCT o) AS partners
ORDER BY events DESC, partners DESC, actor
LIMIT $limit
