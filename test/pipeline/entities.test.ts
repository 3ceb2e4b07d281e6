import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_LABELS, attendanceRoles, listEntries } from '../../pipeline/extract/attendance.ts';
import { organisations, places } from '../../pipeline/extract/entities.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { findSignatories } from '../../pipeline/extract/people.ts';
import { acts } from '../../pipeline/extract/politicians.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';

const lexicon = swedishLexicon();
const roleOf = (roles: { name: string; role: string }[], name: string): string[] => roles.filter((r) => r.name === name).map((r) => r.role).sort();

describe('attendance lists', () => {
  it('has a part for each label family, or says the entry decides', () => {
    const part = (label: string) => ATTENDANCE_LABELS.find((l) => l.forms.test(label))?.role;
    expect(part('Beslutande')).toBe('ledamot');
    expect(part('Kallade ledamöter')).toBe('ledamot');
    expect(part('Tjänstgörande ersättare')).toBe('ersättare');
    expect(part('Utses att justera')).toBe('justerare');
    expect(part('Övriga närvarande')).toBeNull();
    expect(part('Sekreterare')).toBeUndefined();
  });

  it('splits a flattened list into names, parties and their own words', () => {
    expect(listEntries('Eva Lind (S), ordförande Per Ek (M) Anna Holm, kommunchef, § 12', lexicon)).toEqual([
      { name: 'Eva Lind', party: 'S', words: 'ordförande' },
      { name: 'Per Ek', party: 'M', words: '' },
      { name: 'Anna Holm', party: null, words: 'kommunchef, § 12' },
    ]);
    // Commas between names; a party after a comma without parentheses; four names' words without a mark are two names.
    expect(listEntries('Karin Ström, Ulf Berg, Jonas Vik', lexicon).map((e) => e.name)).toEqual(['Karin Ström', 'Ulf Berg', 'Jonas Vik']);
    expect(listEntries('Ingrid Wallén, C', lexicon)).toEqual([{ name: 'Ingrid Wallén', party: 'C', words: '' }]);
    expect(listEntries('Elsa Lund Kjell Ahl', lexicon).map((e) => e.name)).toEqual(['Elsa Lund', 'Kjell Ahl']);
    // A capitalised title ends a name; a common noun is no given name.
    expect(listEntries('Maria Lind Sekreterare Anders Hjelm Kommunchef', lexicon)).toEqual([
      { name: 'Maria Lind', party: null, words: 'Sekreterare' },
      { name: 'Anders Hjelm', party: null, words: 'Kommunchef' },
    ]);
    expect(listEntries('Sammanträdesrum Runby, kommunhuset', lexicon)).toEqual([]);
    // Names printed side by side without separators, two words each; a note of presence is no title.
    expect(listEntries('Lena Ek Tomas Wall Britt Ros Ove Lind fr o m 42', lexicon).map((e) => e.name)).toEqual(['Lena Ek', 'Tomas Wall', 'Britt Ros', 'Ove Lind']);
  });

  it('reads a list flattened after the last of several labels by its entries\' own words only', () => {
    const { people, roles } = attendanceRoles([{ label: 'Utses att justera', value: 'Gunnar Säv, ordförande Lena Ek Tomas Wall Nils Fjäll, byggnadschef Maria Berg, stadsarkitekt' }], lexicon);
    expect(people).toEqual(['Gunnar Säv', 'Lena Ek', 'Tomas Wall', 'Nils Fjäll', 'Maria Berg']);
    expect(roles).toEqual([
      { name: 'Gunnar Säv', role: 'ordförande' },
      { name: 'Nils Fjäll', role: 'byggnadschef' },
      { name: 'Maria Berg', role: 'stadsarkitekt' },
    ]);
  });

  it('makes the ersättare printed right after the justerare their substitute', () => {
    const { roles } = attendanceRoles([{ label: 'Förslag till justerare', value: 'Ordinarie: Eva Lind (S)' }, { label: 'Ersättare', value: 'Per Ek (M)' }], lexicon);
    expect(roles).toEqual([{ name: 'Eva Lind', role: 'justerare' }, { name: 'Per Ek', role: 'ersättare för justerare' }]);
  });

  it('gives politicians the label\'s part, officials their title, and reads labels run into the list', () => {
    const { roles, parties } = attendanceRoles(
      [
        { label: 'BESLUTANDE', value: 'Eva Lind (S), ordförande Per Ek (M), 2:e vice ordf. Ola Berg (C), tjg ersättare ERSÄTTARE Mia Sand (V)' },
        { label: 'Övriga deltagande', value: 'Anna Holm, kommunchef Bo Ström, IFO, 31-36' },
        { label: 'Utses att justera', value: 'Per Ek (M) med Mia Sand (V) som ersättare' },
      ],
      lexicon,
    );
    expect(roleOf(roles, 'Eva Lind')).toEqual(['ledamot', 'ordförande']);
    expect(roleOf(roles, 'Per Ek')).toEqual(['justerare', 'ledamot', 'vice ordförande']);
    expect(roleOf(roles, 'Ola Berg')).toEqual(['ersättare']);
    expect(roleOf(roles, 'Mia Sand')).toEqual(['ersättare', 'ersättare för justerare']);
    expect(roleOf(roles, 'Anna Holm')).toEqual(['kommunchef']);
    expect(roleOf(roles, 'Bo Ström')).toEqual(['ifo']);
    expect(parties).toContainEqual({ name: 'Mia Sand', party: 'V' });
    expect(parties.find((p) => p.name === 'Anna Holm')).toBeUndefined();
  });

  it('reads signatures with the role under the name, or above it when the block starts with a role', () => {
    const lines = (t: string) => t.split('\n').map((text) => ({ text }));
    expect(findSignatories(lines('Berit Lund\nOrdförande\nJohan Falk\nSekreterare'))).toEqual([
      { name: 'Berit Lund', role: 'Ordförande' },
      { name: 'Johan Falk', role: 'Sekreterare' },
    ]);
    expect(findSignatories(lines('118-121\nSekreterare\nFrida Holm\nOrdförande\nAnna Strand (S)'))).toEqual([
      { name: 'Frida Holm', role: 'sekreterare' },
      { name: 'Anna Strand', role: 'ordförande' },
    ]);
  });

  it('reads yrkanden and reservationer', () => {
    expect(acts('Yrkanden Eva Lind (S) yrkar bifall. Per Ek (M) reserverade sig mot beslutet.', lexicon)).toEqual([
      { name: 'Eva Lind', role: 'yrkande' },
      { name: 'Per Ek', role: 'reservation' },
    ]);
  });

  it('puts the parts on a protokoll in a layout not used to write the rules (development set: world/p01)', () => {
    const doc = extract(fs.readFileSync('test/fixtures/world/p01.txt', 'utf8'));
    expect(roleOf(doc.personRoles, 'Henrik Lövgren')).toEqual(['ledamot', 'yrkande']);
    expect(roleOf(doc.personRoles, 'Mats Åkerlind')).toEqual(['ersättare']);
    expect(roleOf(doc.personRoles, 'Annelie Forsberg')).toEqual(['justerare', 'ledamot']);
    expect(roleOf(doc.personRoles, 'Linda Berger')).toEqual(['ledamot', 'reservation', 'yrkande']);
    expect(roleOf(doc.personRoles, 'Petra Lund')).toContain('övrig deltagare');
    expect(doc.personParties).toContainEqual({ name: 'Mats Åkerlind', party: 'M' });
  });
});

