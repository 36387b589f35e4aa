// name: top-actors
// answers: Which actors take part in the most events, and with how many partners?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles per event
// param: limit = 20 (int 1..) most rows returned
// An actor's events are the events (every interaction type) it takes part
// in, from or to it, from $from to $to, not negated and with at least
// $min_sources articles; its partners, the distinct actors at their other
// ends. The counters every actor keeps (docs/graph-model.md, "Event
// counters") give the rows without reading every actor:
// - top: the actors with the most events of all time (event_total, read in
//   the index's order). An actor has no more events in the window than in
//   all; so when the $limit-th best of top in the window has more events
//   than any actor left out has in all, the rows are among top
//   (a threshold algorithm). Else every actor with more events of all
//   time than that $limit-th best is read through the same index, when
//   they are not too many; of those with as many (a tie, often a long
//   tail), only the first $limit in the order of the rows (most partners,
//   then name) that have all their events in the window's whole months,
//   through the event_rank indexes, and those with events in its cut
//   days (below).
// - an actor's events in the window: the months the window covers whole
//   added up from its counters, and the events of the days of its cut
//   first and last months, read through the date indexes (every actor
//   with such events is a candidate too). Its partners, for the best
//   ranked actors only: partner_total when all its events are in the
//   window; else, when it lists its partners (at most 100), those of the
//   cut days and each other partner checked for one event in the window;
//   else the ends of its events in the window, read from its edges.
// The events themselves are read, through the date indexes (the types are
// named, so that MENTIONS are not read), when the counters cannot answer
// (a graph no actor of which has event_total: run `actorgraph schema
// apply`), when the window covers no whole month or few events (at most
// 20,000 ends of events of top in its whole months), or when too many
// actors would have to be read. With min_sources above 1 (the counters
// count every event) the events with that many articles are read through
// the sources indexes, unless the window holds few events (as above: then
// through the date indexes).
CALL {
  RETURN NOT (
          EXISTS { MATCH (a:City) WHERE a.event_total > 0 } OR
          EXISTS { MATCH (a:Country) WHERE a.event_total > 0 } OR
          EXISTS { MATCH (a:Organisation) WHERE a.event_total > 0 } OR
          EXISTS { MATCH (a:Person) WHERE a.event_total > 0 } OR
          EXISTS { MATCH (a:Region) WHERE a.event_total > 0 }) AS old
}
// f0: the first day of the first month the window covers whole; t1: the
// day after the last such month (f0 >= t1: none). fm, tm: the same as
// YYYY-MM ('9999-13' past the year 9999).
WITH old, CASE WHEN $from.day = 1 THEN $from ELSE date.truncate('month', $from) + duration('P1M') END AS f0,
     date.truncate('month', $to + duration('P1D')) AS t1
WITH old, f0, t1, CASE WHEN f0.year > 9999 THEN '9999-13' ELSE substring(toString(f0), 0, 7) END AS fm,
     CASE WHEN t1.year > 9999 THEN '9999-13' ELSE substring(toString(t1), 0, 7) END AS tm,
     2 * $limit + 50 AS n
// top: the n actors with the most events of all time; u: the most events
// of an actor not in top (0: none left out)
CALL {
  WITH old, f0, t1
  WITH CASE WHEN old OR f0 >= t1 THEN null ELSE 0 END AS zero
  CALL {
    WITH zero MATCH (a:City) WHERE a.event_total > zero RETURN a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
    UNION ALL
    WITH zero MATCH (a:Country) WHERE a.event_total > zero RETURN a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
    UNION ALL
    WITH zero MATCH (a:Organisation) WHERE a.event_total > zero RETURN a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
    UNION ALL
    WITH zero MATCH (a:Person) WHERE a.event_total > zero RETURN a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
    UNION ALL
    WITH zero MATCH (a:Region) WHERE a.event_total > zero RETURN a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
  }
  WITH a ORDER BY a.event_total DESC LIMIT 2 * $limit + 51
  RETURN collect(a) AS top
}
WITH old, f0, t1, fm, tm, top[..n] AS top, CASE WHEN size(top) > n THEN top[n].event_total ELSE 0 END AS u
// lb: the $limit-th best events of top in the whole months of the window,
// no more than the $limit-th best events of all actors in the window
CALL {
  WITH top, fm, tm
  UNWIND top AS a
  WITH fm, tm, a.event_months AS ms, a.event_counts AS cs
  WITH reduce(s = 0, i IN range(0, size(ms) - 1) | s + CASE WHEN ms[i] >= fm AND ms[i] < tm THEN cs[i] ELSE 0 END) AS w
  ORDER BY w DESC
  RETURN collect(w) AS ws, sum(w) AS inwin
}
WITH old, f0, t1, fm, tm, top, u, inwin, CASE WHEN size(ws) >= $limit THEN ws[$limit - 1] ELSE 0 END AS lb
// inwin: the ends of events in the whole months of the window of the actors
// of top; when they are few, the window holds few events (top has the
// actors with the most), and reading them is the fastest way
WITH f0, t1, fm, tm, top, lb,
     CASE WHEN old OR f0 >= t1 OR inwin <= 20000 THEN 'events' WHEN $min_sources > 1 THEN 'sources' WHEN lb > u OR u = 0 THEN 'top' WHEN lb > 0 THEN 'total' ELSE 'events' END AS way0
