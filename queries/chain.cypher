// name: chain
// answers: Through whom and what are two actors connected: the shortest chain of relationships, drawn as a graph?
// returns: graph
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: max_hops = 6 (int 1..15) longest chain searched
// param: min_sources = 1 (int 1..) least number of distinct supporting articles of every link
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
MATCH p = allShortestPaths((x)-[*..15]-(y))
WHERE length(p) <= $max_hops
  AND none(n IN nodes(p) WHERE n:Article)
  AND all(r IN relationships(p) WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources)
RETURN p
ORDER BY length(p), [n IN nodes(p) | n.name], [r IN relationships(p) | type(r)]
LIMIT 25