describe('organisations', () => {
  it('reads authorities, regions, companies and associations', () => {
    const text = 'Remissen kom från Trafikverket. Beslut Vallby Fastigheter AB ansöker. Länsstyrelsen i Kalmar län och Region Skåne har yttrat sig med Polisregion Syd, liksom Hembygdsföreningen och Föreningen Gamla Stan. Reningsverket byggs om.';
    expect(organisations(text, lexicon)).toEqual(['Trafikverket', 'Vallby Fastigheter AB', 'Länsstyrelsen i Kalmar län', 'Region Skåne', 'Polisregion Syd', 'Hembygdsföreningen', 'Föreningen Gamla Stan']);
  });
});

describe('places', () => {
  it('reads municipalities, län, places after a preposition, streets and trakter', () => {
    const text = 'Förskolan i Torup byggs på Lärkvägen i Karlsbo. Detaljplan för del av Höör 12:4 i Skåne. Nackas förslag gäller Kalmar län. Stora salen i Rådhuset.';
    expect(places(text, lexicon, [])).toEqual(['Torup', 'Lärkvägen', 'Karlsbo', 'Höör', 'Skåne', 'Nacka', 'Kalmar län']);
  });

  it('reads a letterhead in capitals and a fastighetsbeteckning printed alone, not a clock time', () => {
    expect(places('LULEÅ KOMMUN\nDetaljplan för Ljungdalen 2:14 m.fl. Brygga vid Kvarnaholm 1:7. Maj Hallberg 9:30-11:00.', lexicon, [])).toEqual(['Luleå', 'Ljungdalen', 'Kvarnaholm']);
  });

  it('leaves out people\'s names and names that are also words', () => {
    // A municipality's name after a given name is a surname.
    expect(places('Underskrift Lena Norberg', lexicon, [])).toEqual([]);
    expect(places('Motion av Oskar Lund (M) om skolan i Mark. Yttrande i Kurt Westbergs ärende.', lexicon, ['Oskar Lund'])).toEqual(['Mark']);
    expect(places('Ärendet gäller Lund.', lexicon, [])).toEqual([]);
  });
});
