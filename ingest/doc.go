// Package ingest reads articles and extracts their actor graph.
//
// Readers (read.go) turn input into Articles, naming the file and line of
// anything they cannot read: plain text and Markdown with front matter
// (read_text.go), JSON and JSON Lines (read_json.go), HTML (read_html.go).
//
// A Pipeline (pipeline.go) turns one Article into a graph.Graph. Analyze
// runs the stages over one Document in this order:
//
//  1. normalize, tokenize, segment (tokenize.go, segment.go): typographic
//     normalisation, tokens with byte offsets into Document.Text, sentences;
//     boilerplate lines (photo credits, "Source:", bylines) are dropped.
//  2. recognize, with the resolve steps it needs in between (one recognizer
//     holds both): countries are counted first (resolve.go: countCountries);
//     people from titles, appositions, role nouns and speech cues
//     (recognize_people.go, recognize_titles.go, recognize_roles.go,
//     recognize_cues.go), then merged and their surnames indexed
//     (resolve.go); gazetteer names from one token trie (recognize_names.go,
//     lexicon.go over schema.Gazetteer and custom dictionaries in
//     dictionary.go), organisations and ministries (recognize_orgs.go,
//     recognize_ministries.go, recognize_defs.go), places (recognize_places.go,
//     place_prefix.go), predicates; then sense choices (disambiguate.go,
//     foreign_bodies.go). Fills Document.Mentions and Document.Entities.
//  3. resolve (resolve.go, resolve_lookback.go, resolve_quotes.go):
//     surnames, pronouns, counterparts, definite descriptions, group nouns,
//     unnamed officials and quoted speakers point to entities.
//  4. relate (relate.go is the driver): the relation lexicon (rules.go) over
//     every sentence; triggers in context (relate_triggers.go); each match
//     built into an event (relate_build.go) from its subjects
//     (relate_subjects.go, clause.go: coordinated verbs, relative clauses,
//     appositions) and objects (relate_objects.go, apposition.go); rule
//     specific adjustments (relate_special.go, precision.go); passes over
//     events (relate_events.go), nominal frames (frames.go), discourse
//     (discourse*.go, attach.go, claims.go), judgments and alliances
//     (stances.go), tariffs (trade.go); then the structural facts
//     (structural.go, structural_orgs.go).
//  5. date and modality (when.go, period.go): each event's date against the
//     publication date, with its precision (day, month, year), and
//     asserted / planned / reported / negated. These are computed by relate
//     as each event is built, not as a separate pass.
//
// Every stage is deterministic, and every relation keeps the sentence it
// came from and the id of the rule that made it. A Pipeline is built once by
// NewPipeline, is read-only afterwards and is safe for concurrent use by
// several goroutines; each Extract call allocates its own Document, so
// memory does not grow with the number of articles.
package ingest
