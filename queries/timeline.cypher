// name: timeline
// answers: What did one actor, its officials and its bodies do, and what was done to them, in date order?
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most rows returned
// Events are the interactions of the ontology (each has its CAMEO root), read
// by type so that the MENTIONS of articles are not. They are sorted by date first, so that only
// those of the earliest dates (ties included) are named and sorted by name.
// The members are the actor and whoever reaches it by OFFICIAL_OF or PART_OF
// in up to three steps; via names the member at an end of the event (its
// subject first) when the actor itself is at neither. Two ways to the same rows:
// - a hub's first events through the date indexes: the actor's own event
//   counters (docs/graph-model.md, exact for min_sources 1), when they count
//   at least 30 * $limit events, give the last day hi by which $limit of
//   them fall, so no later event can be listed; the events of every actor
//   from $from to hi are read when they are fewer than 30 * $limit and than
//   a quarter of the actor's own (each end is checked for membership, which
//   costs more than reading the actor's events).
// - otherwise every event of every member.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
// f0: the first day of the first month the window covers whole; t1: the day
// after the last such month; fm, tm the same as YYYY-MM ('9999-13' past the
// year 9999).
WITH a, coalesce(a.event_months, []) AS ms, coalesce(a.event_counts, []) AS cs,
     CASE WHEN $from.day = 1 THEN $from ELSE date.truncate('month', $from) + duration('P1M') END AS f0,
     date.truncate('month', $to + duration('P1D')) AS t1
WITH a, ms, cs,
     CASE WHEN f0.year > 9999 THEN '9999-13' ELSE substring(toString(f0), 0, 7) END AS fm,
     CASE WHEN t1.year > 9999 THEN '9999-13' ELSE substring(toString(t1), 0, 7) END AS tm
// cut: the first whole month by the end of which the whole months hold
// $limit events of the actor itself (its members' events may come before
// its first: they are read from $from on).
WITH a, reduce(s = 0, c IN cs | s + c) AS events,
     reduce(acc = [0, null], i IN range(0, size(ms) - 1) |
       CASE WHEN acc[1] IS NOT NULL OR ms[i] < fm OR ms[i] >= tm THEN acc
            WHEN acc[0] + cs[i] >= $limit THEN [acc[0] + cs[i], ms[i]]
            ELSE [acc[0] + cs[i], null] END)[1] AS cut
WITH a, events, $min_sources = 1 AND cut IS NOT NULL AND events >= 30 * $limit AS hub, cut
WITH a, events, CASE WHEN hub THEN $from END AS lo,
     CASE WHEN hub THEN date(cut + '-01') + duration('P1M') - duration('P1D') END AS hi
// day: the events of every actor from $from to hi, all of them when fewer than 30 * $limit
CALL {
  WITH lo, hi
  MATCH ()-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]->()
  WHERE r.date >= lo AND r.date <= hi
  WITH r LIMIT 30 * $limit
  RETURN collect(r) AS day
}
WITH a, day, hi IS NOT NULL AND size(day) < 30 * $limit AND 4 * size(day) < events AS seek
CALL {
  WITH a, day, seek
  WITH a, day WHERE seek
  UNWIND day AS r
  WITH a, r WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND any(x IN [startNode(r), endNode(r)] WHERE x = a OR EXISTS { (x)-[:OFFICIAL_OF|PART_OF*1..3]->(a) })
  RETURN r
UNION ALL
  WITH a, seek
  WITH a WHERE NOT seek
  MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(a)
  WITH a, collect(DISTINCT m) AS members
  UNWIND members AS m
  MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.date >= $from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND (NOT o IN members OR elementId(m) <= elementId(o))
  RETURN r
}
WITH a, r ORDER BY r.date
WITH a, r, startNode(r) AS s, endNode(r) AS e
RETURN r.date AS date, coalesce(r.date_precision, 'day') AS precision,
       s.name AS subject, type(r) AS relation, e.name AS object,
       CASE WHEN s = a OR e = a THEN null WHEN EXISTS { (s)-[:OFFICIAL_OF|PART_OF*1..3]->(a) } THEN s.name ELSE e.name END AS via,
       r.modality AS modality, r.sources AS sources, r.evidence[0] AS example
ORDER BY date, relation, subject, object
LIMIT $limit
