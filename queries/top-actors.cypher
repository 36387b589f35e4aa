// name: top-actors
// answers: Which actors take part in the most events, and with how many partners?
// param: from = 1900-01-01 (date) earliest event date
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles per event
// param: limit = 20 (int 1..) most rows returned
// The events' types are named (every interaction type of the ontology), so
// that the MENTIONS of articles, most of the relationships, are not read.
MATCH (a)-[r:ACCUSED|AGREED_WITH|ATTACKED|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|MET_WITH|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE r.date >= $from AND r.date <= $to
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
RETURN a.name AS actor, [l IN labels(a) WHERE l <> 'Official'][0] AS label,
       count(DISTINCT r) AS events, count(DISTINCT o) AS partners
ORDER BY events DESC, partners DESC, actor
LIMIT $limit
