// name: evidence
// answers: Which articles and sentences support the edges between two actors, in either direction?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
MATCH (x)-[r]->(y)
WHERE NOT x:Article AND NOT y:Article
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND ((toLower(x.name) = toLower($a) OR any(s IN coalesce(x.aliases, []) WHERE toLower(s) = toLower($a)))
        AND (toLower(y.name) = toLower($b) OR any(s IN coalesce(y.aliases, []) WHERE toLower(s) = toLower($b)))
    OR (toLower(x.name) = toLower($b) OR any(s IN coalesce(x.aliases, []) WHERE toLower(s) = toLower($b)))
        AND (toLower(y.name) = toLower($a) OR any(s IN coalesce(y.aliases, []) WHERE toLower(s) = toLower($a))))
OPTIONAL MATCH (art:Article) WHERE art.id IN r.articles
WITH x, r, y, art ORDER BY art.id
RETURN x.name AS subject, type(r) AS relation, y.name AS object, r.date AS date,
       r.modality AS modality, collect(art.id) AS articles, collect(art.title) AS titles,
       r.evidence AS evidence
ORDER BY date, relation, subject
