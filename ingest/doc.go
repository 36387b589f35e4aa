// Package ingest reads articles and extracts their actor graph.
//
// Readers (read.go) turn input into Articles, naming the file and line of
// anything they cannot read: plain text and Markdown with front matter
// (read_text.go), JSON and JSON Lines (read_json.go), HTML (read_html.go).
// An article without a date takes Options.Published, the date a caller
// gives the Pipeline (pipeline.go: Pipeline.Published).
//
// A Pipeline (pipeline.go) is built once from the lexicon (lexicon.go over
// schema.Gazetteer, custom dictionaries in dictionary.go), the relation
// rules (rules.go over data/rules.yaml, the same format as the users'
// dictionaries; rule_conditions.go, rule_hooks.go) and the named word sets
// (wordsets.go over data/wordsets.txt; words.go). The recognizer and the
// relater of each document get the lexicon and the rule set, not the
// Pipeline. Analyze runs the stages over one Document in this order:
//
//  1. normalize, tokenize, segment (tokenize.go, segment.go): typographic
//     normalisation, tokens with byte offsets into Document.Text, sentences;
//     boilerplate lines (photo credits, "Source:", bylines) are dropped.
//  2. recognize, with the resolve steps it needs in between (one recognizer
//     holds both): countries are counted first (resolve.go: countCountries);
//     people from titles, appositions, role nouns and speech cues
//     (recognize_people.go, recognize_titles.go, recognize_roles.go,
//     recognize_cues.go; resolve_affiliated.go: "the U.N. envoy" is the one
//     holder named before), then merged and their surnames indexed
//     (resolve.go); gazetteer names from one token trie (recognize_names.go),
//     organisations, ministries and armed followers (recognize_orgs.go,
//     recognize_ministries.go, recognize_defs.go, recognize_loyalists.go),
//     places (recognize_places.go, place_prefix.go), predicates; then sense
//     choices (disambiguate.go, foreign_bodies.go). Fills Document.Mentions
//     and Document.Entities (document.go, mentionindex.go).
//  3. resolve (resolve*.go): surnames, pronouns and their gender,
//     counterparts, definite descriptions, group nouns, unnamed officials
//     and quoted speakers point to entities; then each entity counts its
//     mentions and aliases.
//  4. relate (relate.go: relater.relate): the relation lexicon over every
//     sentence; triggers in context (relate_triggers.go); each match built
//     into an event (relate_build.go) by an ordered table of argument
//     finders (relate_finders*.go) over its subjects (relate_subjects.go,
//     clause.go: coordinated verbs, relative clauses, appositions) and
//     objects (relate_objects.go, apposition.go), nominal frames
//     (frames.go, trade.go), the rule's conditions and hooks (rule_*.go,
//     relate_special.go, precision.go). The events have arguments, no date.
//  5. when (when.go: relater.when): the date and modality of every event
//     relate built, in the order they were told: the date against the
//     publication date with its precision (day, month, year; period.go),
//     and asserted / planned / reported / negated (modality.go). A purpose
//     shares the plan told before it; an event with no date takes the one
//     it inherits its agent from.
//  6. passes over the dated events (relate.go: relater.passes): events told
//     again, linked or claimed (relate_events.go, claims.go), dates shared
//     among tellings of one event (when.go: shareDates), discourse
//     (discourse*.go), then each event becomes Relations; judgments and
//     alliances (stances.go); then the structural facts (structural.go,
//     structural_orgs.go, attach.go, titleindex.go). Events these passes
//     make are dated with the when stage's helpers (dateAsserted, dateOwn,
//     plannedIfLater).
//
// Document.Graph turns the relations into a graph.Graph; an event with no
// date of its own takes its article's (graph.Edge.Dated, the one place of
// that rule). Every stage is deterministic, and every relation keeps the
// sentence it came from and the id of the rule that made it. A Pipeline is
// read-only after NewPipeline and is safe for concurrent use by several
// goroutines; each Extract call allocates its own Document, so memory does
// not grow with the number of articles.
package ingest
