// Hand-curated corrections and additions to the world-countries data, keyed
// by ISO 3166-1 alpha-3 (as world-countries spells it; Kosovo is "UNK" there
// and is written out as "XKX"). Everything here is news usage, not official
// ISO names. Each entry may give:
//   name      the canonical short English name (overrides name.common)
//   aliases   extra aliases (added after the filtered package aliases)
//   drop      package aliases to drop
//   demonyms  extra demonyms/adjectives (plural forms are added automatically
//             unless the word is in NO_PLURAL or already ends in s)
//   capitals  full replacement of the capital list, plain city name first
'use strict';

// Countries kept besides the UN members.
const EXTRA_STATES = ['PSE', 'TWN', 'UNK', 'VAT'];

// Output iso3 for codes that world-countries spells differently.
const ISO3_OUT = { UNK: 'XKX' };

// Dependent territories and special areas are not rows of countries.tsv; their
// cities are written with the iso3 of the state that holds them. Western
// Sahara (disputed) gets no country ("").
const TERRITORY_OF = {
  HKG: 'CHN', MAC: 'CHN',
  PRI: 'USA', GUM: 'USA', VIR: 'USA', ASM: 'USA', MNP: 'USA', UMI: 'USA',
  GLP: 'FRA', MTQ: 'FRA', GUF: 'FRA', REU: 'FRA', MYT: 'FRA', NCL: 'FRA', PYF: 'FRA',
  SPM: 'FRA', BLM: 'FRA', MAF: 'FRA', WLF: 'FRA', ATF: 'FRA',
  GIB: 'GBR', BMU: 'GBR', CYM: 'GBR', VGB: 'GBR', AIA: 'GBR', MSR: 'GBR', TCA: 'GBR',
  FLK: 'GBR', SHN: 'GBR', PCN: 'GBR', IOT: 'GBR', SGS: 'GBR', IMN: 'GBR', JEY: 'GBR', GGY: 'GBR',
  GRL: 'DNK', FRO: 'DNK',
  ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD',
  COK: 'NZL', NIU: 'NZL', TKL: 'NZL',
  CXR: 'AUS', CCK: 'AUS', NFK: 'AUS', HMD: 'AUS',
  ALA: 'FIN', SJM: 'NOR', BVT: 'NOR',
  ESH: '', ATA: '',
};

// Demonyms that have no separate plural form in English.
const NO_PLURAL = new Set([
  'Malagasy', 'Motswana', 'Mosotho', 'I-Kiribati', 'Ni-Vanuatu', 'Vatican',
  'Swiss', 'Kirghiz', 'Kyrgyz', 'Tadzhik', 'Lao', 'Luxembourgish', 'Icelandic',
  'Philippine', 'Burkinabe', 'Burkinabé', 'Hellenic', 'Batswana', 'Basotho',
]);

