package ingest

// possessedList reads an object written as a possessor's group followed by
// the list of its members after a dash or colon: "a tariff fight with the
// country's biggest trading partners - A, B, C and D" -> A, B, C, D (not the
// possessor).
func (x *relater) possessedList(m Mention, limit int, places bool) ([]*Entity, bool) {
	j := m.End
	if x.tok(j).Lower == "'s" || x.tok(j).Text == "'" {
		j++
	} else if !m.Possessive {
		return nil, false
	}
	for k := j; k < limit && k < j+5; k++ {
		t := x.tok(k)
		if (t.Text == "-" && t.SpaceBefore || t.Text == ":") && k > j && x.mentionIdx(k+1) >= 0 {
			list, _ := x.objects(k+1, limit, nil, places)
			return list, len(list) > 1
		}
		if t.Kind != tokWord || t.Cap || x.mentionIdx(k) >= 0 {
			return nil, false
		}
	}
	return nil, false
}
