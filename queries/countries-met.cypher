// name: countries-met
// answers: Which countries met or spoke with each other, rolling people and bodies up to their states?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH a, b, collect(r) AS rs, min(r.date) AS first, max(r.date) AS last, max(r.sources) AS most
WITH a, b, rs, first, last, most,
     CASE WHEN a:Country THEN [a] ELSE [(a)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS ca,
     CASE WHEN b:Country THEN [b] ELSE [(b)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS cb
UNWIND ca AS c1
UNWIND cb AS c2
WITH a, b, rs, first, last, most, c1, c2
WHERE c1 <> c2
WITH DISTINCT a, b, rs, first, last, most,
     CASE WHEN c1.name < c2.name THEN c1 ELSE c2 END AS x,
     CASE WHEN c1.name < c2.name THEN c2 ELSE c1 END AS y
WITH x, y, sum(size(rs)) AS events, min(first) AS first, max(last) AS last,
     min(a.name + ' - ' + b.name) AS via, max(most) AS most, collect(rs) AS rss
WITH x, y, events, first, last, via, most,
     COUNT { UNWIND rss AS rs UNWIND rs AS r UNWIND r.articles AS id RETURN DISTINCT id } AS counted
WITH x, y, events, first, last, via, CASE WHEN counted > most THEN counted ELSE most END AS sources
RETURN x.name AS country, y.name AS other, events, sources, first, last, via
ORDER BY events DESC, country, other
LIMIT $limit
