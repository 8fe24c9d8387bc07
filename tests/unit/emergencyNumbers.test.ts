import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { checkEmergencyNumbers, emergencyNumbersSchema } from '../../src/schemas/emergencyNumbers.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { siteFiles } from '../helpers/siteFiles.ts';

const FILE = 'content/emergency-numbers.yaml';
const real = () => parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>[];

/** Every place the table must cover: English- and Spanish-speaking countries named in the brief. */
const REQUIRED = [
  // English
  ...['GB', 'IE', 'US', 'PR', 'CA', 'AU', 'NZ', 'IN', 'ZA', 'NG', 'KE', 'GH', 'PH', 'SG'],
  ...['JM', 'TT', 'BB', 'BS', 'BZ', 'GY'],
  // Spanish
  ...[
    'ES',
    'GQ',
    'MX',
    'GT',
    'HN',
    'SV',
    'NI',
    'CR',
    'PA',
    'CU',
    'DO',
    'CO',
    'VE',
    'EC',
    'PE',
    'BO',
    'CL',
    'AR',
    'UY',
    'PY',
  ],
];
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE']
  .concat(['IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'])
  .sort();

/** One valid entry, to break one thing at a time. */
function entry(): Record<string, unknown> {
  return {
    code: 'GB',
    name: { en: 'United Kingdom', es: 'Reino Unido' },
    region: 'europe',
    ambulance: [{ number: '999', for: { en: 'ambulance', es: 'ambulancia' } }],
    department: { en: 'A&E', es: 'urgencias (A&E)' },
    sameDay: {
      name: { en: 'NHS 111', es: 'NHS 111' },
      number: '111',
      url: 'https://111.nhs.uk',
      for: { en: 'urgent but not 999', es: 'urgente pero no 999' },
    },
    sources: [
      {
        title: 'Calling 999',
        publisher: 'An NHS trust',
        url: 'https://www.example.nhs.uk/999',
        verified: 'stored-copy',
        checked: '2026-12-07',
        states: ['999', '111'],
      },
    ],
  };
}

/** The messages for a table, one line each ("[0].field: message"). */
function messages(data: unknown): string[] {
  return checkEmergencyNumbers(FILE, data).problems.map((p) => `${p.field}: ${p.message}`);
}

