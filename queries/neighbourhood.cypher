// name: neighbourhood
// answers: Whom did one actor deal with between two dates, and what roles and places tie it to others, drawn as a graph?
// returns: graph
// param: name (string) the actor's name or one of its aliases, any case
// param: from = 1900-01-01 (date) earliest event date; roles (no date) are always drawn
// param: to = 2100-12-31 (date) latest event date
// param: min_sources = 1 (int 1..) least number of distinct supporting articles
// param: limit = 100 (int 1..) most relationships drawn
CALL db.index.fulltext.queryNodes('actor_name_keys', '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower($name) IN a.name_keys
MATCH p = (a)-[r]-(o)
WHERE NOT o:Article
  AND coalesce(r.modality, '') <> 'negated'
  AND r.sources >= $min_sources
  AND (r.date IS NULL OR (r.date >= $from AND r.date <= $to))
RETURN p
ORDER BY r.date, type(r), o.name
LIMIT $limit
