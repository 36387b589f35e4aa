package ingest

import "github.com/actorgraph/actorgraph/schema"

var chairedMeetingRule = &Rule{ID: "met-with/chaired-attended", Type: schema.MetWith}

var meetingWords = mustWordSet("meeting_words")

// chairedMeetings reads a meeting told by who chairs and who attends it:
// "The meeting will be chaired by Chilean Foreign Minister Mira Okafor, and
// Peru's Luis Tovar and Bolivia's Ana Reyes are expected to attend": every
// two participants of different sides meet.
func (x *relater) chairedMeetings() {
	for si, s := range x.d.Sentences {
		for j := s.Start + 1; j+2 < s.End; j++ {
			if !x.isWord(j, "chaired", "co-chaired", "presided") || !x.isWord(j+1, "by", "over") || !x.meetingSubject(j, si) {
				continue
			}
			chairs, at := x.objects(j+2, s.End, []string{""}, false)
			if at < 0 || len(chairs) == 0 {
				continue
			}
			chairs = chairs[:1] // "chaired by A, and B and C are expected to attend": A chairs
			attendees := x.attendeesAfter(x.d.Mentions[x.mentionIdx(at)].End, s)
			if len(chairs) == 0 || len(attendees) == 0 {
				continue
			}
			all := append(append([]*Entity{}, chairs...), attendees...)
			for a := 0; a < len(all); a++ {
				for b := a + 1; b < len(all); b++ {
					if all[a] == all[b] || x.oneSide(all[a], all[b]) {
						continue
					}
					ev := event{rule: chairedMeetingRule, start: j, end: j + 1, sent: si, agents: []*Entity{all[a]}, targets: []*Entity{all[b]}}
					x.dateOwn(&ev)
					x.meetingDate(&ev, si)
					x.plannedIfLater(&ev)
					x.events = append(x.events, ev)
				}
			}
			break
		}
	}
}

// meetingSubject reports whether what is chaired at j is a meeting: a
// meeting word opens the clause ("The talks will be chaired by"), or "It"
// follows a sentence naming one.
func (x *relater) meetingSubject(j, si int) bool {
	s := x.d.Sentences[si]
	for k := s.Start; k < j && k < s.Start+4; k++ {
		if x.isWord(k, "it") {
			return si > 0 && x.meetingNamedIn(si-1)
		}
		if meetingWords[x.tok(k).Lower] {
			return true
		}
	}
	return false
}

// meetingNamedIn reports whether sentence si names a meeting.
func (x *relater) meetingNamedIn(si int) bool {
	s := x.d.Sentences[si]
	for k := s.Start; k < s.End; k++ {
		if meetingWords[x.tok(k).Lower] && !x.isWord(k, "it") {
			return true
		}
	}
	return false
}

// attendeesAfter returns who attends the meeting, told after token i:
// "and A and B are expected to attend", "attended by A and B".
func (x *relater) attendeesAfter(i int, s Sentence) []*Entity {
	for v := i; v < s.End; v++ {
		switch {
		case x.isWord(v, "attended") && x.isWord(v+1, "by"):
			out, _ := x.objects(v+2, s.End, []string{""}, false)
			return out
		case x.isWord(v, "attend", "participate", "join") && !x.isWord(v-1, "the"):
			return x.actorsIn(i, v)
		}
	}
	return nil
}

// meetingDate gives an event of "It will be chaired by ..." the date of
// the meeting named in the sentence before ("a meeting in Santiago on
// Friday"), when its own sentence has none.
func (x *relater) meetingDate(ev *event, si int) {
	s := x.d.Sentences[si]
	if si == 0 || !x.isWord(s.Start, "it") || x.sentenceDated(si) {
		return
	}
	prev := x.d.Sentences[si-1]
	for k := prev.Start; k < prev.End; k++ {
		if meetingWords[x.tok(k).Lower] && !x.isWord(k, "it") {
			probe := event{rule: ev.rule, start: k, end: k + 1, sent: si - 1}
			if d := x.eventDate(&probe); d != "" {
				ev.date, ev.precision = d, probe.precision
			}
			return
		}
	}
}

// sentenceDated reports whether sentence si names a date of its own.
func (x *relater) sentenceDated(si int) bool {
	s := x.d.Sentences[si]
	probe := event{start: s.Start, end: s.Start + 1, sent: si}
	for j := s.Start; j < s.End; j++ {
		if _, ok := x.dateAt(j, &probe); ok {
			return true
		}
	}
	return false
}
