// constraints.cypher: the schema of the actor graph (ONTOLOGY.md), applied by
// `actorgraph schema apply` before any load and printed by `actorgraph schema show`.
// Every statement is idempotent (IF NOT EXISTS). One statement per line group, each ending in ';'.
// Parameters: none.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
// The actors with the most events first (top-actors): event_total is the
// number of events an actor takes part in (docs/graph-model.md, "Event counters").
CREATE INDEX city_event_total IF NOT EXISTS FOR (n:City) ON (n.event_total);
CREATE INDEX country_event_total IF NOT EXISTS FOR (n:Country) ON (n.event_total);
CREATE INDEX organisation_event_total IF NOT EXISTS FOR (n:Organisation) ON (n.event_total);
CREATE INDEX person_event_total IF NOT EXISTS FOR (n:Person) ON (n.event_total);
CREATE INDEX region_event_total IF NOT EXISTS FOR (n:Region) ON (n.event_total);
// The actors tied on events in the order of top-actors' rows (most partners,
// then name): only the first of a long tail of ties are read.
CREATE INDEX city_event_rank IF NOT EXISTS FOR (n:City) ON (n.event_total, n.partner_total, n.name);
CREATE INDEX country_event_rank IF NOT EXISTS FOR (n:Country) ON (n.event_total, n.partner_total, n.name);
CREATE INDEX organisation_event_rank IF NOT EXISTS FOR (n:Organisation) ON (n.event_total, n.partner_total, n.name);
CREATE INDEX person_event_rank IF NOT EXISTS FOR (n:Person) ON (n.event_total, n.partner_total, n.name);
CREATE INDEX region_event_rank IF NOT EXISTS FOR (n:Region) ON (n.event_total, n.partner_total, n.name);
CREATE INDEX article_content_sha256 IF NOT EXISTS FOR (n:Article) ON (n.content_sha256);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.date);
CREATE INDEX spoke_with_date IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.date);
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX agreed_with_date IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.date);
CREATE INDEX supported_date IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.date);
CREATE INDEX urged_date IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.date);
CREATE INDEX accused_date IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.date);
CREATE INDEX criticized_date IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.date);
CREATE INDEX rejected_date IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.date);
CREATE INDEX vetoed_date IF NOT EXISTS FOR ()-[r:VETOED]-() ON (r.date);
CREATE INDEX threatened_date IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.date);
CREATE INDEX suspended_talks_with_date IF NOT EXISTS FOR ()-[r:SUSPENDED_TALKS_WITH]-() ON (r.date);
CREATE INDEX sanctioned_date IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.date);
CREATE INDEX attacked_date IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.date);
CREATE INDEX bombed_date IF NOT EXISTS FOR ()-[r:BOMBED]-() ON (r.date);
CREATE INDEX captured_date IF NOT EXISTS FOR ()-[r:CAPTURED]-() ON (r.date);
CREATE INDEX besieged_date IF NOT EXISTS FOR ()-[r:BESIEGED]-() ON (r.date);
CREATE INDEX killed_date IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.date);
// The strikes located in a place (query strikes): location is the id of the
// city or region where the event happened, when the text says.
CREATE INDEX bombed_location IF NOT EXISTS FOR ()-[r:BOMBED]-() ON (r.location);
CREATE INDEX attacked_location IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.location);
// The events that more than one article reports (top-actors with min_sources
// above 1: few of all, and not counted by the event counters).
CREATE INDEX met_with_sources IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.sources);
CREATE INDEX spoke_with_sources IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.sources);
CREATE INDEX visited_sources IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.sources);
CREATE INDEX agreed_with_sources IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.sources);
CREATE INDEX supported_sources IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.sources);
CREATE INDEX urged_sources IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.sources);
CREATE INDEX accused_sources IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.sources);
CREATE INDEX criticized_sources IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.sources);
CREATE INDEX rejected_sources IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.sources);
CREATE INDEX vetoed_sources IF NOT EXISTS FOR ()-[r:VETOED]-() ON (r.sources);
CREATE INDEX threatened_sources IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.sources);
CREATE INDEX suspended_talks_with_sources IF NOT EXISTS FOR ()-[r:SUSPENDED_TALKS_WITH]-() ON (r.sources);
CREATE INDEX sanctioned_sources IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.sources);
CREATE INDEX attacked_sources IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.sources);
CREATE INDEX bombed_sources IF NOT EXISTS FOR ()-[r:BOMBED]-() ON (r.sources);
CREATE INDEX captured_sources IF NOT EXISTS FOR ()-[r:CAPTURED]-() ON (r.sources);
CREATE INDEX besieged_sources IF NOT EXISTS FOR ()-[r:BESIEGED]-() ON (r.sources);
CREATE INDEX killed_sources IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.sources);
// Look-up of an actor by name or alias, in any case: name_keys holds the lower-cased
// name and aliases of every entity; the keyword analyzer keeps each key whole.
CREATE FULLTEXT INDEX actor_name_keys IF NOT EXISTS FOR (n:City|Country|Organisation|Person|Region) ON EACH [n.name_keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// The supporters of an edge, for the refill of its sample of articles when a
// sampled one is retracted: edge_keys holds the keys of the edges an Article
// supports ("<TYPE>|<from id>|<to id>|<date>"), one keyword token each.
CREATE FULLTEXT INDEX article_edge_keys IF NOT EXISTS FOR (n:Article) ON EACH [n.edge_keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
