// name: neighbourhood
// answers: Whom did one actor deal with between two dates, and what roles and places tie it to others, drawn as a graph?
// returns: graph
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date; roles (no date) are always drawn
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most relationships drawn
// Links are every relationship type of the ontology but MENTIONS (no Article
// is read). Events are sorted by date first (roles, with no date, last), so that only
// the first rows (ties included) are sorted by name. Two ways to the same rows:
// - a hub's first events through the date indexes: the event counters
//   (docs/graph-model.md, exact for min_sources 1) of an actor with at
//   least 30 * $limit events give the days lo..hi that hold $limit of them,
//   so no later event and no role can be drawn; the events of every actor
//   on those days are read when they are fewer than 30 * $limit and than
//   the actor's own.
// - otherwise every link of the actor.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
// f0: the first day of the first month the window covers whole; t1: the day
// after the last such month; fm, tm the same as YYYY-MM ('9999-13' past the
// year 9999); pm: the month of $from.
WITH a, coalesce(a.event_months, []) AS ms, coalesce(a.event_counts, []) AS cs,
     CASE WHEN $from.day = 1 THEN $from ELSE date.truncate('month', $from) + duration('P1M') END AS f0,
     date.truncate('month', $to + duration('P1D')) AS t1
WITH a, ms, cs, substring(toString($from), 0, 7) AS pm,
     CASE WHEN f0.year > 9999 THEN '9999-13' ELSE substring(toString(f0), 0, 7) END AS fm,
     CASE WHEN t1.year > 9999 THEN '9999-13' ELSE substring(toString(t1), 0, 7) END AS tm
// cut: the first whole month by the end of which the whole months hold
// $limit events; first: the first month with an event from $from on.
WITH a, reduce(s = 0, c IN cs | s + c) AS events,
     reduce(acc = [0, null], i IN range(0, size(ms) - 1) |
       CASE WHEN acc[1] IS NOT NULL OR ms[i] < fm OR ms[i] >= tm THEN acc
            WHEN acc[0] + cs[i] >= $limit THEN [acc[0] + cs[i], ms[i]]
            ELSE [acc[0] + cs[i], null] END)[1] AS cut,
     [m IN ms WHERE m >= pm][0] AS first
WITH a, events, $min_sources = 1 AND cut IS NOT NULL AND events >= 30 * $limit AS hub, first, cut
WITH a, events, CASE WHEN hub THEN date(first + '-01') END AS lo,
     CASE WHEN hub THEN date(cut + '-01') + duration('P1M') - duration('P1D') END AS hi
WITH a, events, CASE WHEN lo < $from THEN $from ELSE lo END AS lo, hi
// day: the events of every actor from lo to hi, all of them when fewer than 30 * $limit
CALL {
  WITH lo, hi
  MATCH ()-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]->()
  WHERE r.date >= lo AND r.date <= hi
  WITH r LIMIT 30 * $limit
  RETURN collect(r) AS day
}
WITH a, day, hi IS NOT NULL AND size(day) < 30 * $limit AND size(day) < events AS seek
CALL {
  WITH a, day, seek
  WITH a, day WHERE seek
  UNWIND day AS r
  WITH a, r WHERE startNode(r) = a OR endNode(r) = a
  MATCH p = (a)-[r]-(o)
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  RETURN p, r, o
UNION ALL
  WITH a, seek
  WITH a WHERE NOT seek
  MATCH p = (a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
  RETURN p, r, o
}
WITH p, r, o ORDER BY r.date
RETURN p
ORDER BY r.date, type(r), o.name
LIMIT $limit
