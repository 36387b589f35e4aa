// name: accusations
// answers: Who accused or criticised whom, on what evidence and in which article?
// param: target = (string) only accusations against this actor (name or alias, any case); empty for all
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most rows returned
// A target is looked up by its name keys, then its accusers, one of two ways
// to the same rows:
// - the accusations of every actor in the dates, through the date indexes,
//   when the targets of the name take part in at least 1000 events (their
//   event counters, docs/graph-model.md) and the dates hold fewer than 3000
//   accusations and fewer than those events: a hub over a few days;
// - otherwise every accusation against the targets, filtered by date.
// Accusations are sorted by date first, so that only the first rows (ties
// included) are named and sorted by name.
CALL {
  WITH $target AS target WHERE target = ''
  MATCH (a)-[r:ACCUSED|CRITICIZED]->(b)
  WHERE r.date >= $from AND r.date <= $to
  RETURN r
  UNION ALL
  WITH $target AS target WHERE target <> ''
  CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower(target), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b WHERE toLower($target) IN b.name_keys
  WITH collect(b) AS bs, sum(coalesce(b.event_total, 0)) AS events
  CALL {
    WITH events
    WITH CASE WHEN events >= 1000 THEN $from END AS lo
    MATCH ()-[r:ACCUSED|CRITICIZED]->()
    WHERE r.date >= lo AND r.date <= $to
    WITH r LIMIT 3000
    RETURN collect(r) AS day
  }
  WITH bs, day, events >= 1000 AND size(day) < 3000 AND size(day) < events AS seek
  CALL {
    WITH bs, day, seek
    WITH bs, day WHERE seek
    UNWIND day AS r
    WITH r WHERE endNode(r) IN bs
    RETURN r
  UNION ALL
    WITH bs, seek
    WITH bs WHERE NOT seek
    UNWIND bs AS b
    MATCH ()-[r:ACCUSED|CRITICIZED]->(b)
    WHERE r.date >= $from AND r.date <= $to
    RETURN r
  }
  RETURN r
}
WITH r WHERE coalesce(r.modality, '') <> 'negated' AND r.sources >= $min_sources
WITH r ORDER BY r.date
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN r.date AS date, a.name AS accuser, type(r) AS relation, b.name AS target,
       r.sources AS sources, r.evidence[0] AS evidence, r.articles[0] AS article
ORDER BY date, accuser, target
LIMIT $limit
