// name: visits
// answers: Who visited a place (or a place inside it), when, for whom, and on what evidence?
// param: place = (string) only visits to this place or a place inside it (name or alias, any case); empty for all
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
// A place is looked up by its name keys, then its visits and those of the
// places inside it (up to three LOCATED_IN steps), one of two ways to the
// same rows:
// - the visits of every place in the dates, through the date index, each
//   kept if its place is or lies in the named one, when the named places
//   take part in at least 1000 events (their event counters,
//   docs/graph-model.md) and the dates hold fewer than 3000 visits and
//   fewer than those events: a hub over a few days;
// - otherwise every visit of the places inside the named ones, filtered by
//   date.
CALL {
  WITH $place AS place WHERE place = ''
  MATCH (a)-[r:VISITED]->(p)
  WHERE r.date >= $from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  WITH r, a, p ORDER BY r.date, a.name, p.name LIMIT $limit
  RETURN r
  UNION ALL
  WITH $place AS place WHERE place <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(place), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS q
  WITH q WHERE toLower($place) IN q.name_keys
  WITH collect(q) AS qs, sum(coalesce(q.event_total, 0)) AS events
  CALL {
    WITH events
    WITH CASE WHEN events >= 1000 THEN $from END AS lo
    MATCH ()-[r:VISITED]->()
    WHERE r.date >= lo AND r.date <= $to
    WITH r LIMIT 3000
    RETURN collect(r) AS day
  }
  WITH qs, day, events >= 1000 AND size(day) < 3000 AND size(day) < events AS seek
  CALL {
    WITH qs, day, seek
    WITH qs, day WHERE seek
    UNWIND day AS r
    WITH qs, r, endNode(r) AS p
    WHERE p IN qs OR EXISTS { MATCH (p)-[:LOCATED_IN*1..3]->(q) WHERE q IN qs }
    RETURN r
  UNION ALL
    WITH qs, seek
    WITH qs WHERE NOT seek
    UNWIND qs AS q
    MATCH (p)-[:LOCATED_IN*0..3]->(q)
    WITH DISTINCT p
    MATCH ()-[r:VISITED]->(p)
    WHERE r.date >= $from AND r.date <= $to
    RETURN r
  }
  RETURN r
}
WITH r, startNode(r) AS a, endNode(r) AS p
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN r.date AS date, coalesce(r.date_precision, 'day') AS precision, a.name AS visitor,
       [(a)-[:OFFICIAL_OF]->(s) | s.name] AS official_of, p.name AS place,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, visitor, place
LIMIT $limit
