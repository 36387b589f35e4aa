// name: accusations
// answers: Who accused or criticised whom, on what evidence and in which article?
// param: target = (string) only accusations against this actor (name or alias, any case); empty for all
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND ($target = ''
       OR toLower($target) IN b.name_keys)
RETURN r.date AS date, a.name AS accuser, type(r) AS relation, b.name AS target,
       r.sources AS sources, r.evidence[0] AS evidence, r.articles[0] AS article
ORDER BY date, accuser, target
LIMIT $limit
