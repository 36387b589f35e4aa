// name: cooperation-conflict
// answers: How did cooperation and conflict between two states (their officials and bodies included) balance out, month by month, in the four quad classes of CAMEO roots?
// param: a (string) one state's (or organisation's) name or alias, any case
// param: b (string) the other state's (or organisation's) name or alias, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// Quad classes of the CAMEO root stored on each event (r.cameo, from package
// schema): 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
// conflict, 14-20 material conflict. Planned events count in their class (CAMEO
// codes intentions with the act); negated events never count.
// sources: the distinct articles of the events' samples (each edge lists at
// most 20 of its articles), at least the sources of the best-supported event.
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
WITH DISTINCT x, y, r, toInteger(r.cameo) AS root
WITH x, y, r, root, CASE coalesce(r.date_precision, 'day')
                WHEN 'year' THEN toString(r.date.year)
                ELSE substring(toString(r.date), 0, 7) END AS month
WITH x, y, month,
     sum(CASE WHEN root <= 5 THEN 1 ELSE 0 END) AS vc,
     sum(CASE WHEN root >= 6 AND root <= 8 THEN 1 ELSE 0 END) AS mc,
     sum(CASE WHEN root >= 9 AND root <= 13 THEN 1 ELSE 0 END) AS vf,
     sum(CASE WHEN root >= 14 THEN 1 ELSE 0 END) AS mf,
     collect(r.articles) AS arts, max(r.sources) AS most
WITH x, y, month, vc, mc, vf, mf, most, COUNT { UNWIND arts AS l UNWIND l AS id RETURN DISTINCT id } AS counted
RETURN x.name AS a, y.name AS b, month, vc AS verbal_cooperation, mc AS material_cooperation,
       vf AS verbal_conflict, mf AS material_conflict,
       vc + mc - vf - mf AS balance,
       CASE WHEN counted > most THEN counted ELSE most END AS sources
ORDER BY month
