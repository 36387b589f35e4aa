// name: strikes
// answers: Which places were bombed or attacked, when, by whom, and with how many killed?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: place = (string) only strikes on this place (name or alias, any case); empty for all
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// The place of a strike is its target when that is a city, region or
// country, else the city or region of its location. A place is looked up by
// its name keys, then its strikes, one of two ways to the same rows:
// - the strikes of every place in the dates, through the date indexes, when
//   the places take part in at least 1000 events (their event counters,
//   docs/graph-model.md) and the dates hold fewer than 3000 strikes and
//   fewer than those events: a hub over a few days;
// - otherwise the strikes on the places and those located in them (the
//   location indexes), filtered by date.
CALL {
  WITH $place AS given WHERE given = ''
  MATCH (a)-[r:BOMBED|ATTACKED]->(b)
  WHERE r.date >= $from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  WITH a, r, b ORDER BY r.date
  OPTIONAL MATCH (loc:City|Region {id: r.location})
  WITH a, r, b,
       CASE WHEN b:City OR b:Region OR b:Country THEN b ELSE loc END AS place
  WHERE place IS NOT NULL
  RETURN r.date AS date, place.name AS place, a.name AS actor, type(r) AS relation,
         CASE WHEN b = place THEN null ELSE b.name END AS target,
         r.casualties AS casualties, r.modality AS modality, r.sources AS sources,
         r.evidence[0] AS example
  ORDER BY date, place, actor
  LIMIT $limit
UNION ALL
  WITH $place AS given WHERE given <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(given), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
  WITH p WHERE toLower($place) IN p.name_keys AND (p:City OR p:Region OR p:Country)
  WITH collect(p) AS ps, sum(coalesce(p.event_total, 0)) AS events
  CALL {
    WITH events
    WITH CASE WHEN events >= 1000 THEN $from END AS lo
    MATCH ()-[r:BOMBED|ATTACKED]->()
    WHERE r.date >= lo AND r.date <= $to
    WITH r LIMIT 3000
    RETURN collect(r) AS day
  }
  WITH ps, day, events >= 1000 AND size(day) < 3000 AND size(day) < events AS seek
  CALL {
    WITH ps, day, seek
    WITH ps, day WHERE seek
    UNWIND day AS r
    WITH r WHERE endNode(r) IN ps OR r.location IN [p IN ps WHERE p:City OR p:Region | p.id]
    RETURN r
  UNION ALL
    WITH ps, seek
    WITH ps WHERE NOT seek
    CALL {
      WITH ps
      UNWIND ps AS p
      MATCH ()-[r:BOMBED|ATTACKED]->(p)
      RETURN r
    UNION
      WITH ps
      UNWIND [p IN ps WHERE p:City OR p:Region | p.id] AS id
      MATCH ()-[r:BOMBED]->()
      WHERE r.location = id
      RETURN r
    UNION
      WITH ps
      UNWIND [p IN ps WHERE p:City OR p:Region | p.id] AS id
      MATCH ()-[r:ATTACKED]->()
      WHERE r.location = id
      RETURN r
    }
    WITH r WHERE r.date >= $from AND r.date <= $to
    RETURN r
  }
  WITH startNode(r) AS a, r, endNode(r) AS b
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  OPTIONAL MATCH (loc:City|Region {id: r.location})
  WITH a, r, b,
       CASE WHEN b:City OR b:Region OR b:Country THEN b ELSE loc END AS place
  WHERE place IS NOT NULL
    AND toLower($place) IN place.name_keys
  RETURN r.date AS date, place.name AS place, a.name AS actor, type(r) AS relation,
         CASE WHEN b = place THEN null ELSE b.name END AS target,
         r.casualties AS casualties, r.modality AS modality, r.sources AS sources,
         r.evidence[0] AS example
}
RETURN date, place, actor, relation, target, casualties, modality, sources, example
ORDER BY date, place, actor
LIMIT $limit
