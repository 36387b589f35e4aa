// name: pair-history
// answers: What passed between two actors (their officials and bodies included), month by month and type by type?
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// Events are the interactions of the ontology (each has its CAMEO root), read
// by type so that the MENTIONS of the actors' articles are not.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
// Each side is the actor, its officials and its bodies (OFFICIAL_OF|PART_OF,
// up to 3 steps). Only the side whose members take part in fewer events (by
// their event counters) is read: each event of one of its members counts
// when its other end belongs to the other side, which is checked by walking
// up from that end (never by pairing every member of one side with every
// member of the other).
CALL {
  WITH x MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(x) WITH DISTINCT m
  RETURN collect(m) AS xs, sum(coalesce(m.event_total, 0)) AS xe
}
CALL {
  WITH y MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(y) WITH DISTINCT m
  RETURN sum(coalesce(m.event_total, 0)) AS ye, collect(m) AS ys
}
WITH x, y, CASE WHEN xe <= ye THEN xs ELSE ys END AS side, CASE WHEN xe <= ye THEN y ELSE x END AS other
UNWIND side AS m
MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE r.cameo IS NOT NULL
  AND r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(other) }
WITH DISTINCT r
WITH r, CASE coalesce(r.date_precision, 'day')
          WHEN 'year' THEN toString(r.date.year)
          ELSE substring(toString(r.date), 0, 7) END AS month
// pairs and example: the first five events by date and names, the names
// read only for the first five by date and those of the fifth's date.
ORDER BY r.date
WITH month, type(r) AS relation, r.cameo AS cameo, collect(r) AS rs
WITH month, relation, cameo, rs,
     COLLECT {
       UNWIND rs[..5] + [x IN rs[5..] WHERE x.date = rs[4].date] AS x
       WITH x, startNode(x).name AS sn, endNode(x).name AS en
       ORDER BY x.date, sn, en
       LIMIT 5
       RETURN [sn + ' - ' + en, x.evidence[0]]
     } AS firsts
RETURN month, relation, cameo, size(rs) AS events,
       COUNT { UNWIND rs AS x UNWIND x.articles AS id RETURN DISTINCT id } AS sources,
       [f IN firsts | f[0]] AS pairs,
       firsts[0][1] AS example
ORDER BY month, relation
