// name: path
// answers: How are two actors connected: the shortest chain of relationships between them?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: max_hops = 6 (int 1..15) longest chain searched
// param: min_sources = 1 (int 1..) least number of distinct supporting articles of every link
// Links are the relationships of the ontology other than MENTIONS, neither
// negated nor below min_sources: no chain goes through an Article. A
// breadth-first search from a, one layer of distinct actors at a time, finds
// the length of the shortest chains and the pairs of actors on them; then one
// event stands for each pair, type and direction of link, so the thousands
// of parallel events between two hubs are never multiplied into paths
// (allShortestPaths over [*..15] did, and when the shortest walks went
// through articles it searched every walk of up to 15 hops).
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
WITH x, y, reduce(st = {seen: [x], front: [x], pairs: [], found: false}, i IN range(1, $max_hops) |
  CASE WHEN st.found OR size(st.front) = 0 THEN st ELSE
    reduce(nx = st, links IN [COLLECT {
        UNWIND st.front AS f
        MATCH (f)-[:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(n)
        WITH DISTINCT f, n
        WHERE NOT n IN st.seen AND NOT n:Article
          AND EXISTS {
            MATCH (f)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(n)
            WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
          }
        RETURN [f, n]
      }] |
      reduce(nx2 = nx, next IN [COLLECT { UNWIND links AS l RETURN DISTINCT l[1] }] |
        {seen: st.seen + next, front: next, pairs: st.pairs + links, found: y IN next}))
  END) AS st
WHERE st.found
WITH x, y, reduce(on = [y], i IN range(1, $max_hops) | on + [l IN st.pairs WHERE l[1] IN on AND NOT l[0] IN on | l[0]]) AS on, st.pairs AS pairs
UNWIND [l IN pairs WHERE l[1] IN on] AS l
WITH x, y, l[0] AS f, l[1] AS n
MATCH (f)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(n)
WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH x, y, f, n, type(r) AS t, startNode(r) = f AS out, min(elementId(r)) AS rid
WITH x, y, collect(rid) AS reps, collect(elementId(f) + '>' + rid) AS steps
MATCH p = (x)((a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(b) WHERE elementId(r) IN reps AND elementId(a) + '>' + elementId(r) IN steps)+(y)
WITH p
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
