// name: officials
// answers: Who holds a role in a state or organisation (or in one of its bodies), with which titles, and when were they first and last seen in that role?
// param: of (string) the state's or organisation's name or alias, any case
// param: min_sources = 1 (int 1..) least number of distinct articles naming the role
// param: limit = 200 (int 1..) most rows returned
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($of), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
WHERE toLower($of) IN o.name_keys
MATCH (p)-[r:OFFICIAL_OF]->(body)-[:PART_OF*0..3]->(o)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
OPTIONAL MATCH (art:Article) WHERE art.id IN r.articles
WITH o, p, r, body, min(art.published) AS first, max(art.published) AS last
RETURN p.name AS official, coalesce(r.titles, []) AS titles,
       CASE WHEN body = o THEN null ELSE body.name END AS body,
       first AS first_seen, last AS last_seen, r.sources AS sources, r.evidence[0] AS example
ORDER BY last_seen DESC, official
LIMIT $limit
