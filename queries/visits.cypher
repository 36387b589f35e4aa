// name: visits
// answers: Who visited a place (or a place inside it), when, for whom, and on what evidence?
// param: place = (string) only visits to this place or a place inside it (name or alias, any case); empty for all
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
MATCH (a)-[r:VISITED]->(p)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND ($place = ''
       OR any(x IN [p] + [(p)-[:LOCATED_IN*1..3]->(q) | q]
              WHERE toLower($place) IN x.name_keys))
RETURN r.date AS date, coalesce(r.date_precision, 'day') AS precision, a.name AS visitor,
       [(a)-[:OFFICIAL_OF]->(s) | s.name] AS official_of, p.name AS place,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, visitor, place
LIMIT $limit
