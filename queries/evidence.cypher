// name: evidence
// answers: Which articles and sentences support the edges between two actors, in either direction?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// Links are every relationship type of the ontology but MENTIONS, read by type
// so that the MENTIONS of the actors' articles are not. Each edge's sampled
// articles are looked up on their own (a row per edge, never one per article
// grouped again by the edge's evidence).
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
WHERE toLower($a) IN p.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS q
WHERE toLower($b) IN q.name_keys
MATCH (p)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(q)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH DISTINCT startNode(r) AS x, r, endNode(r) AS y
CALL {
  WITH r
  OPTIONAL MATCH (art:Article) WHERE art.id IN r.articles
  WITH art ORDER BY art.id
  RETURN collect(art.id) AS articles, collect(art.title) AS titles
}
RETURN x.name AS subject, type(r) AS relation, y.name AS object, r.date AS date,
       r.modality AS modality, articles, titles, r.evidence AS evidence
ORDER BY date, relation, subject
