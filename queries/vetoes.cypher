// name: vetoes
// answers: Who vetoed whose measure (or in which forum), when, and on what evidence?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
MATCH (a)-[r:VETOED]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN r.date AS date, a.name AS vetoer, b.name AS target, r.modality AS modality,
       r.sources AS sources, r.evidence[0] AS evidence, r.articles[0] AS article
ORDER BY date, vetoer, target
LIMIT $limit
