// name: strikes
// answers: Which places were bombed or attacked, when, by whom, and with how many killed?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: place = (string) only strikes on this place (name or alias, any case); empty for all
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
MATCH (a)-[r:BOMBED|ATTACKED]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
OPTIONAL MATCH (loc:City|Region {id: r.location})
WITH a, r, b,
     CASE WHEN b:City OR b:Region OR b:Country THEN b ELSE loc END AS place
WHERE place IS NOT NULL
  AND ($place = ''
       OR toLower($place) IN place.name_keys)
RETURN r.date AS date, place.name AS place, a.name AS actor, type(r) AS relation,
       CASE WHEN b = place THEN null ELSE b.name END AS target,
       r.casualties AS casualties, r.modality AS modality, r.sources AS sources,
       r.evidence[0] AS example
ORDER BY date, place, actor
LIMIT $limit
