// name: countries-met
// answers: Which countries met or spoke with each other, rolling people and bodies up to their states?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
// via: the two actors of the row's first event (the first by name on a tie).
// An actor's states are the countries it reaches by OFFICIAL_OF and PART_OF
// in up to three steps (a country is its own state). Each meeting edge keeps
// the first step of its ends as a string (from_rollup, to_rollup: "=" and
// the id of an end that is a country, else the ids of the nodes the end
// points to by OFFICIAL_OF or PART_OF, joined by spaces), which the writer
// keeps up to date; an edge without them (loaded by an older actorgraph and
// not given them by schema apply) takes the step here (coalesce reads its
// second argument only for those). The events are
// grouped by these strings, which few groups share on a graph of many
// people: only those groups take the next two steps, and no pair of actors
// is grouped on its own. Each group counts once for each pair of distinct
// states. via is looked up, for the rows returned only, among the events of
// the row's first date (an index seek).
MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH r,
     coalesce(r.from_rollup, CASE WHEN a:Country THEN '=' + a.id
                    ELSE reduce(s = '', id IN [(a)-[:OFFICIAL_OF|PART_OF]->(m) | m.id] |
                                CASE WHEN s = '' THEN id ELSE s + ' ' + id END) END) AS ka,
     coalesce(r.to_rollup, CASE WHEN b:Country THEN '=' + b.id
                    ELSE reduce(s = '', id IN [(b)-[:OFFICIAL_OF|PART_OF]->(m) | m.id] |
                                CASE WHEN s = '' THEN id ELSE s + ' ' + id END) END) AS kb
WHERE ka <> '' AND kb <> ''
WITH ka, kb, count(r) AS events, min(r.date) AS first, max(r.date) AS last, max(r.sources) AS most,
     collect(r.articles) AS arts
WITH ka STARTS WITH '=' AS sa, split(CASE WHEN ka STARTS WITH '=' THEN substring(ka, 1) ELSE ka END, ' ') AS ha,
     kb STARTS WITH '=' AS sb, split(CASE WHEN kb STARTS WITH '=' THEN substring(kb, 1) ELSE kb END, ' ') AS hb,
     events, first, last, most, arts, [ka, kb] AS key
CALL {
  WITH sa, ha, sb, hb
  UNWIND ha AS id1
  CALL {
    WITH id1
    MATCH (m:Country {id: id1}) RETURN m
    UNION ALL WITH id1 MATCH (m:Organisation {id: id1}) RETURN m
    UNION ALL WITH id1 MATCH (m:Region {id: id1}) RETURN m
    UNION ALL WITH id1 MATCH (m:City {id: id1}) RETURN m
    UNION ALL WITH id1 MATCH (m:Person {id: id1}) RETURN m
  }
  WITH sa, sb, hb, m AS m1
  UNWIND CASE WHEN sa THEN [m1] ELSE [(m1)-[:OFFICIAL_OF|PART_OF*0..2]->(c:Country) | c] END AS c1
  UNWIND hb AS id2
  CALL {
    WITH id2
    MATCH (m:Country {id: id2}) RETURN m
    UNION ALL WITH id2 MATCH (m:Organisation {id: id2}) RETURN m
    UNION ALL WITH id2 MATCH (m:Region {id: id2}) RETURN m
    UNION ALL WITH id2 MATCH (m:City {id: id2}) RETURN m
    UNION ALL WITH id2 MATCH (m:Person {id: id2}) RETURN m
  }
  WITH c1, sb, m AS m2
  UNWIND CASE WHEN sb THEN [m2] ELSE [(m2)-[:OFFICIAL_OF|PART_OF*0..2]->(c:Country) | c] END AS c2
  WITH c1, c2 WHERE c1 <> c2
  RETURN DISTINCT CASE WHEN c1.name < c2.name THEN c1 ELSE c2 END AS x,
                  CASE WHEN c1.name < c2.name THEN c2 ELSE c1 END AS y
}
WITH x, y, sum(events) AS events, min(first) AS first, max(last) AS last, max(most) AS most, collect(arts) AS groups,
     collect(key) AS keys
WITH x.name AS country, y.name AS other, events, first, last, most, groups, keys
ORDER BY events DESC, country, other
LIMIT $limit
CALL {
  WITH first, keys
  MATCH (a)-[e:MET_WITH|SPOKE_WITH]->(b)
  WHERE e.date = first AND coalesce(e.modality, '') <> 'negated' AND e.sources >= $min_sources
  WITH a, b, [coalesce(e.from_rollup, CASE WHEN a:Country THEN '=' + a.id
                      ELSE reduce(s = '', id IN [(a)-[:OFFICIAL_OF|PART_OF]->(m) | m.id] |
                                  CASE WHEN s = '' THEN id ELSE s + ' ' + id END) END),
       coalesce(e.to_rollup, CASE WHEN b:Country THEN '=' + b.id
                      ELSE reduce(s = '', id IN [(b)-[:OFFICIAL_OF|PART_OF]->(m) | m.id] |
                                  CASE WHEN s = '' THEN id ELSE s + ' ' + id END) END)] AS key, keys
  WHERE key IN keys
  WITH a.name + ' - ' + b.name AS via
  ORDER BY via
  LIMIT 1
  RETURN via
}
WITH country, other, events, first, last, via, most,
     COUNT { UNWIND groups AS g UNWIND g AS list UNWIND list AS id RETURN DISTINCT id } AS counted
RETURN country, other, events, CASE WHEN counted > most THEN counted ELSE most END AS sources, first, last, via
ORDER BY events DESC, country, other
