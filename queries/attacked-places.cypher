// name: attacked-places
// answers: Which places were attacked, bombed, besieged or captured, where are they (lat, lon), how often, when and by whom?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles per event
// param: limit = 1000 (int 1..) most rows returned
// One row per place, ready for a map: `--format csv` gives lat and lon columns
// (empty for countries and for places without coordinates).
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
MATCH (a)-[r:ATTACKED|BOMBED|BESIEGED|CAPTURED]->(b)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
OPTIONAL MATCH (loc:City|Region {id: r.location})
WITH a, r, CASE WHEN b:City OR b:Region OR b:Country THEN b ELSE loc END AS place
WHERE place IS NOT NULL
WITH a, r, place ORDER BY a.name, type(r) DESC
WITH place, count(DISTINCT r) AS events, min(r.date) AS first, max(r.date) AS last,
     collect(DISTINCT a.name) AS attackers, collect(DISTINCT type(r)) AS relations,
     sum(coalesce(r.casualties, 0)) AS killed, collect(r) AS rs, max(r.sources) AS most
WITH place, events, first, last, attackers, relations, killed, most,
     COUNT { UNWIND rs AS r UNWIND r.articles AS id RETURN DISTINCT id } AS counted
RETURN place.name AS place, place.id AS id, coalesce(place.country, place.iso3) AS country,
       place.location.latitude AS lat, place.location.longitude AS lon,
       events, first, last, attackers, relations, killed,
       CASE WHEN counted > most THEN counted ELSE most END AS sources
ORDER BY events DESC, place
LIMIT $limit