const O = {
  USA: {
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    capitals: ['Washington', 'Washington, D.C.', 'Washington D.C.'],
  },
  GBR: {
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
    demonyms: ['Briton'],
  },
  RUS: { aliases: ['Russian Federation'] },
  IRN: { aliases: ['Islamic Republic of Iran'] },
  SYR: { aliases: ['Syrian Arab Republic'] },
  KOR: { aliases: ['Republic of Korea', 'ROK'] },
  PRK: { aliases: ['DPRK', "Democratic People's Republic of Korea"] },
  VNM: { aliases: ['Viet Nam', 'Socialist Republic of Vietnam'] },
  LAO: { aliases: ["Lao People's Democratic Republic", 'Lao PDR'], demonyms: ['Lao'] },
  BOL: { aliases: ['Plurinational State of Bolivia'], capitals: ['Sucre', 'La Paz'] },
  VEN: { aliases: ['Bolivarian Republic of Venezuela'] },
  TZA: { aliases: ['United Republic of Tanzania'], capitals: ['Dodoma', 'Dar es Salaam'] },
  MDA: { aliases: ['Republic of Moldova'], capitals: ['Chișinău', 'Chisinau'] },
  CZE: { name: 'Czechia', aliases: ['Czech Republic'], demonyms: ['Czechs'] },
  TUR: {
    name: 'Turkey',
    aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
    demonyms: ['Turk'],
  },
  PSE: {
    name: 'Palestine',
    aliases: ['State of Palestine', 'Palestinian Territories', 'Palestinian territories', 'Occupied Palestinian Territory', 'Occupied Palestinian Territories'],
  },
  TWN: { aliases: ['Republic of China', 'Chinese Taipei'] },
  UNK: { name: 'Kosovo', aliases: ['Republic of Kosovo'], demonyms: ['Kosovan'] },
  VAT: {
    name: 'Vatican',
    aliases: ['Holy See', 'Vatican City', 'Vatican City State'],
  },
  CIV: {
    name: 'Ivory Coast',
    aliases: ["Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"],
    capitals: ['Yamoussoukro', 'Abidjan'],
  },
  MMR: { name: 'Myanmar', aliases: ['Burma'], capitals: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'] },
  COD: {
    name: 'DR Congo',
    aliases: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'D.R. Congo', 'DR of Congo', 'Congo-Kinshasa'],
  },
  COG: {
    name: 'Republic of the Congo',
    aliases: ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
    // "Congo" alone is ambiguous in news text (more often the DRC): keep it out.
    drop: ['Congo'],
  },
  ARE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  SAU: { aliases: ['KSA', 'Kingdom of Saudi Arabia'], demonyms: ['Saudi'], drop: ['Saudi'] },
  CHN: { aliases: ["People's Republic of China", 'PRC', 'Mainland China'] },
  NLD: { aliases: ['Holland', 'The Netherlands', 'Kingdom of the Netherlands'], demonyms: ['Dutchman', 'Dutchmen', 'Dutchwoman', 'Dutchwomen'], capitals: ['Amsterdam', 'The Hague'] },
  MKD: { aliases: ['Macedonia', 'Republic of North Macedonia', 'FYROM'] },
  SWZ: { aliases: ['Swaziland'] },
  CPV: { aliases: ['Cabo Verde', 'Republic of Cabo Verde'], demonyms: ['Cape Verdean'] },
  TLS: { aliases: ['East Timor'] },
  BIH: { aliases: ['Bosnia', 'Bosnia-Herzegovina'] },
  BRN: { aliases: ['Brunei Darussalam'] },
  FSM: { aliases: ['Federated States of Micronesia'] },
  GMB: { aliases: ['The Gambia'] },
  BHS: { aliases: ['The Bahamas'] },
  STP: { aliases: ['Sao Tome and Principe'], capitals: ['São Tomé', 'Sao Tome'] },
  KNA: { aliases: ['St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Christopher and Nevis'], demonyms: ['Kittitian', 'Nevisian'] },
  LCA: { aliases: ['St Lucia', 'St. Lucia'] },
  VCT: { aliases: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'] },
  ZAF: { aliases: ['RSA'] },
  KGZ: { aliases: ['Kyrgyz Republic'], demonyms: ['Kyrgyz', 'Kyrgyzstani'] },
  TJK: { demonyms: ['Tajik', 'Tajikistani'] },
  KAZ: { demonyms: ['Kazakh'] },
  UZB: { demonyms: ['Uzbek'] },
  TKM: { demonyms: ['Turkmen'] },
  AFG: { aliases: ['Islamic Emirate of Afghanistan'] },
  DJI: { demonyms: ['Djiboutian'], drop_demonyms: ['Djibouti'] },
  MDV: { demonyms: ['Maldivian'] },
  ECU: { demonyms: ['Ecuadorian'] },
  SOM: { demonyms: ['Somalian'] },
  PHL: { demonyms: ['Filipina', 'Philippine'] },
  DEU: { demonyms: ['Germans'] },
  // "Dominican" in news means the Dominican Republic.
  DMA: { drop_demonyms: ['Dominican'] },
  FRA: { demonyms: ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'] },
  ESP: { demonyms: ['Spaniard'] },
  DNK: { demonyms: ['Dane'] },
  SWE: { demonyms: ['Swede'] },
  FIN: { demonyms: ['Finn'] },
  POL: { demonyms: ['Pole'] },
  ISL: { demonyms: ['Icelandic'] },
  IRL: { demonyms: ['Irishman', 'Irishmen'] },
  HRV: { demonyms: ['Croat'] },
  SRB: { demonyms: ['Serb'] },
  SVN: { demonyms: ['Slovenian'] },
  SVK: { demonyms: ['Slovakian'] },
  NPL: { demonyms: ['Nepali'] },
  LUX: { demonyms: ['Luxembourgish'] },
  BWA: { demonyms: ['Batswana'] },
  LSO: { demonyms: ['Basotho'] },
  TTO: { demonyms: ['Tobagonian'] },
  GNB: { demonyms: ['Bissau-Guinean'] },
  BFA: { demonyms: ['Burkinabé'] },
  NZL: { demonyms: ['Kiwi'] },
  AZE: { demonyms: ['Azeri'] },
  GRC: { demonyms: ['Hellenic'] },
  BGD: { demonyms: ['Bangladeshi'] },
  LKA: { capitals: ['Colombo', 'Sri Jayawardenepura Kotte', 'Kotte'] },
  MYS: { capitals: ['Kuala Lumpur', 'Putrajaya'] },
  BEN: { capitals: ['Porto-Novo', 'Cotonou'] },
  BDI: { capitals: ['Gitega', 'Bujumbura'] },
  MNG: { capitals: ['Ulaanbaatar', 'Ulan Bator'] },
  UKR: { capitals: ['Kyiv', 'Kiev'] },
  YEM: { capitals: ["Sana'a", 'Sanaa', 'Aden'] },
  KIR: { capitals: ['South Tarawa', 'Tarawa'] },
  SMR: { capitals: ['San Marino', 'City of San Marino'] },
  PLW: { capitals: ['Ngerulmud', 'Melekeok'] },
  CHE: { capitals: ['Bern', 'Berne'] },
  IND: { capitals: ['New Delhi', 'Delhi'] },
};

module.exports = { O, EXTRA_STATES, ISO3_OUT, NO_PLURAL, TERRITORY_OF };
