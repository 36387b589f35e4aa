// name: path
// answers: How are two actors connected: the shortest chain of relationships between them?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: max_hops = 6 (int 1..15) longest chain searched
// param: min_sources = 1 (int 1..) least number of distinct supporting articles of every link
// Links are the relationships of the ontology other than MENTIONS, neither
// negated nor below min_sources: no chain goes through an Article (only
// MENTIONS ends at one). The search reads at most about 100,000
// relationships (estimated, as below, before each layer): when growing
// either side would pass that without the two sides meeting, it stops
// and there is no row, as when there is no chain within max_hops (two
// large components apart, or a chain past the bound: a higher min_sources
// searches fewer links). Else it ends when one side has no new actor
// (every actor it reaches read). The
// search is that of chain (a bidirectional breadth-first search that keeps
// the links of each layer once per pair, type and direction, never a list
// of all actors seen); the answer is the first of chain's rows: of the
// shortest chains, the one first by its actors' names, then types and
// directions.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
WITH x, y, reduce(st = {a: [[x]], b: [[y]], la: [], lb: [], meet: [], read: 0, cut: false}, i IN range(1, $max_hops) |
  CASE WHEN size(st.meet) > 0 OR size(last(st.a)) = 0 OR size(last(st.b)) = 0 OR st.cut THEN st ELSE
    reduce(nx0 = st, est IN [[size(last(st.a)) * reduce(d = 0, n IN last(st.a)[..20] | d + COUNT { (n)-[:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-() }) / size(last(st.a)[..20]),
                             size(last(st.b)) * reduce(d = 0, n IN last(st.b)[..20] | d + COUNT { (n)-[:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-() }) / size(last(st.b)[..20])]] |
    CASE WHEN st.read + CASE WHEN est[0] <= est[1] THEN est[0] ELSE est[1] END > 100000 THEN st {.*, cut: true} ELSE
    reduce(nx = st {.*, read: st.read + CASE WHEN est[0] <= est[1] THEN est[0] ELSE est[1] END}, side IN [CASE WHEN est[0] <= est[1] THEN 'a' ELSE 'b' END] |
      reduce(nx2 = nx, links IN [COLLECT {
          WITH st[side] AS ls
          WITH last(ls) AS front, CASE WHEN size(ls) > 1 THEN ls[-2] ELSE [] END AS back
          UNWIND front AS f
          MATCH (f)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(n)
          WHERE NOT n IN front AND NOT n IN back
            AND coalesce(r.modality, '') <> 'negated' AND ($min_sources = 1 OR r.sources >= $min_sources)
          RETURN DISTINCT [f, n, type(r), startNode(r) = f] AS l }] |
        reduce(nx3 = nx2, next IN [COLLECT { UNWIND links AS l RETURN DISTINCT l[1] }] |
          reduce(nx4 = nx3, meet IN [[n IN next WHERE n IN last(st[CASE side WHEN 'a' THEN 'b' ELSE 'a' END])]] |
            CASE side
              WHEN 'a' THEN nx {.*, a: st.a + [next], la: st.la + [links], meet: meet}
              ELSE nx {.*, b: st.b + [next], lb: st.lb + [links], meet: meet}
            END))))
    END)
  END) AS st
WHERE size(st.meet) > 0
// the links of the shortest chains, layer by layer from x: back from the
// meeting actors to x, and on to y (the links found from y turned round)
WITH x, y, st.meet AS meet, st.la AS la, [k IN reverse(st.lb) | [l IN k | [l[1], l[0], l[2], NOT l[3]]]] AS lb
WITH x, y, size(la) + size(lb) AS hops,
  reduce(bk = [[v IN meet | [v]]], k IN reverse(la) | reduce(bk2 = bk, on IN [[s IN head(bk) | s[0]]] | [[l IN k WHERE l[1] IN on]] + bk2))[..-1] +
  reduce(fw = [[v IN meet | [v, v]]], k IN lb | reduce(fw2 = fw, on IN [[s IN last(fw) | s[1]]] | fw2 + [[l IN k WHERE l[0] IN on]]))[1..] AS steps
// the first chains in order of their actors' names, then types and
// directions: one layer at a time, only the prefixes with the smallest
// names are kept (each prefix leads on to y)
WITH x, y, hops, reduce(ps = [{nodes: [x], names: [x.name], types: [], outs: []}], i IN range(0, hops - 1) |
    reduce(acc = ps, ext IN [COLLECT {
        WITH [p IN ps | last(p.nodes)] AS lasts
        UNWIND steps[i] AS s
        WITH s WHERE s[0] IN lasts
        UNWIND ps AS p
        WITH p, s WHERE last(p.nodes) = s[0]
        WITH {nodes: p.nodes + [s[1]], names: p.names + [s[1].name], types: p.types + [s[2]], outs: p.outs + [s[3]]} AS e
        RETURN e ORDER BY e.names, e.types, e.outs }] |
      [e IN ext WHERE e.names <= ext[0].names])) AS chains
WITH head(chains) AS c
RETURN size(c.types) AS hops,
       reduce(s = c.names[0], i IN range(0, size(c.types) - 1) |
         s + CASE WHEN c.outs[i] THEN ' -[' + c.types[i] + ']-> ' ELSE ' <-[' + c.types[i] + ']- ' END + c.names[i + 1]) AS chain
