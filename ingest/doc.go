// Package ingest reads articles and extracts their actor graph.
//
// Readers (read.go) turn .txt, .md, .json, .jsonl and .html input into
// Articles, naming the file and line of anything they cannot read.
//
// A Pipeline turns one Article into a graph.Graph in fixed stages, each a
// function over one Document:
//
//  1. normalize, tokenize, segment (tokenize.go, segment.go): typographic
//     normalisation, tokens with byte offsets into Document.Text, sentences;
//     boilerplate lines (photo credits, "Source:", bylines) are dropped.
//  2. recognize (recognize*.go, disambiguate.go): gazetteer matches from one token trie
//     (lexicon.go, over schema.Gazetteer and custom dictionaries), people from
//     titles, appositions and speech verbs, organisations from head nouns,
//     places from context. Fills Document.Mentions and Document.Entities.
//  3. resolve (resolve.go): surnames, pronouns, counterparts, definite
//     descriptions, group nouns and unnamed officials point to entities.
//  4. relate (relate.go, rules.go, structural.go): the relation lexicon over
//     every sentence, with subjects, objects, passives, nominals and
//     coordination; clause structure for subjects (clause.go: coordinated
//     verbs, relative clauses, appositions), nominal frames (frames.go),
//     judgments and alliances (stances.go), tariffs (trade.go); then the
//     structural facts.
//  5. date and modality (when.go, period.go): event dates against the publication date, with their precision (day, month, year),
//     and asserted / planned / reported / negated.
//
// Every stage is deterministic, and every relation keeps the sentence it
// came from and the id of the rule that made it. A Pipeline is built once by
// NewPipeline, is read-only afterwards and is safe for concurrent use by
// several goroutines; each Extract call allocates its own Document, so
// memory does not grow with the number of articles.
package ingest
