#!/usr/bin/env node
// Checks every TSV in schema/gazetteer: UTF-8, the header comment lines, the
// column count, byte-order sorting, no duplicate rows, and the references
// between files (iso3 codes, organisation kinds and parents, title kinds).
'use strict';

const fs = require('fs');
const path = require('path');

const DIR = path.resolve(__dirname, '../../schema/gazetteer');
const byteCmp = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const errors = [];
const err = (f, msg) => errors.push(`${f}: ${msg}`);

function load(file) {
  const buf = fs.readFileSync(path.join(DIR, file));
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (e) {
    err(file, 'not valid UTF-8');
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) err(file, 'starts with a BOM');
  if (!text.endsWith('\n')) err(file, 'does not end with a newline');
  const lines = text.split('\n').slice(0, -1);
  const header = [];
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) header.push(lines[i++]);
  const body = lines.slice(i);
  if (!header.some((h) => /^# source: /.test(h))) err(file, 'no "# source:" line');
  if (!header.includes('# comment character: #')) err(file, 'no "# comment character: #" line');
  const colLine = header.find((h) => h.startsWith('# columns: '));
  if (!colLine) {
    err(file, 'no "# columns:" line');
    return null;
  }
  const columns = colLine
    .slice('# columns: '.length)
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((c) => c.trim());
  const rows = [];
  body.forEach((l, n) => {
    const where = `line ${header.length + n + 1}`;
    if (l.startsWith('#')) err(file, `${where}: comment inside the body`);
    if (l.trim() === '') err(file, `${where}: empty line`);
    if (/\r/.test(l)) err(file, `${where}: carriage return`);
    const f = l.split('\t');
    if (f.length !== columns.length) err(file, `${where}: ${f.length} fields, want ${columns.length}`);
    if (!f[0]) err(file, `${where}: empty first field`);
    for (const v of f) {
      if (v !== v.trim()) err(file, `${where}: field with outer spaces: "${v}"`);
      if (v.split('|').some((x) => v && (x === '' || x !== x.trim()))) err(file, `${where}: bad list "${v}"`);
      if (v !== v.normalize('NFC')) err(file, `${where}: not NFC: "${v}"`);
    }
    rows.push(Object.fromEntries(columns.map((c, k) => [c, f[k] || ''])));
  });
  for (let k = 1; k < body.length; k++) {
    const c = byteCmp(body[k - 1], body[k]);
    if (c > 0) err(file, `not sorted at line ${header.length + k + 1}: ${body[k]}`);
    if (c === 0) err(file, `duplicate line ${body[k]}`);
  }
  return { columns, rows };
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.tsv')).sort();
const t = {};
for (const f of files) t[f] = load(f);

const want = {
  'countries.tsv': ['iso2', 'iso3', 'name', 'aliases', 'demonyms', 'capitals'],
  'cities.tsv': ['name', 'iso3', 'lat', 'lon', 'population', 'altnames'],
  'cities_extra.tsv': ['name', 'iso3', 'lat', 'lon', 'population', 'altnames'],
  'regions.tsv': ['name', 'iso3', 'kind', 'code'],
  'regions_extra.tsv': ['name', 'iso3', 'kind', 'code', 'aliases'],
  'organisations.tsv': ['name', 'kind', 'aliases', 'country', 'based_in', 'part_of'],
  'titles.tsv': ['title', 'kind'],
};
for (const [f, cols] of Object.entries(want)) {
  if (!t[f]) {
    err(f, 'missing or unreadable');
    continue;
  }
  if (t[f].columns.join(',') !== cols.join(',')) err(f, `columns ${t[f].columns} want ${cols}`);
}

if (!errors.length) {
  const iso3 = new Set(t['countries.tsv'].rows.map((r) => r.iso3));
  if (iso3.size !== 197) err('countries.tsv', `${iso3.size} countries, want 197`);
  const okIso3 = (f, v, allowEmpty) => {
    if (v === '' ? !allowEmpty : !iso3.has(v)) err(f, `unknown iso3 "${v}"`);
  };
  for (const f of ['cities.tsv', 'cities_extra.tsv']) {
    for (const r of t[f].rows) {
      okIso3(f, r.iso3, true);
      if (!/^-?\d+(\.\d+)?$/.test(r.lat) || Math.abs(+r.lat) > 90) err(f, `bad lat ${r.name} ${r.lat}`);
      if (!/^-?\d+(\.\d+)?$/.test(r.lon) || Math.abs(+r.lon) > 180) err(f, `bad lon ${r.name} ${r.lon}`);
      if (!/^\d+$/.test(r.population)) err(f, `bad population ${r.name} ${r.population}`);
      if (r.altnames.split('|').length > 5) err(f, `more than 5 altnames for ${r.name}`);
    }
  }
  for (const f of ['regions.tsv', 'regions_extra.tsv']) {
    for (const r of t[f].rows) {
      okIso3(f, r.iso3, f === 'regions_extra.tsv');
      if (!/^[a-z][a-z ,-]*$/.test(r.kind)) err(f, `bad kind "${r.kind}" for ${r.name}`);
      if (r.code && !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.code)) err(f, `bad code "${r.code}" for ${r.name}`);
    }
  }
  const ORG_KINDS = new Set(['igo', 'government', 'military', 'armed_group', 'ngo', 'party', 'media', 'company', 'other']);
  const orgs = t['organisations.tsv'].rows;
  const orgNames = new Set(orgs.map((r) => r.name));
  if (orgNames.size !== orgs.length) err('organisations.tsv', 'duplicate names');
  const seen = new Map();
  for (const r of orgs) {
    if (!ORG_KINDS.has(r.kind)) err('organisations.tsv', `bad kind "${r.kind}" for ${r.name}`);
    okIso3('organisations.tsv', r.country, true);
    okIso3('organisations.tsv', r.based_in, true);
    if (r.part_of && !orgNames.has(r.part_of)) err('organisations.tsv', `part_of "${r.part_of}" of ${r.name} is not an organisation`);
    if (r.part_of === r.name) err('organisations.tsv', `${r.name} is part of itself`);
    if ((r.kind === 'government' || r.kind === 'military') && !r.country) err('organisations.tsv', `${r.name}: government/military body without country`);
    for (const a of [r.name, ...(r.aliases ? r.aliases.split('|') : [])]) {
      if (seen.has(a) && seen.get(a) !== r.name) err('organisations.tsv', `"${a}" names both ${seen.get(a)} and ${r.name}`);
      seen.set(a, r.name);
    }
  }
  const TITLE_KINDS = new Set(['head_of_state', 'head_of_government', 'minister', 'diplomat', 'military', 'spokesperson', 'legislator', 'igo', 'other']);
  const titles = new Set();
  for (const r of t['titles.tsv'].rows) {
    if (!TITLE_KINDS.has(r.kind)) err('titles.tsv', `bad kind "${r.kind}" for ${r.title}`);
    if (titles.has(r.title)) err('titles.tsv', `duplicate title ${r.title}`);
    titles.add(r.title);
  }
}

if (errors.length) {
  for (const e of errors.slice(0, 50)) console.error(e);
  console.error(`check: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log(`check: ${files.length} files ok (${files.map((f) => `${f} ${t[f].rows.length}`).join(', ')})`);
