package queries

// newQueryCases returns the integration cases of the analyst queries on the
// fixture of loadFixture; n adds the fixture's namespace to a name.
func newQueryCases(n func(string) string) []runCase {
	return []runCase{
		{"timeline of a state", "timeline", map[string]string{"name": n("Russia")}, []string{
			"date=2015-01-01 | precision=year | subject=United States | relation=SANCTIONED | object=Russia | via= | modality=asserted | sources=1 | example=Washington imposed sanctions on Moscow in 2015.",
			"date=2016-09-01 | precision=month | subject=John Kerry | relation=AGREED_WITH | object=Sergei Lavrov | via=Sergei Lavrov | modality=asserted | sources=1 | example=Kerry and Lavrov agreed on a ceasefire in September.",
			"date=2016-10-10 | precision=day | subject=Sergei Lavrov | relation=VISITED | object=Syria | via=Sergei Lavrov | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
			"date=2016-10-13 | precision=day | subject=United States | relation=ACCUSED | object=Russia | via= | modality=asserted | sources=1 | example=Washington accused Moscow of war crimes.",
			"date=2016-10-13 | precision=day | subject=Russia | relation=BOMBED | object=Aleppo | via= | modality=reported | sources=1 | example=Russian jets bombed Aleppo, killing 12.",
			"date=2016-10-13 | precision=day | subject=Jean-Marc Ayrault | relation=SPOKE_WITH | object=Sergei Lavrov | via=Sergei Lavrov | modality=asserted | sources=1 | example=Lavrov spoke by phone with Ayrault.",
			"date=2016-10-14 | precision=day | subject=Russia | relation=VETOED | object=France | via= | modality=asserted | sources=1 | example=Russia vetoed the French draft resolution.",
			"date=2016-10-15 | precision=day | subject=John Kerry | relation=MET_WITH | object=Sergei Lavrov | via=Sergei Lavrov | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
		}},
		{"timeline of a person", "timeline", map[string]string{"name": n("kerry"), "from": "2016-10-01"}, []string{
			"date=2016-10-15 | precision=day | subject=John Kerry | relation=MET_WITH | object=Sergei Lavrov | via= | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
			"date=2016-10-15 | precision=day | subject=John Kerry | relation=VISITED | object=Lausanne | via= | modality=planned | sources=1 | example=Kerry will travel to Lausanne.",
		}},
		{"pair history", "pair-history", map[string]string{"a": n("United States"), "b": n("Russia")}, []string{
			"month=2015 | relation=SANCTIONED | cameo=16 | events=1 | sources=1 | pairs=United States - Russia | example=Washington imposed sanctions on Moscow in 2015.",
			"month=2016-09 | relation=AGREED_WITH | cameo=05 | events=1 | sources=1 | pairs=John Kerry - Sergei Lavrov | example=Kerry and Lavrov agreed on a ceasefire in September.",
			"month=2016-10 | relation=ACCUSED | cameo=11 | events=1 | sources=1 | pairs=United States - Russia | example=Washington accused Moscow of war crimes.",
			"month=2016-10 | relation=MET_WITH | cameo=04 | events=1 | sources=1 | pairs=John Kerry - Sergei Lavrov | example=Kerry will meet Lavrov in Lausanne on Saturday.",
		}},
		{"cooperation and conflict", "cooperation-conflict", map[string]string{"a": n("Washington"), "b": n("Russia")}, []string{
			"a=United States | b=Russia | month=2015 | verbal_cooperation=0 | material_cooperation=0 | verbal_conflict=0 | material_conflict=1 | balance=-1 | sources=1",
			"a=United States | b=Russia | month=2016-09 | verbal_cooperation=1 | material_cooperation=0 | verbal_conflict=0 | material_conflict=0 | balance=1 | sources=1",
			"a=United States | b=Russia | month=2016-10 | verbal_cooperation=1 | material_cooperation=0 | verbal_conflict=1 | material_conflict=0 | balance=0 | sources=2",
		}},
		{"officials of a state", "officials", map[string]string{"of": n("France")}, []string{
			"official=Jean-Marc Ayrault | titles=Foreign Minister | body=French Foreign Ministry | first_seen=2016-10-13 | last_seen=2016-10-13 | sources=1 | example=French Foreign Minister Jean-Marc Ayrault",
		}},
		{"visits", "visits", nil, []string{
			"date=2016-10-10 | precision=day | visitor=Sergei Lavrov | official_of=Russia | place=Syria | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
			"date=2016-10-15 | precision=day | visitor=John Kerry | official_of=United States | place=Lausanne | modality=planned | sources=1 | example=Kerry will travel to Lausanne.",
		}},
		{"visits to a country", "visits", map[string]string{"place": n("switzerland")}, []string{
			"date=2016-10-15 | precision=day | visitor=John Kerry | official_of=United States | place=Lausanne | modality=planned | sources=1 | example=Kerry will travel to Lausanne.",
		}},
		{"visits with two sources", "visits", map[string]string{"min_sources": "2"}, []string{
			"date=2016-10-10 | precision=day | visitor=Sergei Lavrov | official_of=Russia | place=Syria | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
		}},
		{"attacked places", "attacked-places", nil, []string{
			"place=Aleppo | id=city:aleppo@syr | country= | lat=36.2 | lon=37.15 | events=2 | first=2016-10-13 | last=2016-10-13 | attackers=Russia; Syria | relations=BOMBED; ATTACKED | killed=12 | sources=1",
		}},
		{"neighbourhood", "neighbourhood", map[string]string{"name": n("Lavrov"), "from": "2016-10-01"}, []string{
			"p=Sergei Lavrov -[VISITED]-> Syria",
			"p=Sergei Lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault",
			"p=Sergei Lavrov <-[MET_WITH]- John Kerry",
			"p=Sergei Lavrov -[OFFICIAL_OF]-> Russia",
		}},
		{"shared history", "shared-history", map[string]string{"a": n("United States"), "b": n("Russia")}, []string{
			"p=United States -[SANCTIONED]-> Russia",
			"p=United States <-[OFFICIAL_OF]- John Kerry -[AGREED_WITH]-> Sergei Lavrov -[OFFICIAL_OF]-> Russia",
			"p=United States -[ACCUSED]-> Russia",
			"p=United States <-[OFFICIAL_OF]- John Kerry -[MET_WITH]-> Sergei Lavrov -[OFFICIAL_OF]-> Russia",
		}},
		{"timeline cut inside a date", "timeline", map[string]string{"name": n("Russia"), "limit": "4"}, []string{
			"date=2015-01-01 | precision=year | subject=United States | relation=SANCTIONED | object=Russia | via= | modality=asserted | sources=1 | example=Washington imposed sanctions on Moscow in 2015.",
			"date=2016-09-01 | precision=month | subject=John Kerry | relation=AGREED_WITH | object=Sergei Lavrov | via=Sergei Lavrov | modality=asserted | sources=1 | example=Kerry and Lavrov agreed on a ceasefire in September.",
			"date=2016-10-10 | precision=day | subject=Sergei Lavrov | relation=VISITED | object=Syria | via=Sergei Lavrov | modality=asserted | sources=2 | example=Lavrov visited Syria on Monday.",
			"date=2016-10-13 | precision=day | subject=United States | relation=ACCUSED | object=Russia | via= | modality=asserted | sources=1 | example=Washington accused Moscow of war crimes.",
		}},
		{"actor: roles first, then the latest events", "actor", map[string]string{"name": n("Lavrov"), "limit": "3"}, []string{
			"actor=Sergei Lavrov | direction=did | subject=Sergei Lavrov | relation=OFFICIAL_OF | object=Russia | date= | title=Foreign Minister | modality= | sources=1 | example=Russian Foreign Minister Sergei Lavrov",
			"actor=Sergei Lavrov | direction=done to it | subject=John Kerry | relation=MET_WITH | object=Sergei Lavrov | date=2016-10-15 | title= | modality=planned | sources=1 | example=Kerry will meet Lavrov in Lausanne on Saturday.",
			"actor=Sergei Lavrov | direction=done to it | subject=Jean-Marc Ayrault | relation=SPOKE_WITH | object=Sergei Lavrov | date=2016-10-13 | title= | modality=asserted | sources=1 | example=Lavrov spoke by phone with Ayrault.",
		}},
		{"neighbourhood: the earliest events", "neighbourhood", map[string]string{"name": n("Lavrov"), "from": "2016-10-01", "limit": "2"}, []string{
			"p=Sergei Lavrov -[VISITED]-> Syria",
			"p=Sergei Lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault",
		}},
		{"chain", "chain", map[string]string{"a": n("John Kerry"), "b": n("Jean-Marc Ayrault")}, []string{
			"p=John Kerry -[AGREED_WITH]-> Sergei Lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault",
			"p=John Kerry -[MET_WITH]-> Sergei Lavrov <-[SPOKE_WITH]- Jean-Marc Ayrault",
		}},
	}
}
