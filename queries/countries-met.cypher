// name: countries-met
// answers: Which countries met or spoke with each other, rolling people and bodies up to their states?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
// An actor's states are the countries it reaches by OFFICIAL_OF and PART_OF
// in up to three steps (a country is its own state). The events are grouped
// by the first step of each end (the nodes it points to by OFFICIAL_OF or
// PART_OF, or the country itself), which few groups share on a graph of many
// people: only those groups take the next two steps, and no pair of actors
// is grouped on its own. Each group counts once for each pair of distinct
// states; the articles are counted for the rows returned only.
MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
WITH a, b, r, a:Country AS sa, b:Country AS sb
WITH r, sa, CASE WHEN sa THEN [a] ELSE [(a)-[:OFFICIAL_OF|PART_OF]->(m) | m] END AS ha,
     sb, CASE WHEN sb THEN [b] ELSE [(b)-[:OFFICIAL_OF|PART_OF]->(m) | m] END AS hb,
     a.name + ' - ' + b.name AS via
WHERE size(ha) > 0 AND size(hb) > 0
WITH sa, ha, sb, hb, count(r) AS events, min(r.date) AS first, max(r.date) AS last, max(r.sources) AS most,
     min(via) AS via, collect(r.articles) AS arts
CALL {
  WITH sa, ha, sb, hb
  UNWIND ha AS m1
  UNWIND CASE WHEN sa THEN [m1] ELSE [(m1)-[:OFFICIAL_OF|PART_OF*0..2]->(c:Country) | c] END AS c1
  UNWIND hb AS m2
  UNWIND CASE WHEN sb THEN [m2] ELSE [(m2)-[:OFFICIAL_OF|PART_OF*0..2]->(c:Country) | c] END AS c2
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
     COUNT { UNWIND arts AS group UNWIND group AS list UNWIND list AS id RETURN DISTINCT id } AS counted
RETURN country, other, events, CASE WHEN counted > most THEN counted ELSE most END AS sources, first, last, via
ORDER BY events DESC, country, other
