// name: meetings
// answers: Who met or spoke with whom between two dates, how many articles report it, and an example sentence?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: actor = (string) only meetings of this actor (name or alias, any case); empty for all
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// An actor is looked up by its name keys, then its meetings, one of two ways
// to the same rows:
// - the meetings of every actor in the dates, through the date indexes,
//   when the actors of the name take part in at least 1000 events (their
//   event counters, docs/graph-model.md) and the dates hold fewer than 3000
//   meetings and fewer than those events: a hub over a few days;
// - otherwise every meeting of the actors, filtered by date.
// Meetings are sorted by date first, so that only the first rows (ties
// included) are named and sorted by name.
CALL {
  WITH $actor AS actor WHERE actor = ''
  MATCH (a)-[r:MET_WITH|SPOKE_WITH]->(b)
  WHERE r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $actor AS actor WHERE actor <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(actor), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
  WITH n WHERE toLower($actor) IN n.name_keys
  WITH collect(n) AS ns, sum(coalesce(n.event_total, 0)) AS events
  CALL {
    WITH events
    WITH CASE WHEN events >= 1000 THEN $from END AS lo
    MATCH ()-[r:MET_WITH|SPOKE_WITH]->()
    WHERE r.date >= lo AND r.date <= $to
    WITH r LIMIT 3000
    RETURN collect(r) AS day
  }
  WITH ns, day, events >= 1000 AND size(day) < 3000 AND size(day) < events AS seek
  CALL {
    WITH ns, day, seek
    WITH ns, day WHERE seek
    UNWIND day AS r
    WITH r WHERE startNode(r) IN ns OR endNode(r) IN ns
    RETURN r
  UNION ALL
    WITH ns, seek
    WITH ns WHERE NOT seek
    UNWIND ns AS n
    MATCH (n)-[r:MET_WITH|SPOKE_WITH]-()
    WHERE r.date >= $from AND r.date <= $to
    WITH DISTINCT r
    RETURN r
  }
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS actor, type(r) AS relation, b.name AS other,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, actor, other
LIMIT $limit
