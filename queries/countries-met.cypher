// name: countries-met
// answers: Which countries met or spoke with each other, rolling people and bodies up to their states?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
// The events of a pair of actors are summed first, then the pairs of actors
// with the same states, before their pairs of states are formed; the
// articles are counted for the rows returned only.
MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH a, b, count(r) AS events, min(r.date) AS first, max(r.date) AS last, max(r.sources) AS most, collect(r.articles) AS arts
WITH a, b, events, first, last, most, arts,
     CASE WHEN a:Country THEN [a] ELSE [(a)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS ca,
     CASE WHEN b:Country THEN [b] ELSE [(b)-[:OFFICIAL_OF|PART_OF*1..3]->(c:Country) | c] END AS cb
WHERE size(ca) > 0 AND size(cb) > 0
WITH ca, cb, sum(events) AS events, min(first) AS first, max(last) AS last, max(most) AS most,
     min(a.name + ' - ' + b.name) AS via, collect(arts) AS arts
CALL {
  WITH ca, cb
  UNWIND ca AS c1
  UNWIND cb AS c2
  WITH c1, c2 WHERE c1 <> c2
  RETURN DISTINCT CASE WHEN c1.name < c2.name THEN c1 ELSE c2 END AS x,
                  CASE WHEN c1.name < c2.name THEN c2 ELSE c1 END AS y
}
WITH x, y, sum(events) AS events, min(first) AS first, max(last) AS last, min(via) AS via, max(most) AS most,
     collect(arts) AS arts
WITH x, y, x.name AS country, y.name AS other, events, first, last, via, most, arts
ORDER BY events DESC, country, other
LIMIT $limit
WITH country, other, events, first, last, via, most,
     COUNT { UNWIND arts AS group UNWIND group AS pair UNWIND pair AS list UNWIND list AS id RETURN DISTINCT id } AS counted
RETURN country, other, events, CASE WHEN counted > most THEN counted ELSE most END AS sources, first, last, via
ORDER BY events DESC, country, other
