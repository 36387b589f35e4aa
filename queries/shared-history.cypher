// name: shared-history
// answers: What passed between two actors, their officials and their bodies included, drawn as a graph with the roles that tie each event to them?
// returns: graph
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most events drawn
// Events are the interactions of the ontology (each has its CAMEO root), read
// by type so that the MENTIONS of the actors' articles are not.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
MATCH p = (x)<-[:OFFICIAL_OF|PART_OF*0..3]-(x2)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(y2)-[:OFFICIAL_OF|PART_OF*0..3]->(y)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN p
ORDER BY r.date, length(p), type(r)
LIMIT $limit
