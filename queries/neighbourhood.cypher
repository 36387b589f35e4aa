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
// the first rows (ties included) are sorted by name.
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
MATCH p = (a)-[r:AGREED_WITH|ACCUSED|ATTACKED|BASED_IN|BESIEGED|BOMBED|CAPTURED|CRITICIZED|KILLED|LOCATED_IN|MEMBER_OF|MET_WITH|OFFICIAL_OF|PART_OF|REJECTED|SANCTIONED|SPOKE_WITH|SUPPORTED|SUSPENDED_TALKS_WITH|THREATENED|URGED|VETOED|VISITED]-(o)
WHERE coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
WITH p, r, o ORDER BY r.date
RETURN p
ORDER BY r.date, type(r), o.name
LIMIT $limit
