// name: path
// answers: How are two actors connected: the shortest chain of relationships between them?
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
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops,
       reduce(s = ns[0].name, i IN range(0, size(rs) - 1) |
         s + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> '
                  ELSE ' <-[' + type(rs[i]) + ']- ' END + ns[i + 1].name) AS chain
ORDER BY hops, chain
LIMIT 1
