// name: actor
// answers: What did one actor do, and what was done to it (events and roles), newest first?
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date; roles (no date) are always shown
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
// Links are every relationship type of the ontology but MENTIONS (no Article
// is read). Two ways to the same rows:
// - the events of every actor in the dates, through the date indexes, and
//   the actor's roles, when the actor takes part in at least 1000 events
//   (its event counters, docs/graph-model.md) and the dates hold fewer than
//   3000 events (each costs an index entry, a link of the actor several
//   reads): a hub over a few days;
// - otherwise every link of the actor, filtered by date.
// Events are sorted by date first (latest first; roles, with no date, before
// them), so that only the first rows (ties included) are named and sorted.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
WITH a, coalesce(a.event_total, 0) AS events
CALL {
  WITH events
  WITH CASE WHEN events >= 1000 THEN $from END AS lo
  MATCH ()-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]->()
  WHERE r.date >= lo AND r.date <= $to
  WITH r LIMIT 3000
  RETURN collect(r) AS day
}
WITH a, day, events >= 1000 AND size(day) < 3000 AS seek
// A self-loop is a link of the actor twice (MATCH (a)-[r]-()), either way.
CALL {
  WITH a, day, seek
  WITH a, day WHERE seek
  UNWIND day AS r
  WITH a, r WHERE startNode(r) = a OR endNode(r) = a
  MATCH (a)-[r]-()
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  RETURN r, r.date AS date
UNION ALL
  WITH a, seek
  WITH a WHERE seek
  MATCH (a)-[r:BASED_IN|LOCATED_IN|MEMBER_OF|OFFICIAL_OF|PART_OF]-()
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
  RETURN r, r.date AS date
UNION ALL
  WITH a, seek
  WITH a WHERE NOT seek
  MATCH (a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-()
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
  RETURN r, r.date AS date
}
WITH a, r, date ORDER BY date DESC
RETURN a.name AS actor,
       CASE WHEN startNode(r) = a THEN 'did' ELSE 'done to it' END AS direction,
       startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       date, r.title AS title, r.modality AS modality, r.sources AS sources,
       r.evidence[0] AS example
ORDER BY date DESC, relation, subject, object
LIMIT $limit
