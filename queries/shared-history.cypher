// name: shared-history
// answers: What passed between two actors, their officials and their bodies included, drawn as a graph with the roles that tie each event to them?
// returns: graph
// param: a (string) one actor's name or alias, any case
// param: b (string) the other actor's name or alias, any case
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 200 (int 1..) most events drawn
// Events are the interactions of the ontology (each has its CAMEO root), read
// by type so that the MENTIONS of the actors' articles are not.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($a), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WHERE toLower($a) IN x.name_keys
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($b), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WHERE y <> x AND toLower($b) IN y.name_keys
// Each side is the actor, its officials and its bodies (OFFICIAL_OF|PART_OF,
// up to 3 steps). Only the side whose members take part in fewer events (by
// their event counters) is read for events; each event found is then drawn
// from its own two ends, in both orientations, walking up to the two actors
// (the actors are compared by id at the top, so that the walk starts at the
// event and not at a state with thousands of officials; never by pairing
// every member of one side with every member of the other). No list of a
// side's members or of all its events is kept: the rows that the sorts
// below hold carry every value bound before them, and a list of 12,500
// members or 25,000 events in each would exceed a transaction's memory.
CALL {
  WITH x MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(x) WITH DISTINCT m
  RETURN sum(coalesce(m.event_total, 0)) AS xe
}
CALL {
  WITH y MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(y) WITH DISTINCT m
  RETURN sum(coalesce(m.event_total, 0)) AS ye
}
WITH x, y, CASE WHEN xe <= ye THEN x ELSE y END AS own, CASE WHEN xe <= ye THEN y ELSE x END AS other
// Every event kept draws at least one path, and paths come in date order:
// the events after the date of the limit-th one draw none of those returned.
// The first limit events by date are read in one pass; those of the same
// date as the limit-th that the cut left out are found again through the
// date indexes.
CALL {
  WITH own, other
  CALL {
    WITH own
    MATCH (m)-[:OFFICIAL_OF|PART_OF*0..3]->(own)
    RETURN DISTINCT m
  }
  MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.cameo IS NOT NULL
    AND r.date >= $from AND r.date <= $to
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND (EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(other) }
         OR EXISTS { (m)-[:OFFICIAL_OF|PART_OF*0..3]->(other) } AND EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(own) })
  WITH DISTINCT r
  ORDER BY r.date
  LIMIT $limit
  RETURN collect(r) AS firsts, max(r.date) AS last
}
CALL {
  WITH own, other, firsts, last
  WITH own, other, firsts, last WHERE size(firsts) = $limit
  MATCH (m)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
  WHERE r.date = last
    AND r.cameo IS NOT NULL
    AND coalesce(r.modality, '') <> 'negated'
    AND r.sources >= $min_sources
    AND NOT r IN firsts
    AND EXISTS { (m)-[:OFFICIAL_OF|PART_OF*0..3]->(own) }
    AND (EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(other) }
         OR EXISTS { (m)-[:OFFICIAL_OF|PART_OF*0..3]->(other) } AND EXISTS { (o)-[:OFFICIAL_OF|PART_OF*0..3]->(own) })
  RETURN collect(DISTINCT r) AS ties
}
UNWIND firsts + ties AS r
WITH elementId(x) AS xid, elementId(y) AS yid, r
UNWIND [[startNode(r), endNode(r)], [endNode(r), startNode(r)]] AS ends
WITH DISTINCT xid, yid, r, ends[0] AS x2, ends[1] AS y2
MATCH p = (xx)<-[:OFFICIAL_OF|PART_OF*0..3]-(x2)-[r]-(y2)-[:OFFICIAL_OF|PART_OF*0..3]->(yy)
WHERE elementId(xx) + '' = xid AND elementId(yy) + '' = yid
RETURN p
ORDER BY r.date, length(p), type(r)
LIMIT $limit
