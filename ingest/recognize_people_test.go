package ingest

import (
	"strings"
	"testing"
)

// TestPeople runs invented sentences through the pipeline and checks the
// people found, their employers (OFFICIAL_OF) and what must not be found.
// person: a Person that must exist; official: "PERSON -> EMPLOYER" that
// must be an OFFICIAL_OF edge; absent: a name that must not be a Person,
// or "PERSON -> *" for a person who must have no OFFICIAL_OF edge.
func TestPeople(t *testing.T) {
	tests := []struct {
		name, text               string
		person, official, absent string
	}{
		{"apposition senior fellow at",
			"Sylvania will lose, said Mira Okafor, a senior fellow at the Harbor Policy Institute.",
			"Mira Okafor", "Mira Okafor -> Harbor Policy Institute", ""},
		{"apposition role of institution with place",
			"Tomas Feld, a professor at the University of Nova Tessa in Sylvania, said the vote was free.",
			"Tomas Feld", "Tomas Feld -> University of Nova Tessa", ""},
		{"apposition personal descriptor gives no office",
			"Karl Imre, a Sylvanian defector, spoke to reporters in Seoul.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"apposition local employee, no institution",
			"Tomas Feld, a local embassy employee, said the gates were closed.",
			"Tomas Feld", "", "Tomas Feld -> *"},
		{"apposition state role with demonym",
			"Lena Varga, a Hungarian foreign policy adviser, said Budapest would wait.",
			"Lena Varga", "Lena Varga -> Hungary", ""},
		{"apposition institution inside the description",
			"Omar Haddad, a Harbor Policy Institute visiting scholar and retired judge, argued the ruling was weak.",
			"Omar Haddad", "Omar Haddad -> Harbor Policy Institute", ""},
		{"apposition possessive employer",
			"Ana Rojas, UNICEF's executive director, told the council that children were dying.",
			"Ana Rojas", "Ana Rojas -> UNICEF", ""},
		{"apposition topic country is not the employer",
			"Mira Okafor, a leading Brazil economist at the Meridian Group, expects inflation to ease.",
			"Mira Okafor", "Mira Okafor -> Meridian Group", "Mira Okafor -> Brazil"},
		{"apposition program of, then at",
			"Karl Imre, head of the U.S.-Mexico energy project at the Harbor Council on Trade Relations, called the plan timid.",
			"Karl Imre", "Karl Imre -> Harbor Council on Trade Relations", "Karl Imre -> United States"},
		{"apposition class noun before the name",
			"Lena Varga, a researcher at shipping consultancy Northgate Partners, expects freight rates to climb.",
			"Lena Varga", "Lena Varga -> Northgate Partners", ""},
		{"apposition comma list in a committee name",
			"Omar Haddad, deputy chair of the Senate Committee on Roads, Water and Rural Affairs, said the law was unfair.",
			"Omar Haddad", "Omar Haddad -> Senate Committee on Roads, Water and Rural Affairs", ""},
		{"possessive province gives its country",
			"Canada responded. Then, Tomas Feld, Ontario's provincial leader, said the power would be cut.",
			"Tomas Feld", "Tomas Feld -> Canada", "Tomas Feld -> United States"},
		{"a title that begins with a department's name is one office",
			"Washington kept the levy. Treasury Secretary Lena Varga shrugged off the worry.",
			"Lena Varga", "Lena Varga -> United States", ""},
		{"a title after a state that begins with a department's name",
			"U.S. Treasury Secretary Omar Haddad flew home early.",
			"Omar Haddad", "Omar Haddad -> United States", ""},
		{"a ministry before a title is still the employer",
			"Peruvian Defense Ministry spokesman Karl Imre denied the report.",
			"Karl Imre", "Karl Imre -> Peruvian Defense Ministry", ""},
		{"a commander told of by an army is that army's, not the state named before",
			"Chad moved troops north. The Nigerian army said the commander Karl Imre was hurt in a blast.",
			"Karl Imre", "Karl Imre -> Nigerian Army", "Karl Imre -> Chad"},
		{"a commander told of by a state's army with no name of its own is the state's",
			"Chile moved troops. The Peruvian army said the commander Tomas Feld was hurt.",
			"Tomas Feld", "Tomas Feld -> Peru", "Tomas Feld -> Chile"},
		{"a commander with his own demonym keeps it after an army's report",
			"The Nigerian army said the Chadian commander Omar Haddad crossed the river.",
			"Omar Haddad", "Omar Haddad -> Chad", "Omar Haddad -> Nigerian Army"},
		{"a governor meeting people of the story's state is not its official",
			"Kenya hopes for trade. Governor Lena Varga met members of the Kenyan business council in her state capital.",
			"Lena Varga", "", "Lena Varga -> *"},
		{"a governor who meets no one keeps the story's state",
			"Kenya hopes for trade. Governor Tomas Feld said the roads would open soon.",
			"Tomas Feld", "Tomas Feld -> Kenya", ""},
		{"apposition with an adverb of time before the role",
			"Karl Imre, now a fellow at the Harbor Policy Institute, doubts the figures.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"apposition with currently before an office of a body",
			"The count is wrong, said Lena Varga, currently director of the Tessa Water Trust.",
			"Lena Varga", "Lena Varga -> Tessa Water Trust", ""},
		{"a founder of a name with no institution word",
			"Omar Haddad, the founder of Bluecrest, expects prices to rise.",
			"Omar Haddad", "Omar Haddad -> Bluecrest", ""},
		{"a founder of a country is no employer",
			"Tomas Feld, a founder of Peru's first rowing club, retired.",
			"Tomas Feld", "", "Tomas Feld -> Peru"},
		{"relative clause served as a body's office",
			"Peru waited. Omar Haddad, who served as the World Bank's special envoy for Peru until May, retired.",
			"Omar Haddad", "Omar Haddad -> World Bank", "Omar Haddad -> Peru"},
		{"relative clause has been an office of a named body",
			"Lena Varga, who has been director of the Tessa Water Trust since 2019, resigned.",
			"Lena Varga", "Lena Varga -> Tessa Water Trust", ""},
		{"relative clause became head of a body",
			"Karl Imre, who became head of the Harbor Policy Institute last year, resigned.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"relative clause with a personal role gives no office",
			"Karl Imre, who was a refugee in Peru for years, spoke.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"a state's ambassador to an international body is the state's",
			"Chilean Deputy U.N. Ambassador Lena Varga asked for a second vote.",
			"Lena Varga", "Lena Varga -> Chile", "Lena Varga -> United Nations"},
		{"a possessive state before a body's ambassador",
			"Peru's NATO ambassador Tomas Feld declined to comment.",
			"Tomas Feld", "Tomas Feld -> Peru", "Tomas Feld -> NATO"},
		{"a body's ambassador to a state is the body's",
			"The EU ambassador to Chile, Omar Haddad, flew home.",
			"Omar Haddad", "Omar Haddad -> European Union", ""},
		{"two lower-case portfolio words before an office",
			"EU foreign policy chief Mira Okafor cut short her trip.",
			"Mira Okafor", "Mira Okafor -> European Union", ""},
		{"an unnamed office opening a sentence, its speaker named next",
			"A spokesman for Chilean President Omar Haddad denied the report. \"Nothing of the sort happened,\" Tomas Feld told reporters.",
			"Tomas Feld", "Tomas Feld -> Chile", ""},
		{"an office of a province opening a sentence, its speaker named next",
			"The chief of police in Peru's Cusco province says six suspects were held. Lena Varga told reporters the raid took an hour.",
			"Lena Varga", "Lena Varga -> Peru", ""},
		{"an office of a state's armed group opening a sentence, its speaker quoted next",
			"The leader of Colombia's FARC praised the vote on Friday. \"We asked for this,\" said Omar Haddad.",
			"Omar Haddad", "Omar Haddad -> FARC", "Omar Haddad -> Colombia"},
		{"an office of an unknown body of a state gives no state",
			"The leader of Peru's Varga Dawn movement praised the vote. \"We asked for this,\" said Lena Varga.",
			"Lena Varga", "", "Lena Varga -> Peru"},
		{"a speaker described in an apposition is someone else",
			"A spokesman for Chilean President Omar Haddad denied the report. Karl Imre, a shopkeeper, told reporters he saw the blast.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"a speaker named before is not the office holder",
			"Karl Imre said the road was shut. A spokesman for Chilean President Omar Haddad denied that. Karl Imre told reporters he was sure.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"an envoy's brief, then the body that employs him after at",
			"Chile hired Omar Haddad, the deputy special representative for Peru at the World Bank, last spring.",
			"Omar Haddad", "Omar Haddad -> World Bank", "Omar Haddad -> Peru"},
		{"an envoy's brief with no body after it gives no employer",
			"Omar Haddad, the special envoy for Peru, landed in Lima.",
			"Omar Haddad", "", "Omar Haddad -> Peru"},
		{"a second office in an apposition after a titled name",
			"Senator Lena Varga, former chair of the Tessa Water Trust, voted no.",
			"Lena Varga", "Lena Varga -> Tessa Water Trust", ""},
		{"said NAME of ORG",
			"The deal is fragile, said Karl Imre of the Harbor Policy Foundation.",
			"Karl Imre", "Karl Imre -> Harbor Policy Foundation", ""},
		{"NAME of a class noun and its name",
			"Lena Varga of the Dutch policy think tank Northgate said the vote was free.",
			"Lena Varga", "Lena Varga -> Northgate", ""},
		{"said NAME of a country gives no employer",
			"The deal is fragile, said Karl Imre of Hungary.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"according to NAME, title of ORG",
			"The plan failed, according to Lena Varga, director of the Eastern Studies Center.",
			"Lena Varga", "Lena Varga -> Eastern Studies Center", ""},
		{"lower-case role before the name",
			"Security analyst Mira Okafor welcomed the move but doubted it would last.",
			"Mira Okafor", "", "Mira Okafor -> *"},
		{"lower-case role before the name, employer after",
			"The crisis deepened, said analyst Karl Imre of the Harbor Policy Institute.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"public role before the name, office in a place",
			"Kenya reopened the line. Railway deputy controller Omar Haddad in Mombasa told reporters the line was cut.",
			"Omar Haddad", "Omar Haddad -> Kenya", ""},
		{"a role word before a noun phrase is no title",
			"Lawmakers met expert Tessa Harbor residents on Monday.",
			"", "", "Tessa Harbor"},
		{"kin in apposition",
			"The sanctions cover Karl Imre, his wife, Lena Imre, and his daughter, Ana Imre Feld, who live abroad.",
			"Ana Imre Feld", "", ""},
		{"successor in apposition",
			"Karl Imre's successor, Lena Varga, took office on Monday.",
			"Lena Varga", "", ""},
		{"plural role in apposition",
			"One of the report's authors, Tomas Feld, told reporters the data was sound.",
			"Tomas Feld", "", ""},
		{"full name confirmed by a speaking surname",
			"Mira Okafor lectures on law at a Sylvanian college. Okafor says the vote was free.",
			"Mira Okafor", "", ""},
		{"coordinated names confirmed by speaking surnames",
			"Karl Imre and Lena Varga are teachers. \"We were ignored,\" Varga told reporters. Imre said little.",
			"Karl Imre", "", ""},
		{"an organisation before a lower-case role",
			"Former top European Union official Karl Imre said the talks would resume.",
			"Karl Imre", "Karl Imre -> European Union", ""},
		{"a capitalised word after a hyphen stays in the name",
			"The firm was founded by Israeli businessman Omar Tal-Or and his partner.",
			"Omar Tal-Or", "", "Omar Tal"},
		{"a sentence-opening preposition is no given name",
			"Okafor said costs rose. Like Okafor, Karl Imre, director of the Harbor Policy Institute, said prices would fall.",
			"Karl Imre", "", "Like Okafor"},
		{"an accented surname is the full name's",
			"President Tomas Babiš visited Kenya. Critics said President Babis lied. Babiš denied it.",
			"Tomas Babiš", "", "Babis"},
		{"coordinated names after a plural role and a cue",
			"Eight opposition Kenyan senators led by Karl Imre and Omar Haddad sent a letter to the minister.",
			"Omar Haddad", "Omar Haddad -> Kenya", ""},
		{"names after including, with no office from an org role",
			"Several analysts, including Mira Okafor and Lena Varga, doubted the deal.",
			"Lena Varga", "", "Lena Varga -> *"},
		{"a later description in the apposition",
			"The danger has not passed, agreed Karl Imre, an ethnic Sylvanian living in Kenya and the vice chair of the Harbor Uyghur Congress.",
			"Karl Imre", "Karl Imre -> Harbor Uyghur Congress", ""},
		{"an adjectival participle is no speech verb",
			"Fishing boats swarmed Sylvania-claimed Tessa Reef, officials said.",
			"", "", "Tessa Reef"},
		{"a family name before a hyphenated given name",
			"South Korean lawmaker Park Ji-hoon said the plan was dead.",
			"Park Ji-hoon", "Park Ji-hoon -> South Korea", "Park Ji"},
		{"a park is still no person",
			"Crowds gathered in Central Park on Monday, police said.",
			"", "", "Central Park"},
		{"a country's person is its official",
			"Critics, including Hungary's Karl Imre, say Europe cannot pay.",
			"Karl Imre", "Karl Imre -> Hungary", "Karl Imre -> Europe"},
		{"an organisation's person",
			"The Harbor Policy Institute's Mira Okafor said the vote was free.",
			"Mira Okafor", "Mira Okafor -> Harbor Policy Institute", ""},
		{"who heads an institution",
			"Lena Varga, who heads Kenya's People's Harbor Foundation, echoed their concerns.",
			"Lena Varga", "Lena Varga -> People's Harbor Foundation", ""},
		{"lectures at an institution",
			"Mira Okafor lectures in marine biology at the University of Nova Tessa. Okafor doubts the reef will recover.",
			"Mira Okafor", "Mira Okafor -> University of Nova Tessa", ""},
		{"emperor is a title",
			"The palace was built for Austrian ruler and Emperor Karl Imre in 1790.",
			"Karl Imre", "", "Emperor Karl Imre"},
		{"a title's brief country between title and name",
			"U.N. Humanitarian Coordinator for Yemen Karl Imre warned that fuel is running out.",
			"Karl Imre", "Karl Imre -> United Nations", "Karl Imre -> Yemen"},
		{"a title of a country before the name",
			"President of Kenya Lena Varga said the vote was free.",
			"Lena Varga", "Lena Varga -> Kenya", ""},
		{"a member of a lower-case legislature holds a public office",
			"Kenya extended the mandate. Kenya's donors objected. Kenya did not reply. Omar Haddad, a member of the lower chamber, asked the president to step down.",
			"Omar Haddad", "Omar Haddad -> Kenya", ""},
		{"a member of a group holds no public office",
			"Kenya extended the mandate. Kenya's donors objected. Kenya did not reply. Omar Haddad, a member of the local choir, said the town was quiet.",
			"Omar Haddad", "", "Omar Haddad -> Kenya"},
		{"a predicate description after a surname",
			"Former French Ambassador Karl Imre wrote a memoir last year. Imre is currently an adviser at the Harbor Policy Institute in Lyon.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"a family name written first is the full name's",
			"Chinese President Wang Lihua met Kenyan leaders. Trump calls President Wang a friend.",
			"Wang Lihua", "", "Wang"},
		{"a personal role word in apposition before the name",
			"The Sylvanian opposition figure, Omar Haddad, was jailed on Monday.",
			"Omar Haddad", "", "Omar Haddad -> *"},
		{"a fronted description before a surname",
			"Karl Imre left Kenya in May. A media analyst at the Harbor Policy Institute, Imre said the talks failed.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"a country before an institution role is its topic",
			"\"The threat is real,\" said Lena Varga, the Kenya chair at the Harbor Policy Institute.",
			"Lena Varga", "Lena Varga -> Harbor Policy Institute", "Lena Varga -> Kenya"},
		{"a country before a public title stays the employer",
			"Karl Imre, the Kenyan ambassador at the Harbor Policy Institute forum, spoke first.",
			"Karl Imre", "Karl Imre -> Kenya", ""},
		{"an Arabic article and one word before a verb is no person",
			"Al Tessaba was captured by the rebels on Monday, the army said.",
			"", "", "Al Tessaba"},
		{"an Arabic article and one word that speaks is a person",
			"Al Gorey said the vote was rigged.",
			"Al Gorey", "", ""},
		{"who is the title of ORG",
			"Karl Imre, who is the director of the Harbor Policy Institute, said the plan failed.",
			"Karl Imre", "Karl Imre -> Harbor Policy Institute", ""},
		{"an age before the description",
			"Karl Imre, 52, a professor at the University of Nova Tessa, said the vote was free.",
			"Karl Imre", "Karl Imre -> University of Nova Tessa", ""},
		{"a list after a dash and a plural role of an institution",
			"Meanwhile, three members of the Kenyan Senate - Karl Imre, Lena Varga and Omar Haddad - led a group.",
			"Lena Varga", "Omar Haddad -> Kenyan Senate", ""},
		{"a personal descriptor before the name",
			"A Sylvanian internet celebrity, Tomas Feldov, known abroad as Fula, earned millions.",
			"Tomas Feldov", "", "Tomas Feldov -> *"},
		{"a founder as subject",
			"Kazu Isomori founded Harbor Robotics Corporation in 2019.",
			"Kazu Isomori", "Kazu Isomori -> Harbor Robotics Corporation", ""},
		{"a title inside a capitalised run starts the name",
			"Tessa Mayor Karl Imre said the city was safe.",
			"Karl Imre", "", "Tessa Mayor Karl Imre"},
		{"an honorific is no part of the name",
			"\"Why not?\" said Professor Karl Imre, a Kenyan presidential foreign policy adviser.",
			"Karl Imre", "Karl Imre -> Kenya", "Professor Karl Imre"},
		{"a religious honorific is no part of the name",
			"\"We welcome it,\" said Mawlawi Tomas Feldi.",
			"Tomas Feldi", "", "Mawlawi Tomas Feldi"},
		{"a surname with its organisation aside",
			"Karl Imre spoke first. \"It is not over,\" Imre, of the Harbor Uyghur Congress, said.",
			"Karl Imre", "Karl Imre -> Harbor Uyghur Congress", ""},
		{"a surname with a country aside gives no office",
			"Karl Imre spoke first. \"It is not over,\" Imre, of Kenya, said.",
			"Karl Imre", "", "Karl Imre -> *"},
		{"a place with a description is no person",
			"Nova Tessa, a town near the border, was shelled on Monday.",
			"", "", "Nova Tessa"},
		{"an organisation with a description is no person",
			"The Harbor Policy Institute, a research group based in Sylvania, said the vote was free.",
			"", "", "Harbor Policy Institute -> *"},
		{"a curly apostrophe inside a name",
			"Kenya's interior minister, Omar al-Tahir\u2019i, said the border stays open.",
			"Omar al-Tahir'i", "Omar al-Tahir'i -> Kenya", "Omar al-Tahir"},
		{"an en dash joins a given name",
			"Kenya's interior minister, Jean\u2013Luc Brandt, said the border stays open.",
			"Jean-Luc Brandt", "Jean-Luc Brandt -> Kenya", "Luc Brandt"},
		{"an acute accent for an apostrophe",
			"Kenya's interior minister, Omar al-Tahir\u00b4i, said the border stays open.",
			"Omar al-Tahir'i", "Omar al-Tahir'i -> Kenya", "Omar al-Tahir"},
		{"an armed group's field commander is the group's",
			"Shelling went on in Kenya. Ardent Front field commander Tomas Feld said his men held the ridge.",
			"Tomas Feld", "Tomas Feld -> Ardent Front", "Tomas Feld -> Kenya"},
		{"a party's regional leader is the party's",
			"Kenya votes in May. Harbor Unity Party regional leader Mira Okafor said the count was late.",
			"Mira Okafor", "Mira Okafor -> Harbor Unity Party", "Mira Okafor -> Kenya"},
		{"a rebel commander is no official of the story's state",
			"Shelling went on in Kenya. Rebel commander Tomas Feld said his men held the ridge.",
			"Tomas Feld", "", "Tomas Feld -> *"},
		{"a demonym before a rebel title gives no state office",
			"Shelling went on. Kenyan insurgent leader Tomas Feld said his men held the ridge.",
			"Tomas Feld", "", "Tomas Feld -> *"},
		{"a body's rebel commander is the body's",
			"Shelling went on in Kenya. Ardent Front rebel commander Tomas Feld said his men held the ridge.",
			"Tomas Feld", "Tomas Feld -> Ardent Front", "Tomas Feld -> Kenya"},
		{"an unknown acronym's commander is no official of the story's state",
			"Shelling went on in Kenya. ARV commander Tomas Feld said his men held the ridge.",
			"Tomas Feld", "", "Tomas Feld -> *"},
		{"a known abbreviation before a title still names the state",
			"Talks went on in Kenya. U.S. envoy Tomas Feld said the talks went well.",
			"Tomas Feld", "Tomas Feld -> United States", ""},
		{"a state's field commander stays the state's",
			"Shelling went on near the Ardent Front lines. Kenyan field commander Tomas Feld said his men held the ridge.",
			"Tomas Feld", "Tomas Feld -> Kenya", "Tomas Feld -> Ardent Front"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			names := map[string]string{}
			people := map[string]bool{}
			var got []string
			for _, e := range x.Entities {
				names[e.ID] = e.Name
				if e.Type == "Person" {
					people[e.Name] = true
				}
				got = append(got, e.Type+":"+e.Name)
			}
			offices := map[string]bool{}
			for _, r := range x.Relations {
				if r.Type == "OFFICIAL_OF" {
					offices[names[r.Source]+" -> "+names[r.Target]] = true
					offices[names[r.Source]+" -> *"] = true
					got = append(got, names[r.Source]+" -OFFICIAL_OF-> "+names[r.Target])
				}
			}
			if tt.person != "" && !people[tt.person] {
				t.Errorf("%q: no Person %q; got %q", tt.text, tt.person, got)
			}
			if tt.official != "" && !offices[tt.official] {
				t.Errorf("%q: no OFFICIAL_OF %s; got %q", tt.text, tt.official, got)
			}
			if a := tt.absent; a != "" {
				found := offices[a] || people[a]
				if found {
					t.Errorf("%q: unexpected %s; got %q", tt.text, a, got)
				}
			}
		})
	}
}

