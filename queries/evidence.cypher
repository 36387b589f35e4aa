// name: evidence
// answers: Which articles and sentences support the edges between two actors, in either direction?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
WHERE toLower($a) IN p.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS q
WHERE toLower($b) IN q.name_keys
MATCH (p)-[r]-(q)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH DISTINCT startNode(r) AS x, r, endNode(r) AS y
OPTIONAL MATCH (art:Article) WHERE art.id IN r.articles
WITH x, r, y, art ORDER BY art.id
RETURN x.name AS subject, type(r) AS relation, y.name AS object, r.date AS date,
       r.modality AS modality, collect(art.id) AS articles, collect(art.title) AS titles,
       r.evidence AS evidence
ORDER BY date, relation, subject
