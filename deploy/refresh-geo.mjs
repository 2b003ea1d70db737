// Builds the compact, gzip-compressed geography files of src/main/resources/geo/
// from the data/ folder of the npm package @etalab/decoupage-administratif.
// Plain Node (>= 18), no dependencies.
//
// Usage: node deploy/refresh-geo.mjs <package-dir> <out-dir>
//   <package-dir>: the extracted npm package (the folder holding package.json and data/)
//   <out-dir>:     where to write *.json.gz and VERSION
//
// Source fields used (French, as in the package):
//   regions.json         code, nom
//   departements.json    code, nom, region, typeLiaison (INSEE TNCC: article), zone
//   arrondissements.json code, nom, departement
//   communes.json        code, nom, type (kept: "commune-actuelle"), departement, region,
//                        arrondissement (absent for Mayotte and the COM), population
//   epci.json            code (SIREN), nom, type (CC, CA, CU, METRO, MET69), membres[].code
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const [pkgDir, outDir] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: node refresh-geo.mjs <package-dir> <out-dir>');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const read = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', name), 'utf8'));

const regions = read('regions.json');
const departements = read('departements.json');
const arrondissements = read('arrondissements.json');
const communes = read('communes.json');
const epcis = read('epci.json');

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const orNull = (v) => (v === undefined || v === null || v === '' ? null : v);
const problems = [];

function uniqueCodes(list, what) {
  const seen = new Set();
  for (const x of list) {
    if (seen.has(x.code)) problems.push(`duplicate ${what} code ${x.code}`);
    seen.add(x.code);
  }
  return seen;
}

// Régions: code -> nom
const regionName = new Map(regions.map((r) => [r.code, r.nom]));

// Départements
const outDepartements = departements
  .map((d) => {
    if (!regionName.has(d.region)) problems.push(`departement ${d.code}: unknown region ${d.region}`);
    return { code: d.code, name: d.nom, region: d.region, regionName: orNull(regionName.get(d.region)), typeLiaison: orNull(d.typeLiaison), zone: orNull(d.zone) };
  })
  .sort(byCode);
const depCodes = uniqueCodes(outDepartements, 'departement');

// Arrondissements
const outArrondissements = arrondissements
  .map((a) => {
    if (!depCodes.has(a.departement)) problems.push(`arrondissement ${a.code}: unknown departement ${a.departement}`);
    return { code: a.code, name: a.nom, department: a.departement };
  })
  .sort(byCode);
const arrCodes = uniqueCodes(outArrondissements, 'arrondissement');

// EPCI, and commune code -> EPCI SIREN from the members lists
const outEpcis = epcis.map((e) => ({ code: e.code, name: e.nom, type: e.type })).sort(byCode);
uniqueCodes(outEpcis, 'epci');
const epciOf = new Map();
for (const e of epcis) {
  for (const m of e.membres || []) {
    if (epciOf.has(m.code) && epciOf.get(m.code) !== e.code) {
      problems.push(`commune ${m.code} member of two EPCI: ${epciOf.get(m.code)} and ${e.code}`);
    }
    epciOf.set(m.code, e.code);
  }
}

// Communes (current ones only)
const outCommunes = communes
  .filter((c) => c.type === 'commune-actuelle')
  .map((c) => {
    if (!depCodes.has(c.departement)) problems.push(`commune ${c.code}: unknown departement ${c.departement}`);
    const arrondissement = orNull(c.arrondissement);
    if (arrondissement !== null && !arrCodes.has(arrondissement)) {
      problems.push(`commune ${c.code}: unknown arrondissement ${arrondissement}`);
    }
    const population = Number.isInteger(c.population) ? c.population : null;
    return {
      code: c.code,
      name: c.nom,
      department: c.departement,
      region: c.region,
      arrondissement,
      epci: epciOf.get(c.code) ?? null,
      population,
    };
  })
  .sort(byCode);
const communeCodes = uniqueCodes(outCommunes, 'commune');
for (const code of epciOf.keys()) {
  if (!communeCodes.has(code)) problems.push(`EPCI member ${code} is not a current commune`);
}

if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error('ERROR: ' + p);
  console.error(`${problems.length} consistency problem(s); nothing written`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const files = [
  ['departements.json.gz', outDepartements],
  ['arrondissements.json.gz', outArrondissements],
  ['communes.json.gz', outCommunes],
  ['epcis.json.gz', outEpcis],
];
const lines = [`${pkg.name}@${pkg.version}`, new Date().toISOString().slice(0, 10)];
for (const [name, data] of files) {
  const gz = gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(join(outDir, name), gz);
  lines.push(`${name} ${data.length}`);
  console.log(`${name}: ${data.length} entries, ${gz.length} bytes`);
}
writeFileSync(join(outDir, 'VERSION'), lines.join('\n') + '\n');

const noArr = outCommunes.filter((c) => c.arrondissement === null).length;
const noEpci = outCommunes.filter((c) => c.epci === null).length;
const noPop = outCommunes.filter((c) => c.population === null).length;
console.log(`communes without arrondissement: ${noArr}, without epci: ${noEpci}, without population: ${noPop}`);
