// name: top-actors
// answers: Which actors take part in the most events, and with how many partners?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles per event
// param: limit = 20 (int 1..) most rows returned
// An actor's events are the events (every interaction type) it takes part
// in, from or to it, from $from to $to, not negated and with at least
// $min_sources articles; its partners, the distinct actors at their other
// ends. Two ways to the same rows:
// - the counters every actor keeps (docs/graph-model.md, "Event
//   counters"): events by month and by partner, kept exact by the loader.
//   The months the window covers whole are added up from them; the days
//   of the window's partial first and last months are read through the
//   date indexes. An actor all of whose events fall in the window has all
//   its partners in it; for the others among the best ranked, each partner
//   is checked for one event in the window. Neither MENTIONS nor the
//   events of the covered months are read.
// - the events themselves, read through the date indexes (the types are
//   named, so that MENTIONS are not read), when the counters cannot answer
//   (min_sources above 1: they count every event; an actor of an older
//   load without counters) or when the window holds few events (fewer
//   than 40,000 ends of events by the counters).
CALL {
  MATCH (a:City|Country|Organisation|Person|Region)
  WITH a, coalesce(a.event_months, []) AS ms, a.event_counts AS cs,
       substring(toString($from), 0, 7) AS fm, substring(toString($to), 0, 7) AS tm
  RETURN $min_sources > 1 OR
         sum(reduce(s = 0, i IN range(0, size(ms) - 1) |
             s + CASE WHEN ms[i] >= fm AND ms[i] <= tm THEN cs[i] ELSE 0 END)) <= 40000 OR
         count(CASE WHEN a.event_months IS NULL AND EXISTS {
                 MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-()
                 WHERE coalesce(r.modality, '') <> 'negated' } THEN 1 END) > 0 AS scan
}
CALL {
  // from: null unless the events are read (the index seeks read nothing)
  WITH scan
  WITH CASE WHEN scan THEN $from END AS from
  MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.date >= from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
  RETURN a, count(DISTINCT r) AS events, count(DISTINCT o) AS partners
UNION ALL
  WITH scan
  // f0: the first day of the first month the window covers whole; t1: the
  // day after the last such month (f0 >= t1: none).
  WITH CASE WHEN $from.day = 1 THEN $from ELSE date.truncate('month', $from) + duration('P1M') END AS f0,
       date.truncate('month', $to + duration('P1D')) AS t1, scan
  // fm, tm: the same as YYYY-MM ('9999-13' past the year 9999)
  WITH scan, f0, t1, CASE WHEN f0.year > 9999 THEN '9999-13' ELSE substring(toString(f0), 0, 7) END AS fm,
       CASE WHEN t1.year > 9999 THEN '9999-13' ELSE substring(toString(t1), 0, 7) END AS tm,
       CASE WHEN scan THEN [] WHEN f0 < t1 THEN [[$from, f0 - duration('P1D')], [t1, $to]] ELSE [[$from, $to]] END AS partial
  CALL {
    WITH scan, fm, tm
    MATCH (a:City|Country|Organisation|Person|Region) WHERE a.event_months IS NOT NULL AND NOT scan
    WITH a, fm, tm, a.event_months AS ms, a.event_counts AS cs
    RETURN a, reduce(s = 0, i IN range(0, size(ms) - 1) |
                 s + CASE WHEN ms[i] >= fm AND ms[i] < tm THEN cs[i] ELSE 0 END) AS whole,
           0 AS part, [] AS met
  UNION ALL
    WITH partial
    UNWIND partial AS p
    MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
    WHERE r.date >= p[0] AND r.date <= p[1] AND coalesce(r.modality, '') <> 'negated'
    RETURN a, 0 AS whole, count(DISTINCT r) AS part, collect(DISTINCT o.id) AS met
  }
  WITH f0, t1, a, sum(whole) + sum(part) AS events, reduce(m = [], x IN collect(met) | m + x) AS met
  WHERE events > 0
  WITH f0, t1, a, events, met ORDER BY events DESC
  WITH f0, t1, collect([a, events, met]) AS ranked
  WITH f0, t1, ranked, ranked[CASE WHEN size(ranked) < $limit THEN size(ranked) ELSE $limit END - 1][1] AS least
  UNWIND ranked AS x
  WITH f0, t1, x[0] AS a, x[1] AS events, x[2] AS met
  WHERE events >= least
  WITH f0, t1, a, events, met, reduce(s = 0, c IN a.event_counts | s + c) AS total
  CALL {
    WITH f0, t1, a, events, met, total
    WITH f0, t1, a, events, met, total
    UNWIND CASE WHEN events = total THEN [] ELSE [p IN a.partner_ids WHERE NOT p IN met] END AS pid
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
  RETURN a, events, CASE WHEN events = total THEN size(a.partner_ids) ELSE size(met) + more END AS partners
}
RETURN a.name AS actor, [l IN labels(a) WHERE l <> 'Official'][0] AS label, events, partners
ORDER BY events DESC, partners DESC, actor
LIMIT $limit