// TestRelativesShareSurname checks that relatives named as such do not
// make their shared surname ambiguous: "Imre" stays the principal.
func TestRelativesShareSurname(t *testing.T) {
	text := "Canada sanctioned former President Karl Imre, his wife, Lena Imre, and his son, Tomas Imre. " +
		"Australia also sanctioned Imre on Tuesday."
	x := analyzeTest(t, testPipeline(t), text)
	for _, who := range []string{"Lena Imre", "Tomas Imre"} {
		found := false
		for _, e := range x.Entities {
			found = found || e.Type == "Person" && e.Name == who
		}
		if !found {
			t.Errorf("no Person %q: %+v", who, x.Entities)
		}
	}
	wantFact(t, x, text, fact{typ: "SANCTIONED", from: "Australia", to: "Karl Imre"}) // Imre is Karl Imre
}

// TestNicknames checks that a name given as a person's nickname is an
// alias of that person, so later sentences naming it point to the person,
// and that descriptions after "known as" are no names.
func TestNicknames(t *testing.T) {
	tests := []struct {
		name, text    string
		person, alias string // alias "" : the person must have no other name
		met           string // "A -> B": a MET_WITH edge between them, by name
	}{
		{"known as",
			"Ardent Front commander Osei Tamar Kello, known as Dugsi, said the town had fallen. On Tuesday Dugsi met Kenyan President Mira Okafor in Nairobi.",
			"Osei Tamar Kello", "Dugsi", "Osei Tamar Kello -> Mira Okafor"},
		{"known by his nickname",
			"Ardent Front commander Osei Tamar Kello, known by his nickname Dugsi, said the town had fallen. Dugsi later met Kenyan President Mira Okafor.",
			"Osei Tamar Kello", "Dugsi", "Osei Tamar Kello -> Mira Okafor"},
		{"a surname known by a nickname",
			"Ardent Front commander Osei Tamar Kello spoke on Monday. Kello, known by his nickname Dugsi, signed the order. Dugsi later met Kenyan President Mira Okafor.",
			"Osei Tamar Kello", "Dugsi", "Osei Tamar Kello -> Mira Okafor"},
		{"nicknamed in quotes",
			"Ardent Front commander Osei Tamar Kello, nicknamed \"Dugsi\", said the town had fallen.",
			"Osei Tamar Kello", "Dugsi", ""},
		{"better known as a two-word name",
			"Ardent Front commander Osei Tamar Kello, better known as Abu Dugsi, said the town had fallen.",
			"Osei Tamar Kello", "Abu Dugsi", ""},
		{"known as a description is no name",
			"Ardent Front commander Osei Tamar Kello, known as a hardliner, said the town had fallen.",
			"Osei Tamar Kello", "", ""},
		{"another person's name is no nickname",
			"Mira Okafor spoke first. Ardent Front commander Osei Tamar Kello, known as Okafor, said the town had fallen.",
			"Osei Tamar Kello", "", ""},
		{"known as a country's man is no name",
			"Ardent Front commander Osei Tamar Kello, known as Kenya's most wanted man, said the town had fallen.",
			"Osei Tamar Kello", "", ""},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := analyzeTest(t, p, tt.text)
			names := entityNames(x)
			var aliases []string
			found := false
			for _, e := range x.Entities {
				if e.Type == "Person" && e.Name == tt.person {
					found = true
					for _, a := range e.Aliases {
						if !strings.Contains(e.Name, a) && !strings.Contains(a, e.Name) {
							aliases = append(aliases, a)
						}
					}
				}
				if tt.alias != "" && e.Name == tt.alias {
					t.Errorf("%q: the nickname %q is an entity of its own", tt.text, tt.alias)
				}
			}
			if !found {
				t.Fatalf("%q: no Person %q", tt.text, tt.person)
			}
			if got := strings.Join(aliases, "|"); got != tt.alias {
				t.Errorf("%q: aliases of %s = %q, want %q", tt.text, tt.person, got, tt.alias)
			}
			if tt.met == "" {
				return
			}
			met := false
			for _, r := range x.Relations {
				if r.Type == "MET_WITH" && (names[r.Source]+" -> "+names[r.Target] == tt.met || names[r.Target]+" -> "+names[r.Source] == tt.met) {
					met = true
				}
			}
			if !met {
				t.Errorf("%q: no MET_WITH %s", tt.text, tt.met)
			}
		})
	}
}