describe('content/emergency-numbers.yaml', () => {
  const table = emergencyNumbersSchema.parse(real());
  const codes = table.map((e) => e.code);

  test('the real table passes the schema', () => {
    expect(messages(real())).toEqual([]);
  });

  test('has at least 60 places, each once', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('covers every English- and Spanish-speaking country in the brief', () => {
    expect(REQUIRED.filter((code) => !codes.includes(code))).toEqual([]);
  });

  test('covers all 27 EU member states, each with 112 given by a source that was read', () => {
    expect(EU).toHaveLength(27);
    expect(EU.filter((code) => !codes.includes(code))).toEqual([]);
    for (const code of EU) {
      const place = table.find((e) => e.code === code)!;
      expect(place.region, code).toBe('europe');
      expect(
        place.ambulance.map((a) => a.number),
        code,
      ).toContain('112');
      expect(
        place.sources.some((s) => s.verified !== 'none' && s.states.includes('112')),
        code,
      ).toBe(true);
    }
  });

  test('every source that was read has the date it was read; no unread one has a date', () => {
    for (const source of table.flatMap((e) => e.sources)) {
      expect(source.checked === undefined, source.url).toBe(source.verified === 'none');
    }
  });

  test('the notes list exactly the places with a number no read source gives', () => {
    const { notes } = checkEmergencyNumbers(FILE, real());
    const fully = table.filter((e) => e.sources.every((s) => s.verified === 'none')).map((e) => e.code);
    for (const code of fully) expect(notes.some((n) => n.message.startsWith(`${code} (`))).toBe(true);
    const us = notes.find((n) => n.message.startsWith('US ('))!;
    expect(us.message).toMatch(/is unverified: no source that states 911 was read/);
    expect(notes.some((n) => n.message.startsWith('FR ('))).toBe(false);
  });
});

describe('the emergency numbers schema', () => {
  test('a valid entry passes', () => {
    expect(messages([entry()])).toEqual([]);
  });

  test('an entry with no source', () => {
    expect(messages([{ ...entry(), sources: [] }])).toEqual([
      '[0].sources: must list at least one official source (title, publisher, https url, verified)',
    ]);
    const { sources: _, ...noSources } = entry();
    expect(messages([noSources])).toEqual(['[0].sources: must be a list of sources']);
  });

  test('a number no source gives', () => {
    const place = entry();
    (place.sources as { states: string[] }[])[0]!.states = ['999'];
    expect(messages([place])).toEqual([
      '[0].sources: has none that gives 111: add 111 to the states of the source that gives it, or add that source',
    ]);
  });

  test('a duplicate country code', () => {
    expect(messages([entry(), entry()])).toEqual(['[1].code: lists GB a second time']);
  });

  test('a number with letters, and one in the wrong format', () => {
    const place = entry();
    (place.ambulance as { number: string }[])[0]!.number = '999a';
    (place.sources as { states: string[] }[])[0]!.states = ['999a', '111'];
    expect(messages([place])[0]).toBe(
      '[0].ambulance[0].number: must be a phone number written as digits, with single spaces only where they help reading, like "112" or "1800 022 222"',
    );
    const spaced = entry();
    (spaced.ambulance as { number: string }[])[0]!.number = ' 9 99';
    expect(messages([spaced])[0]).toMatch(/^\[0\]\.ambulance\[0\]\.number: must be a phone number/);
    const unquoted = entry();
    (unquoted.ambulance as { number: unknown }[])[0]!.number = 999;
    expect(messages([unquoted])[0]).toMatch(/^\[0\]\.ambulance\[0\]\.number: .*quote it/);
  });

  test('an http:// source, or a javascript: one', () => {
    const place = entry();
    (place.sources as { url: string }[])[0]!.url = 'http://www.example.nhs.uk/999';
    expect(messages([place])).toEqual([
      '[0].sources[0].url: must be a full https:// address (http:// can be changed on the way)',
    ]);
    (place.sources as { url: string }[])[0]!.url = 'javascript:alert(1)';
    expect(messages([place])).toHaveLength(1);
  });

  test('a read source needs its date, and an unread one must not claim one', () => {
    const read = entry();
    delete (read.sources as Record<string, unknown>[])[0]!.checked;
    expect(messages([read])).toEqual([
      '[0].sources[0].checked: is required for a source marked verified: stored-copy: the date you read it, as YYYY-MM-DD',
    ]);
    const unread = entry();
    (unread.sources as Record<string, unknown>[])[0]!.verified = 'none';
    expect(messages([unread])).toEqual([
      '[0].sources[0].checked: is only for a source whose page you read: remove it, or read the page and set verified to stored-copy or live',
    ]);
    const badDate = entry();
    (badDate.sources as Record<string, unknown>[])[0]!.checked = '2026-02-30';
    expect(messages([badDate])).toEqual(['[0].sources[0].checked: must be a real date written as YYYY-MM-DD']);
  });

  test('both languages are required, and the region and code are checked', () => {
    const place = { ...entry(), name: { en: 'United Kingdom' }, region: 'europa', code: 'uk' };
    expect(messages([place])).toEqual([
      '[0].code: must be an ISO 3166-1 alpha-2 code in capitals, like GB or ES',
      '[0].name.es: is required and must be text',
      '[0].region: must be one of: europe, north-america, central-america, caribbean, south-america, africa, asia, oceania',
    ]);
  });

  test('a number listed twice, and a source naming a number the entry does not list', () => {
    const place = entry();
    const ambulance = place.ambulance as unknown[];
    ambulance.push(ambulance[0]);
    (place.sources as { states: string[] }[])[0]!.states = ['999', '111', '112'];
    expect(messages([place])).toEqual([
      '[0].ambulance[1].number: lists 999 twice',
      '[0].sources[0].states: names 112, which this entry does not list: list it, or remove it from states',
    ]);
  });

  test('an unread source gives a note, not a problem', () => {
    const place = entry();
    (place.sources as Record<string, unknown>[])[0]!.verified = 'none';
    delete (place.sources as Record<string, unknown>[])[0]!.checked;
    const result = checkEmergencyNumbers(FILE, [place]);
    expect(result.problems).toEqual([]);
    expect(result.notes.map((n) => `${n.field}: ${n.message}`)).toEqual([
      '[0].sources: GB (United Kingdom) is unverified: no source that states 999, 111 was read. Check on the official page, then set verified and checked',
    ]);
  });
});

describe('the content pipeline reads content/emergency-numbers.yaml', () => {
  test('the fixture site (with the real table) has no problems, and the table and its notes are there', () => {
    const { problems, content } = loadSite(siteFiles());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.emergencyNumbers?.length).toBeGreaterThanOrEqual(60);
    expect(content.notes.length).toBeGreaterThan(0);
    expect(content.notes.every((n) => n.file === FILE && typeof n.line === 'number')).toBe(true);
  });

  test('a bad entry is a problem with file and line', () => {
    const files = siteFiles();
    files[FILE] = files[FILE]!.replace("- number: '999'\n", "- number: '9 9 9x'\n");
    const { problems } = loadSite(files);
    const found = problems.filter((p) => p.file === FILE);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => typeof p.line === 'number')).toBe(true);
    const lines = files[FILE]!.split('\n');
    const at = found.find((p) => p.field.endsWith('.number'))!;
    expect(at.message).toMatch(/must be a phone number/);
    expect(lines[at.line! - 1]).toContain("'9 9 9x'");
  });

  test('the file is required', () => {
    const files = siteFiles();
    delete files[FILE];
    expect(loadSite(files).problems.map(formatProblem)).toEqual([`${FILE}: file: is missing: restore it from git`]);
  });
});