// total: every actor with at least lb events of all time (more than lb
// when lb <= 200: those with lb come from the tie branch below), unless
// more than 40,000 (then the events are read)
CALL {
  WITH way0, lb
  WITH CASE WHEN way0 = 'total' THEN CASE WHEN lb <= 200 THEN lb + 1 ELSE lb END END AS least
  CALL {
    WITH least MATCH (a:City) WHERE a.event_total >= least RETURN a LIMIT 40001
    UNION ALL
    WITH least MATCH (a:Country) WHERE a.event_total >= least RETURN a LIMIT 40001
    UNION ALL
    WITH least MATCH (a:Organisation) WHERE a.event_total >= least RETURN a LIMIT 40001
    UNION ALL
    WITH least MATCH (a:Person) WHERE a.event_total >= least RETURN a LIMIT 40001
    UNION ALL
    WITH least MATCH (a:Region) WHERE a.event_total >= least RETURN a LIMIT 40001
  }
  RETURN count(a) > 40000 AS many
}
WITH f0, t1, fm, tm, top, lb, CASE WHEN way0 = 'total' AND many THEN 'events' ELSE way0 END AS way
CALL {
  WITH way
  WITH CASE WHEN way = 'events' THEN $from END AS from
  MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.date >= from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources + 0 >= $min_sources
  RETURN a, count(DISTINCT r) AS events, count(DISTINCT o) AS partners
UNION ALL
  // sources: the events with at least $min_sources articles, read through
  // the sources indexes (a closed range, else the planner reads every
  // actor; date() keeps the date indexes out of it)
  WITH way
  WITH CASE WHEN way = 'sources' THEN $min_sources END AS least
  MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.sources >= least AND r.sources <= 9223372036854775807
    AND date(r.date) >= $from AND date(r.date) <= $to
    AND coalesce(r.modality, '') <> 'negated'
  RETURN a, count(DISTINCT r) AS events, count(DISTINCT o) AS partners
UNION ALL
  WITH way, f0, t1, fm, tm, top, lb
  WITH way, f0, t1, fm, tm, top, lb,
       CASE WHEN way IN ['events', 'sources'] THEN [] WHEN f0 < t1 THEN [[$from, f0 - duration('P1D')], [t1, $to]] ELSE [[$from, $to]] END AS partial
  CALL {
    WITH way, top
    UNWIND CASE WHEN way = 'top' THEN top ELSE [] END AS a
    RETURN a, 0 AS part, [] AS met
  UNION ALL
    WITH way, lb
    WITH CASE WHEN way = 'total' THEN CASE WHEN lb <= 200 THEN lb + 1 ELSE lb END END AS least
    CALL {
      WITH least MATCH (a:City) WHERE a.event_total >= least RETURN a
      UNION ALL
      WITH least MATCH (a:Country) WHERE a.event_total >= least RETURN a
      UNION ALL
      WITH least MATCH (a:Organisation) WHERE a.event_total >= least RETURN a
      UNION ALL
      WITH least MATCH (a:Person) WHERE a.event_total >= least RETURN a
      UNION ALL
      WITH least MATCH (a:Region) WHERE a.event_total >= least RETURN a
    }
    RETURN a, 0 AS part, [] AS met
  UNION ALL
    // the tie: of the actors with exactly lb events of all time, only those
    // with all of them in the window can rank (with lb events and all their
    // partners), and of those only the first $limit in the order of the
    // rows (partners, then name). The index on (event_total, partner_total,
    // name) gives them in that order, one number of partners (at most lb)
    // at a time, so that a long tail of ties is not read: the first $limit
    // whose months are all whole months of the window; those with events
    // in its cut months are read by the next branch
    WITH way, lb, fm, tm
    WITH CASE WHEN way = 'total' AND lb <= 200 THEN lb END AS tie, fm, tm
    UNWIND CASE WHEN tie IS NULL THEN [] ELSE range(tie, 1, -1) END AS p
    CALL {
      WITH tie, p, fm, tm MATCH (a:City) WHERE a.event_total = tie AND a.partner_total = p AND a.name >= ''
        AND all(m IN a.event_months WHERE m >= fm AND m < tm)
      RETURN a ORDER BY a.event_total, a.partner_total, a.name LIMIT $limit
    UNION ALL
      WITH tie, p, fm, tm MATCH (a:Country) WHERE a.event_total = tie AND a.partner_total = p AND a.name >= ''
        AND all(m IN a.event_months WHERE m >= fm AND m < tm)
      RETURN a ORDER BY a.event_total, a.partner_total, a.name LIMIT $limit
    UNION ALL
      WITH tie, p, fm, tm MATCH (a:Organisation) WHERE a.event_total = tie AND a.partner_total = p AND a.name >= ''
        AND all(m IN a.event_months WHERE m >= fm AND m < tm)
      RETURN a ORDER BY a.event_total, a.partner_total, a.name LIMIT $limit
    UNION ALL
      WITH tie, p, fm, tm MATCH (a:Person) WHERE a.event_total = tie AND a.partner_total = p AND a.name >= ''
        AND all(m IN a.event_months WHERE m >= fm AND m < tm)
      RETURN a ORDER BY a.event_total, a.partner_total, a.name LIMIT $limit
    UNION ALL
      WITH tie, p, fm, tm MATCH (a:Region) WHERE a.event_total = tie AND a.partner_total = p AND a.name >= ''
        AND all(m IN a.event_months WHERE m >= fm AND m < tm)
      RETURN a ORDER BY a.event_total, a.partner_total, a.name LIMIT $limit
    }
    RETURN a, 0 AS part, [] AS met
  UNION ALL
    WITH partial
    UNWIND partial AS p
    MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
    WHERE r.date >= p[0] AND r.date <= p[1] AND coalesce(r.modality, '') <> 'negated'
    RETURN a, count(DISTINCT r) AS part, collect(DISTINCT o.id) AS met
  }
  WITH f0, t1, fm, tm, a, sum(part) AS part, reduce(m = [], x IN collect(met) | m + x) AS met
  WITH f0, t1, fm, tm, a, met, part, a.event_months AS ms, a.event_counts AS cs
  WITH f0, t1, a, met, part + reduce(s = 0, i IN range(0, size(ms) - 1) |
         s + CASE WHEN ms[i] >= fm AND ms[i] < tm THEN cs[i] ELSE 0 END) AS events
  WHERE events > 0
  WITH f0, t1, a, events, met ORDER BY events DESC
  WITH f0, t1, collect([a, events, met]) AS ranked
  WITH f0, t1, ranked, ranked[CASE WHEN size(ranked) < $limit THEN size(ranked) ELSE $limit END - 1][1] AS least
  UNWIND ranked AS x
  WITH f0, t1, x[0] AS a, x[1] AS events, x[2] AS met
  WHERE events >= least
  CALL {
    WITH f0, t1, a, events, met
    WITH f0, t1, a, met WHERE events <> a.event_total AND a.partner_ids IS NOT NULL
    UNWIND [p IN a.partner_ids WHERE NOT p IN met] AS pid
    CALL {
      WITH pid MATCH (b:City {id: pid}) RETURN b
      UNION WITH pid MATCH (b:Country {id: pid}) RETURN b
      UNION WITH pid MATCH (b:Organisation {id: pid}) RETURN b
      UNION WITH pid MATCH (b:Person {id: pid}) RETURN b
      UNION WITH pid MATCH (b:Region {id: pid}) RETURN b
    }
    WITH a, b, f0, t1 WHERE EXISTS {
      MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(b)
      WHERE r.date >= f0 AND r.date < t1 AND coalesce(r.modality, '') <> 'negated' }
    RETURN count(b) AS more
  }
  CALL {
    WITH a, events
    WITH a WHERE events <> a.event_total AND a.partner_ids IS NULL
    MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
    WHERE r.date >= $from AND r.date <= $to AND coalesce(r.modality, '') <> 'negated'
    RETURN count(DISTINCT o) AS reached
  }
  RETURN a, events, CASE WHEN events = a.event_total THEN coalesce(a.partner_total, size(a.partner_ids))
                         WHEN a.partner_ids IS NULL THEN reached ELSE size(met) + more END AS partners
}
RETURN a.name AS actor, [l IN labels(a) WHERE l <> 'Official'][0] AS label, events, partners
ORDER BY events DESC, partners DESC, actor
LIMIT $limit
