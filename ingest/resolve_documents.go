package ingest

// Documents that act: a statement, report, letter or ruling that
// condemns, urges or says something speaks for its author. "Sylvania's
// statement condemned Freedonia", "a Sylvanian statement said", and "The
// ministry issued a statement on Monday. The statement threatened
// sanctions" all have their author as the subject.

var documentNouns = mustWordSet("document_nouns")

var issueVerbs = mustWordSet("issue_verbs")

// documentAuthors adds a mention of its author over the subject phrase of
// a document noun that acts (a verb or a clause mark follows it): the
// owner named before the noun, or for "the statement" the author of the
// same kind of document told in its sentence or the two before.
func (r *recognizer) documentAuthors() {
	var extra []Mention
	for i := 1; i < len(r.toks); i++ {
		t := r.tok(i)
		if !documentNouns[t.Lower] || t.Cap || r.isTaken(i) || !r.actsAfter(i+1) || r.isWord(i+1, ",") {
			continue
		}
		start, author := r.documentOwner(i)
		if author == nil && r.isWord(i-1, "the") {
			start, author = i-1, r.earlierDocumentAuthor(i)
		}
		if author == nil {
			continue
		}
		extra = append(extra, Mention{Start: start, End: i + 1, Sent: r.d.sentOf[i], Ent: author, Kind: mDescriptor, Head: t.Lower, Rule: "coref/document-author"})
	}
	if len(extra) == 0 {
		return
	}
	r.d.Mentions = append(r.d.Mentions, extra...)
	r.d.sortMentions()
}

// documentOwner returns where the phrase of the document noun at i starts
// and its owner named before it: "Sylvania's statement", "a Sylvanian
// statement", "the ministry's latest report"; nil when none.
func (r *recognizer) documentOwner(i int) (int, *Entity) {
	j := i - 1
	for n := 0; n < 3 && j > 0 && r.tok(j).Kind == tokWord && !r.tok(j).Cap && r.mentionAt(j) == nil && !determiners[r.tok(j).Lower]; n++ {
		j-- // "joint", "latest", "written"
	}
	if r.isWord(j, "'s") {
		j--
	}
	m := r.mentionAt(j)
	if m == nil || m.End != j+1 || !r.actor(m) && !(m.Kind == mDemonym && m.Ent != nil) || m.Place {
		return i, nil
	}
	start := m.Start
	if determiners[r.tok(start-1).Lower] {
		start--
	}
	return start, m.Ent
}

// earlierDocumentAuthor returns the author of the latest document of the
// same noun as at i told before it in its sentence or the two before:
// its owner ("Sylvania's statement"), its "by" or "from" phrase ("a
// report by the council"), or the subject of the verb that issued it
// ("Sylvania issued a statement", "Sylvania said in a statement").
func (r *recognizer) earlierDocumentAuthor(i int) *Entity {
	si := r.d.sentOf[i]
	from := r.d.Sentences[max(0, si-2)].Start
	for k := i - 1; k >= from; k-- {
		if r.tok(k).Lower != r.tok(i).Lower {
			continue
		}
		if _, e := r.documentOwner(k); e != nil {
			return e
		}
		if r.isWord(k+1, "by", "from") {
			if m := r.mentionAt(k + 2); m != nil && m.Start == k+2 && r.actor(m) {
				return m.Ent
			}
		}
		return r.issuerOf(k)
	}
	return nil
}

// issuerOf returns the subject of the verb that issued the document whose
// noun is at k: "Sylvania issued a statement", "Sylvania said in a
// statement", the actor named last before the verb in its sentence.
func (r *recognizer) issuerOf(k int) *Entity {
	v := k - 1
	for v > k-4 && (determiners[r.tok(v).Lower] || r.tok(v).Kind == tokWord && !r.tok(v).Cap && !issueVerbs[r.tok(v).Lower] && !r.isWord(v, "in")) {
		v--
	}
	if r.isWord(v, "in") && (speechVerbs[r.tok(v-1).Lower] || reportVerbs[r.tok(v-1).Lower]) {
		v--
	} else if !issueVerbs[r.tok(v).Lower] {
		return nil
	}
	start := r.d.Sentences[r.d.sentOf[k]].Start
	for j := v - 1; j >= start; j-- {
		if m := r.mentionAt(j); m != nil {
			if r.actor(m) && !m.Possessive && !r.isWord(m.End, "'s") {
				return m.Ent
			}
			j = m.Start
		}
	}
	return nil
}
