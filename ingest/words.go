package ingest

// Word lists used by the stages: the named word sets of data/wordsets.txt
// (see its header for the format and each set's description), and the
// word tables that map a word to a value.
var (
	speechVerbs        = mustWordSet("speech_verbs")
	prepositions       = mustWordSet("prepositions")
	placePreps         = mustWordSet("place_preps")
	nameStop           = mustWordSet("name_stop")
	notNameWords       = mustWordSet("not_name_words")
	givenNameCountries = mustWordSet("given_name_countries")
	orgHeads           = mustWordSet("org_heads")
	orgNameWords       = mustWordSet("org_name_words")
	collectiveNouns    = mustWordSet("collective_nouns")
	genericHeads       = mustWordSet("generic_heads")
	groupNouns         = mustWordSet("group_nouns")
	placeNouns         = mustWordSet("place_nouns")
	featureNouns       = mustWordSet("feature_nouns")
	islandNouns        = mustWordSet("island_nouns")
	compassWords       = mustWordSet("compass_words")
	citySuffix         = mustWordSet("city_suffix")
	placeNounsPlural   = mustWordSet("place_nouns_plural")
	regionSuffix       = mustWordSet("region_suffix")
	nameParticles      = mustWordSet("name_particles")
	stateRoles         = mustWordSet("state_roles")
	orgRoles           = mustWordSet("org_roles")
	personalRoles      = mustWordSet("personal_roles")
	kinNouns           = mustWordSet("kin_nouns")
	inversionVerbs     = mustWordSet("inversion_verbs")
	legislatureNouns   = mustWordSet("legislature_nouns")
	honorifics         = mustWordSet("honorifics")
	preNameRoles       = mustWordSet("pre_name_roles")
	orgClassNouns      = mustWordSet("org_class_nouns")
	institutionWords   = mustWordSet("institution_words")
	descStop           = mustWordSet("desc_stop")
	apposFollowers     = mustWordSet("appos_followers")
	ministryPortfolios = mustWordSet("ministry_portfolios")
	motionWords        = mustWordSet("motion_words")
	stateBodyWords     = mustWordSet("state_body_words")
	partyModifiers     = mustWordSet("party_modifiers")
	wrongVerbs         = mustWordSet("wrong_verbs")
	wrongNouns         = mustWordSet("wrong_nouns")
	breachVerbs        = mustWordSet("breach_verbs")
	breachObjects      = mustWordSet("breach_objects")
	modifierHeads      = mustWordSet("modifier_heads")
	deployedHeads      = mustWordSet("deployed_heads")
	denyVerbs          = mustWordSet("deny_verbs")
	accusationNouns    = mustWordSet("accusation_nouns")
	demandNouns        = mustWordSet("demand_nouns")
	offerNouns         = mustWordSet("offer_nouns")
	denialObjects      = mustWordSet("denial_objects")
	partyWords         = mustWordSet("party_words")
	partyHeads         = mustWordSet("party_heads")
	civilHeads         = mustWordSet("civil_heads")
	strikeDeeds        = mustWordSet("strike_deeds")
	killingDeeds       = mustWordSet("killing_deeds")
	attackDeeds        = mustWordSet("attack_deeds")
	captureDeeds       = mustWordSet("capture_deeds")
	deedModifiers      = mustWordSet("deed_modifiers")
	auxWords           = mustWordSet("aux_words")
	subBodyHeads       = mustWordSet("sub_body_heads")
	affiliateNouns     = mustWordSet("affiliate_nouns")
	legislatorTitles   = mustWordSet("legislator_titles")
	articles           = mustWordSet("articles")
	orgTopicPreps      = mustWordSet("org_topic_preps")
	fightingHeads      = mustWordSet("fighting_heads")
	titleEmployerPreps = mustWordSet("title_employer_preps")
	determiners        = mustWordSet("determiners")
	lawmakerNouns      = mustWordSet("lawmaker_nouns")
	shipPrefixes       = mustWordSet("ship_prefixes")
	officeVerbs        = mustWordSet("office_verbs")
	meetingBodies      = mustWordSet("meeting_bodies")
	islandHeads        = mustWordSet("island_heads")
	bringInVerbs       = mustWordSet("bring_in_verbs")
	islandRanks        = mustWordSet("island_ranks")
	officeSpans        = mustWordSet("office_spans")
	officeAdverbs      = mustWordSet("office_adverbs")
)

var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6}

var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

// workVerbs say a person holds a role in the institution named after
// them: "X, who heads the Y Foundation", "X lectures on law at the Y
// University"; the value is the role. Verbs of the first kind take the
// institution as object, "lectures", "teaches", "works" and "serves" name it
// after "at".
var workVerbs = map[string]string{"heads": "head", "headed": "head", "leads": "leader", "led": "leader",
	"runs": "head", "chairs": "chair", "directs": "director", "founded": "founder", "co-founded": "co-founder",
	"manages": "manager", "lectures": "lecturer", "teaches": "teacher", "works": "staff", "serves": "staff"}

// orgDescriptors are lower-case nouns that say what kind of organisation
// the name after them (or in their apposition) denotes, with that kind.
var orgDescriptors = map[string]string{"group": "other", "groups": "other", "militia": "armed_group",
	"faction": "armed_group", "cell": "armed_group", "outfit": "armed_group", "insurgency": "armed_group",
	"organisation": "other", "organization": "other", "network": "other",
	"coalition": "other", "alliance": "other", "party": "party", "firm": "company", "company": "company",
	"consultancy": "company", "startup": "company", "charity": "ngo", "ngo": "ngo", "watchdog": "ngo",
	"monitor": "ngo", "broadcaster": "media", "newspaper": "media", "outlet": "media", "institute": "ngo",
	"nonprofit": "ngo", "foundation": "ngo"}

// officeAbbrevs are the short forms of offices, with the title they stand
// for: "Peru's PM" holds the office of "Prime Minister Lena Varga".
var officeAbbrevs = map[string]string{"pm": "prime minister"}
