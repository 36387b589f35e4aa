// Package schema holds the ontology of the actor graph: node labels,
// relationship types (with their CAMEO roots and whether they are symmetric or
// structural), id constructors, the schema statements, and the gazetteers that
// the extractor embeds. It imports no other package of the project; every
// other package spells labels and types through its constants.
package schema
