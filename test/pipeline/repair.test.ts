import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../ingest/background-text.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';
import { searchCandidates } from '../../pipeline/repair/candidates.ts';
import { confusionTable, DELETE_COST, INSERT_COST, regime, WILD_COST } from '../../pipeline/repair/confusions.ts';
import { WordModel } from '../../pipeline/repair/model.ts';
import { nameSpellings } from '../../pipeline/repair/names.ts';
import { phraseSpellings, type PhraseWord } from '../../pipeline/repair/phrases.ts';
import { Repairer, repair } from '../../pipeline/repair/repair.ts';
import { PLACE_ENDINGS, SURNAME_ENDINGS } from '../../pipeline/lexicon/municipal.ts';

/** A repairer with the installed background text, as ingest makes one; each test its own, so no memo carries over. */
const withBackground = (): Repairer => new Repairer({ background: loadBackground()?.model });

const SEEDS = 'test/fixtures/seeds';
const seed = (name: string): string => fs.readFileSync(path.join(SEEDS, name), 'utf8');

/** A stripped-regime sentence around `damaged`: no å/ä/ö anywhere, as an engine without Swedish data reads. */
const stripped = (damaged: string): string => `Forvaltningen har granskat remissen och ${damaged} ska beredas under hosten.`;
const repairedSentence = (words: string): string => `Förvaltningen har granskat remissen och ${words} ska beredas under hösten.`;

describe('lexicon', () => {
  const lexicon = swedishLexicon();
  it('splits compounds into listed parts', () => {
    expect(lexicon.split('socialnämnden')).toEqual(['socialnämnden']);
    expect(lexicon.split('stadsövergripande')).toEqual(['stads', 'övergripande']);
    expect(lexicon.split('samverkansöverenskommelse')).toEqual(['samverkans', 'överenskommelse']);
    expect(lexicon.split('xqzfoo')).toBeNull();
  });
  it('knows listed forms in either case and compound beginnings', () => {
    expect(lexicon.knows('Förvaltningens')).toBe(true);
    expect(lexicon.knows('forvaltningens')).toBe(false);
    expect(lexicon.beginsCompounds('hälso')).toBe(true);
  });
  it('splits a compound whose joint wrote three like consonants as two', () => {
    expect(lexicon.split('nattillsyn')).toEqual(['natt', 'tillsyn']);
    expect(repair('Kommunen har använt digital nattillsyn med goda erfarenheter.').text).toBe('Kommunen har använt digital nattillsyn med goda erfarenheter.');
  });
  it('knows the genitive of a present participle used as a noun, which the dictionary does not list', () => {
    expect(lexicon.has('justerandes')).toBe(false);
    expect(lexicon.knows('Justerandes')).toBe(true);
    expect(repair('Justerandes signatur', { regime: 'stripped' }).text).toBe('Justerandes signatur');
    // Only of a listed participle.
    expect(lexicon.knows('fjorkandes')).toBe(false);
  });
});

/** Tesseract with Swedish data on a worn copy of the second-author set's Göteborg protokollsutdrag. */
const WORN = `Goleborgs Stad
Socialnämnden Ceniram
Utdrag ur protokoll fört vid sammanträde med Socialnämnden Centrum 2020-09-13
8187
Dnr N137-0456 20
Yttrande till kommunstyrelsen over forslag till program for en jarnlik stad 2020-2026
Beslut
1. Socialnämnden Centrum tillstyrker förslaget till program tör en jämlik stad 2020-2026
med de synpunkter som trampar av torvaliningens tjänsteutlatande.
2, Soclalnamnden Centrum överlämnar tjänsteutlatandet som yttrande till kommunstyrelsen.
3. Paragrafen förklaras omedelbart justerad.
Handling
Tjänsteutlatande daterat 2020-08-27.
Yrkanden
Ordföranden Karin Pleyel (MP) yrkar bitall till förvaltningens förslag
`;

describe('candidate search', () => {
  it('gives a reading reached along two paths one cost, not two that differ in the last bit', () => {
    // "processtédjande": a free letter and two confusions, summed in two orders (5.7 and
    // 5.699999999999999 before costs were rounded), so rounding noise broke a tie of equal readings.
    const found = searchCandidates('processtédjande', swedishLexicon(), confusionTable('worn'), { maxCost: 8, edits: false, wild: 1 });
    const costs = new Map(found.map((c) => [c.word, c.cost]));
    expect(costs.get('processvädjande')).toBe(costs.get('processtäljande'));
    for (const { cost } of found) expect(Math.round(cost * 1e6) / 1e6).toBe(cost);
  });

  it('lets a free letter change a letter, not only its case ("fairtradekommun" is no misread "Fairtrade" compound)', () => {
    // The lexicon lists "Fairtrade" as a name; a compound written in lower case is no damage to it.
    for (const word of ['fairtradekommun', 'fairtradeskolan']) {
      const found = searchCandidates(word, swedishLexicon(), confusionTable('stripped'), { maxCost: 8, edits: false, wild: 1 });
      expect(found.map((c) => c.word)).not.toContain(`F${word.slice(1)}`);
    }
  });

  it('finds a dropped letter beside a letter read as another, whichever the search tries first', () => {
    // "förzltningen": "v" dropped and "a" read as "z", side by side. The search tries the added
    // letter and the free letter in one order only (the other reaches the same node at the same
    // cost), and skips a free or added letter after which nothing of the string can follow.
    const search = (word: string): Map<string, number> =>
      new Map(searchCandidates(word, swedishLexicon(), confusionTable('stripped'), { maxCost: 9.5, edits: true, wild: 1 }).map((c) => [c.word, c.cost]));
    expect(search('förzltningen').get('förvaltningen')).toBe(INSERT_COST + WILD_COST);
    expect(search('forvzltningen').get('förvaltningen')).toBeLessThan(WILD_COST + 1);
    expect(search('kommunstyrelsenz').get('kommunstyrelsen')).toBe(DELETE_COST);
  });
});

describe('regime', () => {
  it('tells text that lost its å/ä/ö from text that kept them', () => {
    expect(regime(seed('002_1a29c63b3b3a44df.txt'))).toBe('stripped');
    expect(regime(seed('002_1a29c63b3b3a44df.truth.txt'))).toBe('intact');
  });

  it('tells a worn copy read with Swedish data (diacritics kept, many words damaged) from intact text', () => {
    const repairer = new Repairer();
    expect(repairer.regime(WORN)).toBe('worn');
    expect(repairer.regime(seed('000_550816b0be03c5e1.txt'))).toBe('intact');
    // Too few words to judge: intact.
    expect(repairer.regime('Yttrande över forslag till program for en jarnlik stad')).toBe('intact');
  });

  it('repairs known words in a worn copy ("for", "over") that it leaves alone in intact text', () => {
    const repaired = repair(WORN).text;
    expect(repaired).toContain('Yttrande till kommunstyrelsen över förslag till program för en jämlik stad');
    expect(repaired).toContain('Göteborgs Stad');
    expect(repaired).toContain('tillstyrker förslaget till program för en jämlik stad');
    expect(repaired).toContain('Tjänsteutlåtande daterat 2020-08-27.');
    expect(repaired).toContain('yrkar bifall till förvaltningens förslag');
  });
});

describe('repair', () => {
  it.each(['000_550816b0be03c5e1.txt', '001_a424892d2af8109e.txt', '003_f4253ad83b63b7dc.txt', '004_cbcbe56bc7805af2.txt', '002_1a29c63b3b3a44df.truth.txt'])(
    'leaves clean text %s byte-identical',
    (name) => {
      const text = seed(name);
      const result = repair(text);
      expect(result.corrections).toEqual([]);
      expect(result.text).toBe(text);
    },
  );

  it.each([
    ['Socialnimndens beslut', 'Socialnämndens beslut'],
    ['Socialnamnden godkdnner', 'Socialnämnden godkänner'],
    ['remiss frén kommunstyrelsen', 'remiss från kommunstyrelsen'],
    ['arbetet 1 samverkan', 'arbetet i samverkan'],
    ['en gemensam mélséttning', 'en gemensam målsättning'],
    ['Alexandra Mattsson Akerstrom', 'Alexandra Mattsson Åkerström'],
    ['Rinkeby-Kista stadsdelsnamnd', 'Rinkeby-Kista stadsdelsnämnd'],
    ['forslag till beslut', 'förslag till beslut'],
    ['det ar viktigt', 'det är viktigt'],
  ])('repairs "%s"', (damaged, repaired) => {
    expect(repair(stripped(damaged)).text).toBe(repairedSentence(repaired));
  });

  it('reports no correction that changes nothing (a name read again as the compound it is printed as)', () => {
    const result = repair('Detaljplan for Vikdalsskolan i Saltsjo-Boo');
    expect(result.text).toBe('Detaljplan för Vikdalsskolan i Saltsjö-Boo');
    expect(result.corrections.filter((c) => c.original === c.replacement)).toEqual([]);
    // Over a whole set of legacy OCR too.
    const dir = 'test/fixtures/dev-p052';
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ocr-eng.txt')).slice(0, 12)) {
      expect(repair(fs.readFileSync(path.join(dir, f), 'utf8')).corrections.filter((c) => c.original === c.replacement), f).toEqual([]);
    }
  });

  it('reads no English word as a Swedish one: an English summary in a Swedish memo, an English memo whole', () => {
    const summary = 'Summary in English. The municipality has decided to join the European network for sustainable cities. The aim is to improve air quality and to involve citizens in the planning process.';
    const text = `Forvaltningen foreslar att namnden godkanner rapporten.\n\n${summary}\n\nArendet ska beredas under hosten.`;
    const result = repair(text);
    expect(result.text).toBe(`Förvaltningen föreslår att nämnden godkänner rapporten.\n\n${summary}\n\nÄrendet ska beredas under hösten.`);
    const memo = 'Meeting notes\n\nThe committee discussed the annual report. No decisions were taken.\nNext meeting: 12 March.';
    expect(repair(memo).corrections).toEqual([]);
  });

  it("reads a word a line's end hyphenated as one word: no half read as a word of its own, repaired whole in damaged text", () => {
    const set = 'Ärendet ska behandlas av kommunfullmäk-\ntige i juni och sedan av social-\nnämnden i augusti. Förvaltningen har utrett frå-\ngan om barn- och ungdoms-\nverksamhet samt hälso-\noch sjukvård.';
    const intact = withBackground().repair(set);
    // Justified text is no worn copy, and none of its halves is read as another word ("tige" -> "läge").
    expect(intact.regime).toBe('intact');
    expect(intact.corrections).toEqual([]);
    const stripped = set.replace(/[åä]/g, 'a').replace(/[ö]/g, 'o').replace(/Ä/g, 'A');
    const result = withBackground().repair(stripped);
    expect(result.text).toBe(set);
    expect(result.corrections.find((c) => c.original === 'kommunfullmak-\ntige')).toMatchObject({ replacement: 'kommunfullmäk-\ntige', rule: 'line-hyphen' });
  });

  it('reads a short function word in a line set in capitals as that word, and leaves codes in capitals', () => {
    const text = 'Protokollet justerades.\nYTTRANDE OVER REMISS OM FORSLAG TILL NY LAG FOR SKOLAN\nNamnden beslutar att godkanna yttrandet.';
    expect(withBackground().repair(text).text).toBe('Protokollet justerades.\nYTTRANDE ÖVER REMISS OM FÖRSLAG TILL NY LAG FÖR SKOLAN\nNämnden beslutar att godkänna yttrandet.');
    // A code is no function word; and in a line with small letters a capital "FOR" is left as printed.
    expect(withBackground().repair('PROTOKOLL KS AU 2019\nForvaltningen svarar FOR och KS.').text).toBe('PROTOKOLL KS AU 2019\nFörvaltningen svarar FOR och KS.');
  });

  it('repairs "P4" at the start of a sentence', () => {
    expect(repair('Samverkan finns. P4 lokal niva finns arbetet.').text).toBe('Samverkan finns. På lokal nivå finns arbetet.');
  });

  it('never touches e-mail addresses, URLs, case numbers, numbers, abbreviations or party letters', () => {
    const text = stripped('erik.nordstrand@stockholm.se, www.stockholm.se/diarium, Dnr 1.7.1-310/2018, KS 2018/906, 08-508 43 112, SSP och MVP, Edholm (L)');
    const result = repair(text);
    for (const kept of ['erik.nordstrand@stockholm.se', 'www.stockholm.se/diarium', 'Dnr 1.7.1-310/2018', 'KS 2018/906', '08-508 43 112', 'SSP och MVP', '(L)']) {
      expect(result.text).toContain(kept);
    }
  });

  it('keeps a registry prefix in mixed case ("Vo 45/2020"), and gives back the slash a damaged copy lost after its label', () => {
    const text = 'Arendenummer: Vo 45/2020\nFérslag till bestut: Vard- och omsorgsnamnden godkanner budgetuppféljningen.\nArendenummer: Vo 12 2020';
    const result = repair(text).text;
    expect(result).toContain('Vo 45/2020');
    expect(result).toContain('Vo 12/2020');
  });

  it('reads an unclosed parenthesis glued to an unknown word as the t or f it was ("(agit fram")', () => {
    expect(repair('Stadsledningskontoret har (agit fram en strategi för arbetet.').text).toBe('Stadsledningskontoret har tagit fram en strategi för arbetet.');
    // A closed parenthesis, and one before a known word, are punctuation.
    for (const kept of ['Nämnden har (agit) fram en strategi.', 'Nämnden har (om det behövs\nen strategi.']) expect(repair(kept).text).toBe(kept);
  });

  it('reads a worn ö printed as an e, and a g as a q', () => {
    // A worn copy read with Swedish data: the ö's dots ran into its bowl.
    expect(repair('Nämnden behandlade ferslaget och var enig om beslutet.').text).toBe('Nämnden behandlade förslaget och var enig om beslutet.');
    // The legacy engine's readings of a worn typewriter page.
    expect(repair('Bakqrund\nKommunen har fatt en ansokan qenom forvaltningen om bebyqgelse.').text).toBe(
      'Bakgrund\nKommunen har fatt en ansökan genom förvaltningen om bebyggelse.',
    );
    // A name with its q is no damaged word.
    const names = 'Sven Lindqvist yrkar bifall. Stina Sjöqvist och Sara Nyqvist instämmer.';
    expect(repair(names).text).toBe(names);
  });

  it('leans to the words of the genre where OCR leaves a choice ("Yurande" is "Yttrande", not "tjurande")', () => {
    const text = 'Linkopings kommun\nSocialnamnden\n\nKommunstyrelsen\nYurande over remiss av handlingsplan mot valdsbejakande extremism (KS 2020/88)';
    expect(repair(text).text).toContain('\nYttrande över remiss av handlingsplan');
  });

  it('reads a free letter in a long word also where two rare confusions make another word ("Beshutet" is not "Beskuret")', () => {
    expect(repair('L. Socialnämnden godkänner förvaltningens tjänsteutlåtande.\n2. Beshutet justeras omedelbart', { regime: 'stripped' }).text).toContain('2. Beslutet justeras omedelbart');
  });

  it('reads no free letter in a long word of text that lost its å/ä/ö where giving them back alone makes a compound ("vaxelvard" is no "växelvarm")', () => {
    const read = repair('PM - Behov av korttidsplatser och vaxelvard 2023-2027', { regime: 'stripped' }).text.split(' ')[6]!;
    expect(read).not.toBe('växelvarm');
    expect(read.normalize('NFD').replace(/\p{M}/gu, '')).toBe('vaxelvard');
    // A letter of its own still, where no reading of the å/ä/ö alone is a word ("Beshutet" above).
  });

  it('reads a very long word through three slips ("sumverkansoverenshommelse")', () => {
    const text = 'Forvaltningen valkomnar en sumverkansoverenshommelse mellan staden och polisen.';
    expect(repair(text).text).toBe('Förvaltningen välkomnar en samverkansöverenskommelse mellan staden och polisen.');
  });

  it('reads a very long word that lost a letter and had another broken ("Kommunhulmaktige")', () => {
    // Lund's kallelse as diarium reads its worn copy.
    const text = 'Kommunkontorets förslag till beslut: Kommunhulmaktige avslår motionen.';
    expect(repair(text, { regime: 'worn' }).text).toBe(text.replace('Kommunhulmaktige', 'Kommunfullmäktige'));
  });

  it('reads a capitalised word longer than names are like any damaged word ("Budgetuppf6ljning")', () => {
    // Legacy OCR of Örebro's kallelse: an agenda item's heading.
    const text = '2. Budgetuppf6ljning januari 2020\nArendenummer: Vo 45/2020';
    expect(repair(text).text).toBe('2. Budgetuppföljning januari 2020\nÄrendenummer: Vo 45/2020');
    // Names keep their spelling ("Gardfjell" is no "Gardtjell").
    expect(repair(stripped('Maria Gardfjell (MP) foreslar')).text).toContain('Maria Gardfjell (MP) föreslår');
  });

  it('reads a very long word with a dropped or added letter and one more confusion ("Sotcialtörvaltningen")', () => {
    // Seed 004 as diarium reads its worn copy; the city's other documents name the office.
    const model = new WordModel();
    for (const name of ['000_550816b0be03c5e1.txt', '001_a424892d2af8109e.txt', '003_f4253ad83b63b7dc.txt']) model.learn(seed(name));
    const text = 'Sotcialtörvaltningen hänvisar till detta tjänsteutlåtande som svar på motionen.';
    expect(repair(text, { regime: 'worn', model }).text).toBe(text.replace('Sotcialtörvaltningen', 'Socialförvaltningen'));
  });

  it('keeps the line structure and reports each correction with its position', () => {
    const text = seed('002_1a29c63b3b3a44df.txt');
    const result = repair(text);
    expect(result.text.split('\n').length).toBe(text.split('\n').length);
    expect(result.corrections.length).toBeGreaterThan(50);
    for (const c of result.corrections) expect(text.slice(c.index, c.index + c.original.length)).toBe(c.original);
  });

  it('reads "au" between lower-case words as "att" with its t\'s run together, also in intact text, but not an arbetsutskott', () => {
    const fixed = repair('Kommunstyrelsen föreslår kommunfullmäktige au anta taxan enligt bilaga.', { regime: 'intact' });
    expect(fixed.text).toBe('Kommunstyrelsen föreslår kommunfullmäktige att anta taxan enligt bilaga.');
    expect(fixed.corrections.map((c) => c.rule)).toEqual(['merged-att']);
    for (const text of ['Ärendet behandlades av KS au den 3 maj.', 'Protokoll från ks au den 3 maj.', 'Kommunstyrelsens au 12 maj.']) expect(repair(text, { regime: 'intact' }).text).toBe(text);
  });

  it('reads "for" as "för" in damaged text but leaves it in text that has its diacritics', () => {
    expect(repair(stripped('for barnen')).text).toContain('för barnen');
    const intact = 'Bilen for förbi skolan på morgonen.';
    expect(repair(intact).text).toBe(intact);
  });

  it('learns vocabulary and names from clean corpus text', () => {
    const damaged = 'Beslutet fattades av Yasmine Ekman Munir pa Rinkeby-Kista stadsdelsforvaltning och vald forebyggs.';
    const model = new WordModel();
    model.learn(seed('000_550816b0be03c5e1.txt'), 'seed-000');
    model.learn(seed('000_550816b0be03c5e1.txt'), 'seed-000');
    expect(model.count('våld')).toBe(fs.readFileSync(path.join(SEEDS, '000_550816b0be03c5e1.txt'), 'utf8').match(/\bvåld\b/gi)!.length);
    const result = repair(damaged, { model });
    expect(result.text).toContain('Yasmine Ekman Munir på Rinkeby-Kista stadsdelsförvaltning');
    expect(result.text).toContain('våld förebyggs');
    expect(WordModel.fromJSON(JSON.parse(JSON.stringify(model))).count('våld')).toBe(model.count('våld'));
  });

  it('reads an ö the English model printed as two glyphs, an accent and a 6 ("é6ver", "f6ér")', () => {
    const legacy = 'Forvaltningen har ansvar f6ér att lamna synpunkter é6ver remissen.';
    expect(repair(legacy, { regime: 'stripped' }).text).toBe('Förvaltningen har ansvar för att lämna synpunkter över remissen.');
  });

  it('reads a capital A inside a small word as å or ä, and a letter printed beside its mark ("frAn", "raétt", "vAald", "La&nk", "fdSreslagna")', () => {
    const legacy = 'Svar frAn namnden om sammantrAdet. Det ar raétt att ordfoéranden leder arbetet mot vAald.\nLa&nk till de fdSreslagna atgarderna.';
    expect(repair(legacy, { regime: 'stripped' }).text).toBe('Svar från nämnden om sammanträdet. Det är rätt att ordföranden leder arbetet mot våld.\nLänk till de föreslagna åtgärderna.');
    // A capital inside a name or a code is no å ("IKEA", "SvD").
    expect(repair('Avtal med IKEA och SvD om annonser.', { regime: 'stripped' }).text).toBe('Avtal med IKEA och SvD om annonser.');
  });

  it('reads the ä of a face with a round a, which the English model prints as a G ("Grendet", "Gr")', () => {
    const legacy = 'Beskrivning av Grendet\nProtokollet Gr justerat och nämnden Gr enig.';
    expect(repair(legacy, { regime: 'stripped' }).text).toBe('Beskrivning av ärendet\nProtokollet är justerat och nämnden är enig.');
  });

  it('reads letters worn type opened or closed that the scans\' OCR shows again and again', () => {
    // A g's bowl opened ("Bakpnund"), an r's arm lost ("progiam"), an ö closed ("averens"), an i run
    // into the stroke beside it ("muljoer"), an f's bar lost ("skafta" is a word; "skafla" is not).
    const legacy = 'Bakpnund\nNämnden och lokalpolisen är averens om ett progiam mot brott i kriminella muljoer.';
    expect(repair(legacy, { regime: 'stripped' }).text).toBe('Bakgrund\nNämnden och lokalpolisen är överens om ett program mot brott i kriminella miljöer.');
  });

  it('reads braces as the legacy engine\'s l and f, and as a parenthesis where one is open ("til}", "{or", "(C}")', () => {
    const text = 'Svaret ska ha kommit in til} departementet.\nMotion från Mattias Horrdin (C} om livssituationen {or dessa unga.';
    expect(repair(text, { regime: 'stripped' }).text).toBe('Svaret ska ha kommit in till departementet.\nMotion från Mattias Horrdin (C) om livssituationen för dessa unga.');
    // A bracket no bracket opened, as the brace ("skal]", "famil]"); one that closes a bracket stays.
    const bracket = 'att motionen skal] anses besvarad.\nIndivid- och famil]jeomsorg [se bilaga]';
    expect(repair(bracket, { regime: 'stripped' }).text).toBe('att motionen skall anses besvarad.\nIndivid- och familjeomsorg [se bilaga]');
  });

  it('reads a word in the context of the word after it as that word will be read ("förstag til}" is "förslag till")', () => {
    const model = new WordModel();
    // The pair is told apart by how much more often "till" follows "förslag" than it stands anywhere:
    // in a corpus of some size, where "till" is one word of many.
    model.learn('Nämnden lämnar förslag till beslut. Förslag till program för en jämlik stad.');
    model.learn('Förvaltningen har tagit del av remissen och delar i stort den bild som ges av behoven i staden. Arbetet med frågorna pågår redan inom ramen för den ordinarie verksamheten, och nämnden ser inga hinder mot att det fortsätter på samma sätt under det kommande året. Kostnaderna ryms inom budgeten.');
    const read = new Repairer({ model }).repair('Yttrande till kommunstyrelsen aver forstag til} progiam for en jamlik stad', 'stripped').text;
    expect(read).toBe('Yttrande till kommunstyrelsen över förslag till program för en jämlik stad');
  });

  it('reads a k whose arm worn type closed into a b ("Aballa", "respebtive"), as it reads an h', () => {
    expect(repair('Trygghetsskapande belysning i Husby och Aballa', { regime: 'stripped' }).text).toBe('Trygghetsskapande belysning i Husby och Akalla');
    expect(repair('Förvaltningen och polisen har respebtive ansvar.', { regime: 'stripped' }).text).toBe('Förvaltningen och polisen har respektive ansvar.');
  });

  it('reads "tj" that the legacy engine ran into one glyph ("Uansteutlatande", "socialyansten")', () => {
    expect(repair(stripped('godkanner forvaltningens Uansteutlatande som svar')).text).toContain('godkänner förvaltningens tjänsteutlåtande som svar');
    expect(repair(stripped('overlamnar Yansteutlatandet som yttrande')).text).toContain('överlämnar tjänsteutlåtandet som yttrande');
    expect(repair(stripped('inom socialyansten i staden')).text).toContain('inom socialtjänsten i staden');
  });

  it('reads a long word whose worn type broke one letter into a shape no confusion pairs it with', () => {
    // Tesseract with Swedish data on worn copies of the seeds: "n" for "m", "u" for "o".
    const text = 'Komnunstyrelsen har remitterat ärendet till stadsledningskonturet.';
    expect(repair(text, { regime: 'worn' }).text).toBe('Kommunstyrelsen har remitterat ärendet till stadsledningskontoret.');
    // Short words are left to the confusion table: one free letter would make most of them another word.
    expect(repair('Ärendet gällde ett bidreg till föreningen.', { regime: 'worn' }).text).toContain('bidreg');
  });

  it('reads a lone "I" between lower-case words as the preposition, not a Roman numeral after "fas"', () => {
    expect(repair('Insatserna görs I samband med skolstarten.').text).toBe('Insatserna görs i samband med skolstarten.');
    expect(repair('I skrivelsen framförs att arbetet ska starta.').text).toBe('I skrivelsen framförs att arbetet ska starta.');
    expect(repair('Arbetet i fas I avslutas under våren.').text).toBe('Arbetet i fas I avslutas under våren.');
    expect(repair('Remiss om tryggare offentliga miljöer I Malmö').text).toBe('Remiss om tryggare offentliga miljöer i Malmö');
  });

  it('reads the day "1" of a date printed as a bar or an l between "den" and a month ("från den | januari")', () => {
    const legacy = 'Avgiften hojs fran den | januari 2020 och galler under perioden l februari till den 28 februari.';
    const text = repair(legacy, { regime: 'stripped' }).text;
    expect(text).toContain('från den 1 januari 2020');
    expect(text).toContain('perioden 1 februari till den 28 februari');
    // In text that kept its diacritics too: there is no other reading of a bar before a month.
    expect(repair('Avgiften höjs från den | januari.', { regime: 'intact' }).text).toBe('Avgiften höjs från den 1 januari.');
    expect(repair('Avgiften höjs från den | i januari.', { regime: 'intact' }).text).not.toContain('den 1');
  });

  it('reads the page number "1" of a header\'s "N (M)" printed as a bar ("Sida | (4)"), and keeps a "1" a noun counts', () => {
    const text = repair('Tjanstutlatande\nSida | (4)\nStadskontoret | (2) Datum 2022-11-08\nenligt bilaga 1 till utlatandet och arskurs 1 pa gymnasiet. Det finns 1 kommunen en plan som beskrivs i (2) nedan.', { regime: 'stripped' }).text;
    expect(text).toContain('Sida 1 (4)\nStadskontoret 1 (2) Datum');
    expect(text).toContain('bilaga 1 till');
    expect(text).toContain('årskurs 1 på');
    // A "1" between other words is still the preposition, and a preposition before "(2)" stays.
    expect(text).toContain('finns i kommunen');
    expect(text).toContain('beskrivs i (2) nedan');
    expect(repair('Sida | (4)', { regime: 'intact' }).text).toBe('Sida 1 (4)');
  });

  it('reads the number "1" of a transcript\'s first page that OCR printed as its look-alike letter, in any text', () => {
    // Örnsköldsvik's press release, a docplayer transcript printed and read by tesseract's Swedish model.
    const transcript = 'Download "Information från kommunstyrelsen"\n\nTranskript\n\nI PRESSMEDDELANDE Ytterligare information: Anneli Westberg\n\n2 att nya regler tas fram.';
    for (const regime of ['intact', 'stripped', 'worn'] as const) expect(repair(transcript, { regime }).text).toContain('Transkript\n\n1 PRESSMEDDELANDE');
    expect(repair(transcript.replace('I PRESS', '| PRESS'), { regime: 'intact' }).text).toContain('\n1 PRESSMEDDELANDE');
    // The same letter opening a line elsewhere is the word it is.
    expect(repair('Transkript\n\n1 Protokoll\nI Sverige finns 290 kommuner.', { regime: 'intact' }).text).toContain('\nI Sverige');
  });

  it('reads a lone "t", "f" or "l" between words of damaged text as the preposition "i", not the letters of a spaced abbreviation', () => {
    const worn = (text: string): string => repair(text, { regime: 'worn' }).text;
    expect(worn('Förstudie om ny simhall t kombination med idrottshall.')).toBe('Förstudie om ny simhall i kombination med idrottshall.');
    expect(worn('Kommunfullmäktige sammanträder t Stora salen.')).toBe('Kommunfullmäktige sammanträder i Stora salen.');
    expect(worn('Nämnden ger förvaltningen f uppdrag att utreda frågan.')).toBe('Nämnden ger förvaltningen i uppdrag att utreda frågan.');
    // At a line's end, the word after it on the next line.
    expect(worn('Festivalen hålls t\naugusti varje år.')).toBe('Festivalen hålls i\naugusti varje år.');
    // After a full stop it opens the sentence.
    expect(worn('Skillnaderna är stora mellan förskolorna. t centrala delar saknas platser.')).toBe('Skillnaderna är stora mellan förskolorna. I centrala delar saknas platser.');
    expect(worn('Avgifter för t ex parkering ska ses över.')).toBe('Avgifter för t ex parkering ska ses över.');
    expect(worn('Beslutet gäller fr o m januari och t o m december.')).toBe('Beslutet gäller fr o m januari och t o m december.');
    // Intact text is left as it is printed.
    expect(repair('Förstudie om ny simhall t kombination med idrottshall.', { regime: 'intact' }).text).toBe('Förstudie om ny simhall t kombination med idrottshall.');
  });

  it('gives a word read from a bar or a digit the capital of a sentence it opens ("Västernorrland. | yttrandet")', () => {
    const text = repair('Forslaget galler vagarna i lanet. | yttrandet framhalls behovet. Vi ser t.ex. | kommunen att det ar bra. 6ver tid.', { regime: 'stripped' }).text;
    expect(text).toContain('länet. I yttrandet framhålls');
    // Not after an abbreviation's stop, nor where the engine printed a small letter itself.
    expect(text).toContain('t.ex. i kommunen');
    expect(text).toContain('bra. Över tid');
    // A bar that opens a line is its capital too (a small i has its dot); a digit there may open a table's cell ("6verskott").
    expect(repair('Nulage\n\n| kommunen finns tre skolor.\n\n6verskott\n\n12 miljoner', { regime: 'stripped' }).text).toBe('Nuläge\n\nI kommunen finns tre skolor.\n\növerskott\n\n12 miljoner');
    expect(repair('Nulage\n| de tva kommundelarna finns skolor.', { regime: 'stripped' }).text).toBe('Nuläge\nI de två kommundelarna finns skolor.');
  });

  it('reads a lone "1" before a name as the preposition "i" in damaged text, not a number that counts', () => {
    expect(repair('Yttrande över remiss om tryggare offentliga miljöer 1 Malmö', { regime: 'stripped' }).text).toBe(
      'Yttrande över remiss om tryggare offentliga miljöer i Malmö',
    );
    expect(repair('olika utvecklingsfrågor. 1 Stockholms stads program', { regime: 'stripped' }).text).toBe('olika utvecklingsfrågor. I Stockholms stads program');
    // A number that counts, or text read well, stays.
    for (const kept of ['från och med den 1 januari', 'Sida 1 av 3', 'se sida 1 Stockholms stad', 'enligt bilaga 1 Nämnden']) {
      expect(repair(kept, { regime: 'stripped' }).text).toBe(kept);
    }
    expect(repair('miljöer 1 Malmö', { regime: 'intact' }).text).toBe('miljöer 1 Malmö');
    // After a place's or body's name in its definite form.
    const stripped = (text: string): string => repair(text, { regime: 'stripped' }).text;
    expect(stripped('Detaljplan för Vikdalsskolan 1 Saltsjö-Boo. Beslutet skickas till Länsstyrelsen 1 Kalmar län.')).toBe(
      'Detaljplan för Vikdalsskolan i Saltsjö-Boo. Beslutet skickas till Länsstyrelsen i Kalmar län.',
    );
    // A counting noun in its definite form, a list's number at a line's start (after a heading, which
    // ends in no stop), a name in no definite form: as printed.
    for (const kept of ['enligt bilagan 1 Karta', 'Sidan 1 Stockholms stad', 'Kommunfullmäktiges beslut\n1 Avsägelsen godkänns.', 'Föredragande 1 Upprop', 'från och med 1 Juli 2019']) {
      expect(stripped(kept)).toBe(kept);
    }
  });

  it('gives back a party letter OCR read as a digit or sign after a name ("Lotta Edholm (1)")', () => {
    expect(repair('Skrivelse från Lotta Edholm (1) om trygghet. Nämnden utser Emilia Bjuggren ($) att justera.').text).toBe(
      'Skrivelse från Lotta Edholm (L) om trygghet. Nämnden utser Emilia Bjuggren (S) att justera.',
    );
    // A numbered reference after an ordinary word is left alone.
    expect(repair('enligt punkt (1) ovan').text).toBe('enligt punkt (1) ovan');
    // A speck beside the letter, a letter printed twice (the world documents' Swedish OCR); in a
    // worn copy also one letter off a two-letter party, where only one party is that near.
    expect(repair('Ledamöter Anna Berg (€C), Per Lind ($S), Eva Holm (CC) och Ola Dahl (MM).', { regime: 'intact' }).text).toBe('Ledamöter Anna Berg (C), Per Lind (S), Eva Holm (C) och Ola Dahl (M).');
    expect(repair('Ledamöter Anna Berg (KT) och Per Lind (ST).', { regime: 'worn' }).text).toBe('Ledamöter Anna Berg (KD) och Per Lind (SD).');
    // A local party, an independent and a code as near two parties as one stay as printed.
    const local = 'Ledamöter Lisa Förs (SPI), Erik Ek (-), Anna Berg (KT) och Per Lind (MD).';
    expect(repair(local, { regime: 'intact' }).text).toBe(local);
    expect(repair('Ledamöter Per Lind (MD) och Lisa Förs (SPI).', { regime: 'worn' }).text).toContain('Per Lind (MD) och Lisa Förs (SPI)');
  });

  it('gives back thin strokes a worn copy lost ("et" for "ett", "tll" for "till"), whichever engine read it', () => {
    expect(repair('Nämnden ger et uppdrag tll förvaltningen.', { regime: 'worn' }).text).toBe('Nämnden ger ett uppdrag till förvaltningen.');
    // Legacy OCR of Örebro's worn kallelse; "uppdra at" stays "uppdra åt".
    expect(repair(stripped('overlamnar forvaltningens yttrande tll kommunstyrelsen')).text).toContain('överlämnar förvaltningens yttrande till kommunstyrelsen');
    expect(repair(stripped('uppdrar at stadsledningskontoret')).text).toContain('uppdrar åt stadsledningskontoret');
  });

  it('joins a word a worn copy split into two fragments ("Skolplac ering"), not a common word and its neighbour', () => {
    expect(repair('Skolplac ering i grundskolan', { regime: 'worn' }).text).toBe('Skolplacering i grundskolan');
    expect(repair('där de betinner sig', { regime: 'worn' }).text).not.toContain('debet');
  });

  it('joins a word split off a lone letter when the two read as a word only together ("o¢ h" for "och")', () => {
    // Worn copies of seeds 000, 001 and 004, English model.
    expect(repair(stripped('barn o¢ h unga')).text).toContain('barn och unga');
    expect(repair(stripped('prioritering 0c h malsattning')).text).toContain('prioritering och målsättning');
    // A fragment that is a word, or reads as one, stands beside the letter: "m.fl.", "stöd i".
    expect(repair(stripped('Anna Konig Jerlmyr m.fl. har')).text).toContain('Jerlmyr m.fl.');
    expect(repair(stripped('att ge sted j arbetet')).text).not.toContain('sker');
  });

  it('prefers a reading the worn copy itself prints elsewhere, and keeps the capital of a sentence\'s first word', () => {
    // "overlamnat" is "överlämnat" or "överlämnar" to the lexicon alone; the document's own
    // "överlämnar" tells which.
    const body = 'Nämnden overlamnat yttrandet till kommunstyrelsen.\n';
    const own = `${body}Förvaltningen föreslår att nämnden överlämnar yttrandet.\n`;
    expect(repair(body, { regime: 'worn' }).text).toBe(body.replace('overlamnat', 'överlämnat'));
    expect(repair(own, { regime: 'worn' }).text).toBe(own.replace('overlamnat', 'överlämnar'));
    // Linköping's yttrande: a sentence's first word keeps its capital ("Yttrande", not "tjurande").
    const title = 'Yurande över remiss av handlingsplan mot våldsbejakande extremism.\n';
    expect(repair(title, { regime: 'worn' }).text).toBe(title.replace('Yurande', 'Yttrande'));
  });

  it('gives back the slash a damaged copy lost in a case number in parentheses, in damaged text only', () => {
    const text = 'Yttrande över remiss av handlingsplan mot extremism (KS 2020 88)';
    expect(repair(text, { regime: 'worn' }).text).toBe('Yttrande över remiss av handlingsplan mot extremism (KS 2020/88)');
    expect(repair(text, { regime: 'intact' }).text).toBe(text);
    expect(repair('Protokoll nr 4 2019', { regime: 'worn' }).text).toBe('Protokoll nr 4/2019');
  });

  it('reads the fl ligature that serif type prints as one capital ("Her" for "fler")', () => {
    expect(repair(stripped('Motion om Her faltassistenter i ytteromradena')).text).toContain('Motion om fler fältassistenter i ytterområdena');
  });

  it("reads a serif face's å/ä/ö that the English model printed as i or ii (\"fortsiitter\", \"bistind\")", () => {
    // Palatino's and Century Schoolbook's dots and rings, as P052 and C059 scans read.
    const fixed = repair(stripped('arbetet fortsiitter i samhiillet och bistind')).text;
    expect(fixed).toContain('arbetet fortsätter i samhället och bistånd');
    // Words with a real double i stay ("Wiik" is a name, "radii" no Swedish word OCR made).
    expect(repair(stripped('Anna Wiik')).text).toContain('Anna Wiik');
  });

  it('reads an é before the last syllable of a word no one knows as the ö an engine misread, and "ver" as "över"', () => {
    const fixed = repair(stripped('tillsynen av Lévkojan som Anna Ahlén (M) skrev ver')).text;
    expect(fixed).toContain('tillsynen av Lövkojan som Anna Ahlén (M) skrev över');
  });

  it("reads Times's ö that the English model printed as S or dé (\"fSrslag\", \"Ansdékan\")", () => {
    expect(repair(stripped('fSrslaget om Ansdékan')).text).toContain('förslaget om Ansökan');
    // A capital S that begins a word is an S.
    expect(repair(stripped('Socialnamnden och Sverige')).text).toContain('Socialnämnden och Sverige');
  });

  it('gives back an ö an engine lost before its r ("fr att", "infrs"), not in an abbreviation spelled with spaces', () => {
    expect(repair(stripped('atgarder tas fr att korta tiden och infrs')).text).toContain('åtgärder tas för att korta tiden och införs');
    // "fr o m" (från och med) is how protokoll print their dates of posting, in any regime.
    const posted = 'Protokollet ar anslaget fr o m 2012-09-27 t o m 2012-10-19 pa kommunens anslagstavla.';
    expect(repair(posted).text).toContain('fr o m 2012-09-27 t o m 2012-10-19');
    // A letter that opens a compound is no such abbreviation ("for e-tjänster").
    expect(repair(stripped('avgifter for e-tjanster')).text).toContain('avgifter för e-tjänster');
    const intact = 'Protokollet är anslaget fr o m 2012-09-27 t o m 2012-10-19.';
    expect(repair(intact).text).toBe(intact);
  });

  it('reads an m whose last leg ran into the next letter ("renuss")', () => {
    expect(repair('Yttrande över renuss om tryggare offentliga miljöer', { regime: 'worn' }).text).toBe('Yttrande över remiss om tryggare offentliga miljöer');
  });

  it('reads a j whose dot worn type lost and whose hook opened ("yustera")', () => {
    // Malmö's tjänsteskrivelse, read with the English model.
    expect(repair(stripped('att omedelbart yustera paragrafen')).text).toContain('att omedelbart justera paragrafen');
  });

  it('reads an f and a t that worn type ran together into one stroke ("eher", "Syhet")', () => {
    // Worn copies of Västerås's motion (English model) and seed 001 (Swedish data).
    expect(repair(stripped('att utvardera verksamheten eher tva ar')).text).toContain('verksamheten efter två år');
    expect(repair('Syhet med ett våldspreventivt centrum är att minska våldet i Stockholm.', { regime: 'worn' }).text).toContain('Syftet med');
  });

  it('reads an l whose foot ran into the next letter ("beshut", "Beshitet")', () => {
    // Worn copies of seeds 001, 002 and 004 and of Umeå's protokollsutdrag, read with the English model.
    expect(repair(stripped('Socialnamndens beshut')).text).toContain('Socialnämndens beslut');
    expect(repair(stripped('2. Beshitet justeras omedelbart')).text).toContain('2. Beslutet justeras omedelbart');
    expect(repair(stripped('en olaghig sovplats')).text).toContain('en olaglig sovplats');
  });

  it('reads "till" whose thin strokes worn type joined or blotted ("ull", "til", "Gill", "Gl")', () => {
    // Worn copies of seed 001, Gävle's tjänsteskrivelse and Göteborg's protokollsutdrag, English model.
    expect(repair(stripped('det nya stodet ull barn')).text).toContain('det nya stödet till barn');
    expect(repair(stripped('forfattaren til skrivelsen')).text).toContain('författaren till skrivelsen');
    expect(repair(stripped('att skicka remissvaret Gill Justitiedepartementet')).text).toContain('remissvaret till Justitiedepartementet');
    expect(repair(stripped('som yttrande Gl] kommunstyrelsen')).text).toContain('som yttrande till kommunstyrelsen');
  });

  it('reads "till" worn to a G and a bar or two ("GI", "GIT", "GH"), which pass for an abbreviation', () => {
    // Worn copies of seeds 003 and 004 and of Stockholm's trafikkontoret, English model.
    expect(repair(stripped('hanviser GI forvaltningens tjansteutlatande')).text).toContain('hänvisar till förvaltningens tjänsteutlåtande');
    expect(repair(stripped('banvisar GI] deta tjansteutlatande')).text).toContain('hänvisar till');
    expect(repair(stripped('godkanner torvaltningens torslag GIT atgarder')).text).toContain('förslag till åtgärder');
    expect(repair('Forslag GH beslut\n\nNamnden godkanner forslaget.').text).toBe('Förslag till beslut\n\nNämnden godkänner förslaget.');
    // An abbreviation the document prints again, one before a number, and intact text stay.
    const university = stripped('Goteborgs universitet (GU) och studenter vid GU ska');
    expect(repair(university).text).toContain('universitet (GU) och studenter vid GU ska');
    expect(repair(stripped('kostnader for IT och lokaler')).text).toContain('för IT och');
    expect(repair(stripped('enligt bilaga GI 2')).text).toContain('bilaga GI 2');
    expect(repair('Nämnden hänvisar GH förvaltningens tjänsteutlåtande som svar på remissen.').text).toContain('hänvisar GH förvaltningens');
  });

  it('reads "till" worn to a U or a barless t and strokes ("UI", "Ull", "dll", "ll"), not an abbreviation printed twice', () => {
    // Worn copies of the world documents in URW Bookman, good scans in Nimbus Roman, English model.
    expect(repair(stripped('beslutet overlamnas UI kommunstyrelsen')).text).toContain('överlämnas till kommunstyrelsen');
    expect(repair(stripped('remissen skickas Ull forvaltningen')).text).toContain('skickas till förvaltningen');
    expect(repair(stripped('lankar dll annan webbplats')).text).toContain('till annan webbplats');
    expect(repair(stripped('rutiner for UI och design samt UI i appen')).text).toContain('för UI och design samt UI i');
    // The t and i worn into one stroke or none ("ll", "tl"); a blot with a small letter is no
    // abbreviation, so every one of a document is read ("Lank Ul annan webbplats" on every line).
    expect(repair(stripped('forslag ll beslut. Yrkar bifall tl motionen')).text).toContain('förslag till beslut. Yrkar bifall till motionen');
    expect(repair(stripped('Lank Ul annan webbplats. Lank Ul annan webbplats')).text).toContain('Länk till annan webbplats. Länk till annan webbplats');
    // A Roman two after a noun that numbers stays.
    expect(repair(stripped('etapp ll genomfors')).text).not.toContain('etapp till');
  });

  it('reads "till" whose last l OCR lost or read as a mark, before a name, a number, a word or the line\'s end', () => {
    const damaged = 'Bidraget gar til! Idrottsforeningen Kalmar och ges upp til! 25 ar.\nDet overlamnas til] styrelsen och\ni uppdrag att til\nredovisa det 2020 til nasta ar.';
    expect(repair(damaged, { regime: 'stripped' }).text).toBe('Bidraget går till Idrottsföreningen Kalmar och ges upp till 25 år.\nDet överlämnas till styrelsen och\ni uppdrag att till\nredovisa det 2020 till nästa år.');
  });

  it('reads an r and an i whose arm and dot wore away as the n they look like ("penoden", "Ovnga", "Hennk")', () => {
    // Worn copies of the world documents in Liberation Sans Narrow, URW Gothic and URW Bookman, English model.
    expect(repair('Under penoden har forvaltningen arbetat.', { regime: 'stripped' }).text).toBe('Under perioden har förvaltningen arbetat.');
    expect(repair('16 Ovnga fragor', { regime: 'stripped' }).text).toBe('16 Övriga frågor');
    expect(repair('Ansvarig ar Hennk Larsson (S) och Ingnd Berg (M).', { regime: 'stripped' }).text).toBe('Ansvarig är Henrik Larsson (S) och Ingrid Berg (M).');
  });

  it('reads the narrow letters worn type joins or hooks: li as an h, an l as a J or an f, an r as an s, ti as a U', () => {
    // Worn copies of the world documents in Liberation Sans Narrow, Nimbus Sans, URW Gothic,
    // DejaVu Sans Condensed and URW Bookman, and of the seeds, English model (13 to 16 documents each).
    expect(repair('Lanet har en otillrackhg budget for bibhoteket.', { regime: 'stripped' }).text).toBe('Länet har en otillräcklig budget för biblioteket.');
    expect(repair('Forvaltningen foreslar att Jokala foreningar far stod.', { regime: 'stripped' }).text).toContain('att lokala föreningar');
    expect(withBackground().repair('De fokala foreningarna och sunt om staden.', 'stripped').text).toBe('De lokala föreningarna och runt om staden.');
    // A name stays a name.
    expect(repair('Jan Andersson (S) och Johan Berg (M) yrkar bifall.', { regime: 'stripped' }).text).toBe('Jan Andersson (S) och Johan Berg (M) yrkar bifall.');
    // A t and an i joined at a serif foot, read as a U; names with a U stay.
    expect(repair('Nämnden Ulstyrker forslaget och Ullampar reglerna. Ulrika Berg och Ulf Svensson (S) deltar.', { regime: 'stripped' }).text).toBe(
      'Nämnden tillstyrker förslaget och tillämpar reglerna. Ulrika Berg och Ulf Svensson (S) deltar.',
    );
  });

  it('reads the second t of "att" that worn type left as an e ("ate"), not the bait "åte"', () => {
    // Worn copies of seed 004 and of Stockholm's trafikkontoret, English model.
    expect(repair(stripped('ger trafikkontoret i uppdrag ate genomfora atgarderna')).text).toContain('i uppdrag att genomföra åtgärderna');
  });

  it('reads the first t of "att" that worn type joined to the second as an n ("ant"), not "ont" or "anf"', () => {
    // Worn copies of eight world documents, tesseract's Swedish model ("ant" was read as "ont").
    const worn = (text: string) => repair(text, { regime: 'worn' }).text;
    expect(worn('Utses ant justera Maria Sjöberg.')).toContain('Utses att justera');
    expect(worn('Kontoret föreslår ant kön flyttas till kommunens e-tjänst.')).toContain('föreslår att kön');
    // Words with an "nt" stay ("antal", "anta", "kant").
    expect(worn('Ett större antal elever ska anta utmaningen vid kant.')).toBe('Ett större antal elever ska anta utmaningen vid kant.');
  });

  it('gives back the "Dnr" label a worn copy misread before a case number, in damaged text only', () => {
    // Worn copies of seed 001, Stockholm's protokoll and Göteborg's tjänsteutlåtande, English model.
    // And its slash, printed as a space: Stockholm's "1.7.1-310/2018" (the grammar reads it only so).
    expect(repair(stripped('Dor 1.7.1-310 2018')).text).toContain('Dnr 1.7.1-310/2018');
    expect(repair(stripped('Dns 1.1-2019-2445')).text).toContain('Dnr 1.1-2019-2445');
    // The round D read as an O (a good scan of a Nordic kommun's tjänsteskrivelse, English model).
    expect(repair(stripped('Onr 2019/14')).text).toContain('Dnr 2019/14');
    // Also before a number whose year lost a digit (Lund's agenda).
    expect(repair(stripped('Dor KS 20f1 0101')).text).toContain('Dnr KS 20f1 0101');
    expect(repair(stripped('pa remiss (dor 0456 19)')).text).toContain('på remiss (dnr 0456/19)');
    // Any label one slip from "Dnr", before what the case-number grammar reads as a case number
    // with its year (worn copies of nine world layouts); a short date is no case number.
    expect(repair(stripped('Onr 2019/BUN 0204 001')).text).toContain('Dnr 2019/BUN 0204 001');
    expect(repair(stripped('beslut Ont KS-2023-388 Budget')).text).toContain('beslut Dnr KS-2023-388 Budget');
    expect(repair(stripped('Dn TFN/2023:409-271')).text).toContain('Dnr TFN/2023:409-271');
    expect(repair(stripped('Dr 288/2017 Delarsrapport')).text).toContain('Dnr 288/2017 Delårsrapport');
    expect(repair(stripped('Sammantrade Ons 15/10 kl 18')).text).not.toContain('Dnr');
    expect(repair(stripped('Dn 15 Information')).text).not.toContain('Dnr');
    // The number at the start of the next line (a wrapped line of running text), and a number whose
    // slash worn type left as an apostrophe, which is then given back too.
    expect(repair(stripped('Samhallsbyggnadschefens beslut Ont\n2022/66 Lokal trafikforeskrift')).text).toContain('beslut Dnr\n2022/66 Lokal');
    expect(repair(stripped('Forlangning av avtal. Ont 2021’412 Upphandling av')).text).toContain('Dnr 2021/412 Upphandling');
    expect(repair(stripped('Ont: UN23\'94\n\nSammanfattning av arendet')).text).toContain('Dnr: UN23/94\n');
    // A word at a line's end before a year on the next line is no label.
    expect(repair(stripped('Det gjorde Ont\n2019 var ett svart ar.')).text).toContain('Ont\n2019');
    // "Där" before words, or in intact text, is the word.
    expect(repair(stripped('Dar 17 atgarder foreslas')).text).toContain('Där 17 åtgärder föreslås');
    expect(repair('Där 2019/20 var ett bra år för nämnden och förvaltningen.').text).toContain('Där 2019/20');
  });

  it('reads a small å/ä/ö an engine without Swedish data printed as a capital A or O inside a sentence', () => {
    // "Over remiss", "pA", "Aven", "i Arskurs 2": good scans of a dozen kommuners' documents, English model.
    expect(repair('Yttrande Over remiss om bygget i Orebro, pA torget Aven i Arskurs 2', { regime: 'stripped' }).text).toBe('Yttrande över remiss om bygget i Örebro, på torget även i årskurs 2');
    // A sentence's first word keeps its capital.
    expect(repair('Nämnden beslutar. Over tid ökar kostnaderna', { regime: 'stripped' }).text).toBe('Nämnden beslutar. Över tid ökar kostnaderna');
    // After a capitalised word, a long word is a heading's or a label's capital ("Nr. Arende
    // Arendemening", a table's head flattened into a line); a short one is still small.
    expect(repair('Nr. Arende Arendemening\nBeslutande Ovriga deltagande', { regime: 'stripped' }).text).toBe('Nr. Ärende Ärendemening\nBeslutande Övriga deltagande');
  });

  it('reads a j after an l that lost its descender ("liust"), and leaves names with a real i ("Lina", "Wiik")', () => {
    expect(repair('Rummet ar liust och liudet ar bra. Lina Lindgren och Anna Wiik deltar.', { regime: 'stripped' }).text).toBe(
      'Rummet är ljust och ljudet är bra. Lina Lindgren och Anna Wiik deltar.',
    );
  });

  it('reads a street\'s name whose first part no dictionary marks as a compound\'s ("Larkvagen", "Lonnstigen")', () => {
    expect(repair('Motet ar pa Larkvagen 3, vid Lonnstigen och Kyrktorget.', { regime: 'stripped' }).text).toBe('Mötet är på Lärkvägen 3, vid Lönnstigen och Kyrktorget.');
    // A school's or a farm's, in the genitive too; a surname made the same way; a name that may be spelt as printed stays.
    expect(repair('Motet pa Sorgarden och Sorgardens skola. Justerare Anna Berglof (S) och Karl Hallberg (M).', { regime: 'stripped' }).text).toBe(
      'Mötet på Sörgården och Sörgårdens skola. Justerare Anna Berglöf (S) och Karl Hallberg (M).',
    );
    expect(repair('Bryggan vid Stocksjon och Sigtunaan.', { regime: 'stripped' }).text).toBe('Bryggan vid Stocksjön och Sigtunaån.');
    // Text read well keeps its names as printed.
    expect(repair('Mötet hålls på Larkvagen 3.', { regime: 'intact' }).text).toBe('Mötet hålls på Larkvagen 3.');
  });

  it('reads a place\'s name whose first part is two words no dictionary joins, and keeps a name two words spell as printed', () => {
    // norr + glänta, tall + ängs: places are named with any words.
    expect(repair('Boende pa Norrglantavagen och vid Tallangsgangen far svar.', { regime: 'stripped' }).text).toBe('Boende på Norrgläntavägen och vid Tallängsgången får svar.');
    // sol + vik as printed, before a school's ending: no river ("-ån") read into it.
    expect(repair('Motet pa Solvikskolan och Ekbackaskolan.', { regime: 'stripped' }).text).toBe('Mötet på Solvikskolan och Ekbackaskolan.');
  });

  it('reads a long word as two listed words the dictionary does not join, and keeps one that splits so as printed', () => {
    // säsong + bokade: no reading makes it a word or a compound the dictionary builds.
    expect(repair('Lokalerna ar sasongsbokade av foreningarna.', { regime: 'stripped' }).text).toBe('Lokalerna är säsongsbokade av föreningarna.');
    // "nöd" is marked as no compound's first part; printed whole, the word stays.
    expect(repair('Hon fick nödbistånd och stöd av kommunen.', { regime: 'stripped' }).text).toContain('fick nödbistånd och');
  });

  it('keeps a listed given name before a surname at the start of a sentence or line, and reads a common word before a known word', () => {
    const text = 'Motionen avslogs. Tor Wennerholm (SD) yrkar bifall.\nTor Wennerholm (SD) reserverar sig.';
    expect(repair(text, { regime: 'stripped' }).text).toBe(text);
    // Before a common word, a listed name is read as any word is.
    expect(repair('Motionen avslogs. Tor Kommunens del blir det inget.', { regime: 'stripped' }).text).toContain('avslogs. För Kommunens');
  });

  it('reads a surname after a listed given name through the confusions, never with a letter dropped or added', () => {
    // "Karimi" is no "Karim", nor "Nasser" a "Naser", nor "Lundvik" the verb "undvik": OCR read them right.
    const text = 'Interpellation fran Ahmed Karimi (L) till Helena Stahl (C). Utses att justera Elsa Lundvik (M) med Leila Nasser som ersattare.';
    expect(repair(text, { regime: 'stripped' }).text).toBe(
      'Interpellation från Ahmed Karimi (L) till Helena Ståhl (C). Utses att justera Elsa Lundvik (M) med Leila Nasser som ersättare.',
    );
    // After a given name that is a word too ("sven"), as after any: "Graner" is no "Gränser",
    // which general Swedish text makes likely.
    expect(withBackground().repair('Ersattare: Hanna Lokke (M) Sven Graner (S) Ovriga deltagande', 'stripped').text).toBe('Ersättare: Hanna Lokke (M) Sven Graner (S) Övriga deltagande');
    // A word longer than names are is no surname: a line's first word after a place whose
    // sentence lost its full stop (a worn copy's Swedish OCR).
    expect(repair('Trygghet i centrala Lund\nKuommunfullmaktige gav den 28 februari 2019 kommunstyrelsen i uppdrag.', { regime: 'worn' }).text).toContain('\nKommunfullmäktige gav');
  });

  it('lists the endings of place names as words the lexicon knows, and of surnames as lower-case letters', () => {
    for (const suffix of PLACE_ENDINGS) {
      expect(suffix).toBe(suffix.toLowerCase());
      expect(swedishLexicon().knows(suffix), suffix).toBe(true);
    }
    // Surnames keep old spellings no dictionary lists ("-qvist", "-löf", "-dahl"): letters, once each.
    for (const suffix of SURNAME_ENDINGS) expect(suffix).toMatch(/^\p{Ll}{2,6}$/u);
    expect(new Set(SURNAME_ENDINGS).size).toBe(SURNAME_ENDINGS.length);
  });

  it('gives "fr o m" and "t o m" before a date back the space OCR lost ("fro m 2012-09-27"), not a joined "from" or "tom"', () => {
    expect(repair('Protokollet ar anslaget fro m 2012-09-27 to m 2012-10-19. Uppfoljning to m augusti.', { regime: 'stripped' }).text).toBe(
      'Protokollet är anslaget fr o m 2012-09-27 t o m 2012-10-19. Uppföljning t o m augusti.',
    );
    // Not before anything else.
    expect(repair('Han gick fro m hemmet.', { regime: 'stripped' }).text).not.toContain('fr o m');
  });

  it('reads a capitalised common word inside a sentence like any, without the cost of a name\'s', () => {
    // A title or a noun with an author's capital is no name: "Stadsdelsdirektor" is "Stadsdelsdirektör".
    expect(withBackground().repair('Han ar Stadsdelsdirektor i Skarholmen.', 'stripped').text).toBe('Han är Stadsdelsdirektör i Skärholmen.');
    // A capital A or O may be the engine's small å/ä/ö, and a name keeps its cost.
    expect(withBackground().repair('Beslutet Ar klart. Maria Adell tar upp fragan.', 'stripped').text).toBe('Beslutet är klart. Maria Adell tar upp frågan.');
  });

  it('reads an a whose dots or ring the engine printed as an i, and two v printed as a w', () => {
    // "gailla", "Sammantraidesdatum", "svairt"; "Awikelser", "Aweckling": legacy OCR of several fonts.
    expect(repair('Reglerna ska gailla fran maj. Det ar svairt att beddma. Awikelser mot budgeten.', { regime: 'stripped' }).text).toBe(
      'Reglerna ska gälla från maj. Det är svårt att bedöma. Avvikelser mot budgeten.',
    );
  });

  it('reads a capitalised word a number ran into as a word of its own, and leaves the two joined', () => {
    // A line's end joined to the next line's start ("2024Forslag", "4Namndens"), in every font's legacy OCR.
    expect(repair('Budget 2024Forslag till beslut och 4Namndens yttrande.', { regime: 'stripped' }).text).toBe('Budget 2024Förslag till beslut och 4Nämndens yttrande.');
    // Codes with digits and letters are no such join.
    for (const kept of ['Nätet 5G och 3D-skrivaren', 'ärende KS2019/12']) expect(repair(kept, { regime: 'stripped' }).text).toBe(kept);
  });

  it('reads a "!" after a small letter and before another as an l ("til! nämnden"), and leaves an exclamation', () => {
    // A sans face's l read as "!": "til!", "tit!", "hyres!agenheter" (Nimbus Sans, DejaVu Sans, URW Gothic, narrow faces).
    expect(repair('Beslutet skickas til! namnden. Antalet hyres!agenheter okar.', { regime: 'stripped' }).text).toBe('Beslutet skickas till nämnden. Antalet hyreslägenheter ökar.');
    // An exclamation before a capital or at a line's end is one.
    for (const kept of ['OBS! Läs mer.', 'Välkommen!\nProgrammet börjar.']) expect(repair(kept, { regime: 'stripped' }).text).toBe(kept);
  });

  it('reads an "&" or "@" beside a small letter as the å/ä/ö the engine had no glyph for, and leaves "S&P" and addresses', () => {
    // "p&", "avst&r", "L&nk", "N@mnden": the legacy engine in seven fonts of the world documents.
    expect(repair('Beslutet fattades p& motet. N@mnden tog st&llning till forslaget. &r det sa?', { regime: 'stripped' }).text).toBe(
      'Beslutet fattades på mötet. Nämnden tog ställning till förslaget. Är det så?',
    );
    // Between capitals an "&" is an "and"; an address keeps its "@".
    for (const kept of ['Konsulterna på S&P och H&M svarade.', 'Skriv till anna.berg@malmo.se i dag.']) {
      expect(repair(kept, { regime: 'stripped' }).text).toBe(kept);
      expect(repair(kept, { regime: 'intact' }).text).toBe(kept);
    }
  });

  it('reads a list item after its bullet as a sentence begins, whatever the engine made of the bullet', () => {
    // A kallelse's "•" read as "~": the item's capital is the sentence's, no sign of a name.
    expect(repair('Information\n~ Budgetuppfaljning efter augusti\n• Lagesrapport om ombyggnaden', { regime: 'stripped' }).text).toBe('Information\n~ Budgetuppföljning efter augusti\n• Lägesrapport om ombyggnaden');
  });

  it('gives back "kl" before a time of day where the engine read its l as I, i, 1, a mark or a t', () => {
    expect(repair('Sammantrade kI 13.00 i salen, ki. 09:00 och k1 18.30', { regime: 'stripped' }).text).toBe('Sammanträde kl 13.00 i salen, kl. 09:00 och kl 18.30');
    expect(repair('Tid: KI. 17.45', { regime: 'stripped' }).text).toBe('Tid: Kl. 17.45');
    expect(repair('den 25 november k! 18.30, k] 9.00, kL. 15.00 och kt 19.00', { regime: 'stripped' }).text).toBe('den 25 november kl 18.30, kl 9.00, kl. 15.00 och kl 19.00');
    // Not without a time after it.
    expect(repair('En ki med siffror', { regime: 'stripped' }).text).not.toContain('kl ');
  });

  it('reads the likelier of two words that differ only in the å/ä/ö an engine without Swedish data could not print, by any margin', () => {
    const background = new WordModel();
    background.learn('Förslaget innebär att kostnaderna ökar. Beslutet innebär en förändring. Det innebär mer arbete. Avtalet innebär ett ansvar. Det innebar förr en annan ordning.');
    // "innebär" is likelier than "innebar" by less than the margin a change of letters needs: the
    // printed "a" is no evidence, for the engine could print no "ä".
    const result = new Repairer({ background }).repair('Andringen innebar att avgiften hojs. Mattias Horrdin (C) tar upp fragan.', 'stripped');
    expect(result.text).toContain('Ändringen innebär att');
    expect(result.corrections.find((c) => c.original === 'innebar')!.score).toBeLessThan(1);
    // A name read otherwise through other letters keeps the margin.
    expect(result.text).toContain('Mattias Horrdin (C)');
  });

  it('decides between two words that differ by a diacritic from the words around, with a background text', () => {
    const background = new WordModel();
    // "bör" is a modal verb, likelier alone; "bor i" (lives in) only the pairs can tell.
    background.learn('Nämnden bör besluta att godkänna förslaget. Styrelsen bör också yttra sig. Familjen bor i Rinkeby sedan länge. De som bor i området bör få veta. Han bor i staden. Hon bor i Kista. Många bor i förorten. Vi bor i huset. Ni bor i staden. De bor i Tensta. Jag bor i Hjulsta.');
    const text = 'Namnden bor besluta att godkanna forslaget. Familjen bor i Rinkeby.';
    expect(new Repairer({ background }).repair(text, 'stripped').text).toBe('Nämnden bör besluta att godkänna förslaget. Familjen bor i Rinkeby.');
    // Without it, the likelier word alone decides both.
    expect(new Repairer().repair(text, 'stripped').text).toBe('Nämnden bör besluta att godkänna förslaget. Familjen bör i Rinkeby.');
  });

  it('leaves text that kept its diacritics as written: other labels, separators, names with inner capitals, abbreviations', () => {
    // Clean text of the world documents: a protokoll's "För protokollet", a header in lower case, a
    // web page's footer, a player's "NaN", the secretary's title.
    const text = 'sammanträdesdatum Barn- och utbildningsnämnden 2017-03-16\nFör protokollet\nLysekil | Tel: 0523-61 30 10 | registrator@lysekil.se |\nNaN:NaN / 00:00\nKarin Sandahl, sekr';
    expect(repair(text).text).toBe(text);
  });

  it('reads an ö the engine lost before its k ("har kat" is "har ökat"), with the background\'s word counts', () => {
    const backgroundRepairer = withBackground();
    expect(backgroundRepairer.repair('Antalet sokande har kat under flera ar. Vi vill ka antalet platser.', 'stripped').text).toBe('Antalet sökande har ökat under flera år. Vi vill öka antalet platser.');
  });

  it('reads a supine only after "har", "hade" or "som": "Anslaget sätts upp", "Anslaget har satts upp"', () => {
    const backgroundRepairer = withBackground();
    const text = backgroundRepairer.repair('Sammantradesdatum 2016-10-10. Anslaget satts upp 2016-10-14. Anslaget har satts upp pa anslagstavlan. Lapparna som satts upp tas ner.', 'stripped').text;
    expect(text).toContain('Anslaget sätts upp 2016-10-14');
    expect(text).toContain('Anslaget har satts upp');
    expect(text).toContain('som satts upp');
  });

  it('reads "uppdra åt" where OCR printed "at"', () => {
    expect(repair(stripped('att uppdra at kommunstyrelsen att utreda fragan')).text).toContain('att uppdra åt kommunstyrelsen att utreda frågan');
  });

  it('reads "år" after a number or before a year and "är" after a subject, whichever the OCR printed', () => {
    expect(repair(stripped('att utvardera verksamheten efter tva ar. Det ar viktigt')).text).toContain('efter två år. Det är viktigt');
    expect(repair('Verksamheten utvärderas efter två är, och det år viktigt att den gör det.', { regime: 'worn' }).text).toBe(
      'Verksamheten utvärderas efter två år, och det är viktigt att den gör det.',
    );
    // A year after it speaks for "år", but less than a subject before it does for "är".
    expect(repair(stripped('Lokalerna ska vara klara senast ar 2018. Det ar 2030 som galler.')).text).toContain('senast år 2018. Det är 2030 som gäller');
    // Also against the installed background, where "är" is by far the commoner word alone.
    const backgroundRepairer = withBackground();
    expect(backgroundRepairer.repair('Laddplatser vid samtliga infartsparkeringar senast ar 2018. Det ar viktigt.', 'stripped').text).toContain('senast år 2018. Det är viktigt');
  });

  it('joins a long word whose last letters a worn copy split off and damaged ("forvaltningsc het"), not two words', () => {
    // Legacy OCR of a worn copy of seed 000: the signature's role.
    expect(repair(stripped('Peter Svensson\nforvaltningsc het\n')).text).toContain('Peter Svensson\nförvaltningschef\n');
    expect(repair(stripped('kommunfullmaktiges stod')).text).toMatch(/kommunfullmäktiges st[oö]d/);
  });

  it('reads a body\'s name a worn copy broke at its first letters ("Sot ialnamnden"), not two words beside one', () => {
    const text = 'Sot ialnamnden hänvisar till förvaltningens tjänsteutlåtande. Ärendet bereds av soc ralnamnden och av stadsdelsnämnden.';
    expect(repair(text, { regime: 'worn' }).text).toBe('Socialnämnden hänvisar till förvaltningens tjänsteutlåtande. Ärendet bereds av socialnämnden och av stadsdelsnämnden.');
  });

  it('reads a first name a worn copy damaged as the document prints it elsewhere ("Loa Edholm" beside "Lotta Edholm")', () => {
    // Seed 000 as diarium reads its worn copy.
    const text = 'Svar på skrivelse från Loa Edholm (L).\nTotta Edholm (L) har skrivit till kommunstyrelsen. Lotta Edholm vill se ett centrum, och Lotta Edholm har stöd av Anna Berg.';
    expect(repair(text, { regime: 'worn' }).text).toBe(text.replace('Loa Edholm', 'Lotta Edholm').replace('Totta Edholm', 'Lotta Edholm'));
    // Two people who share a surname; a spelling printed once is no evidence; intact text is left alone.
    expect(nameSpellings('Anna Berg och Eva Berg, Eva Berg.')).toEqual([]);
    expect(nameSpellings('Loa Edholm och Lotta Edholm.')).toEqual([]);
    expect(nameSpellings('Polistegion Stockholm och Polisregion Stockholm, Polistegion Stockholm.')).toEqual([]);
    const intact = 'Loa Edholm och Lotta Edholm skrev. Lotta Edholm svarade.';
    expect(repair(intact, { regime: 'intact' }).text).toBe(intact);
  });

  it('reads a word a worn copy damaged as the document prints it in the same phrase elsewhere ("i nåta relationer")', () => {
    // Umeå's protokollsutdrag and Göteborg's tjänsteutlåtande as diarium reads their worn copies.
    const umea = 'Ansökan om statsbidrag mot våld i nära relationer\n\natt ansöka om statsbidrag för arbete mot vald i nata\nrelationer 2021,';
    // "nåta" is a listed word too: a corpus that says "nära" far more often lets the phrase decide.
    const model = new WordModel();
    model.learn('Socialtjänsten stöder den som utsatts för våld i nära relationer. Stödet ges nära hemmet.');
    expect(repair(umea, { regime: 'worn', model }).text).toContain('i nära\nrelationer 2021');
    // Without it "näta", a listed word too (the commoner letter over "nåta"), stands.
    expect(repair(umea, { regime: 'worn' }).text).toContain('i näta\nrelationer 2021');
    const goteborg = 'Socialnämnden Centrum\n\nFörslag till beslut\nSocialnämnden Cemirum tillstyrker remissen.';
    expect(repair(goteborg, { regime: 'worn' }).text).toBe(goteborg.replace('Cemirum', 'Centrum'));
    // A short word no one knows may be two letters off (Umeå's worn copy, legacy OCR).
    const title = 'Ansökan ony statsbidrag för förebyggande arbete\n\natt ansöka om statsbidrag hos Socialstyrelsen';
    expect(repair(title, { regime: 'worn' }).text).toBe(title.replace('ony', 'om'));
    // A known word gives way to a much likelier one only.
    const program = 'Yttrande över förslag till program för en jämlik stad\n\nNämnden tillstyrker förslaget vill program för en jämlik stad.';
    expect(repair(program, { regime: 'worn' }).text).toBe(program.replace('vill program', 'till program'));
  });

  it('takes no evidence from a spelling that is itself read again ("fokala" beside "styrgrupperna")', () => {
    const words = (text: string): PhraseWord[] => [...text.matchAll(/\p{L}+/gu)].map((m) => ({ index: m.index, original: m[0], text: m[0], joinedToNext: true }));
    const printed = 'de lohala styrgrupperna ska bestå av chefer och prioriterade fokala styrgrupperna leder arbetet medan prioriterade lokala insatser följs upp';
    const known = new Set(printed.split(' ').filter((w) => w !== 'lohala'));
    const judge = { known: (w: string) => known.has(w), listed: (w: string) => known.has(w), reads: () => false, name: () => false, prior: (w: string) => (w === 'lokala' ? 2 : 0) };
    // "fokala" is read "lokala" (beside "prioriterade"), so it is no evidence that "lohala" was "fokala".
    expect(phraseSpellings(words(printed), judge)).toEqual([{ index: printed.indexOf('fokala'), original: 'fokala', replacement: 'lokala' }]);
    // A word in a span that is right as printed (an address, a case number) is never read again.
    const fixed = words(printed).map((w) => ({ ...w, fixed: w.text === 'fokala' }));
    expect(phraseSpellings(fixed, judge).map((p) => p.original)).not.toContain('fokala');
  });

  it('reads a known word again beside a phrase only as a word one letter away, never two ("anser" is no "ser")', () => {
    const words = (text: string): PhraseWord[] => [...text.matchAll(/\p{L}+/gu)].map((m) => ({ index: m.index, original: m[0], text: m[0], joinedToNext: true }));
    const printed = 'förvaltningen ser positivt och förvaltningen anser dessutom att förvaltningen vill program som stöd till program';
    const known = new Set(printed.split(' '));
    const judge = { known: (w: string) => known.has(w), listed: (w: string) => known.has(w), reads: () => false, name: () => false, prior: (w: string) => (w === 'ser' || w === 'till' ? 5 : 0) };
    // "vill" beside "program" is "till", printed there too and likelier by far; "anser" stays.
    expect(phraseSpellings(words(printed), judge)).toEqual([{ index: printed.indexOf('vill'), original: 'vill', replacement: 'till' }]);
  });

  it('reads a noun a worn copy printed with a capital inside a sentence in the case the document prints it', () => {
    // Seed 001's worn copy: "centrum" after "våldspreventivt" six times, with a capital once.
    const text = 'Inför ett våldspreventivt Centrum\n\nSkrivelsen om ett våldspreventivt centrum. Ett våldspreventivt centrum skulle samla polis och socialtjänst.';
    expect(repair(text, { regime: 'worn' }).text).toBe(text.replace('Centrum', 'centrum'));
    // A name keeps its capital: as often in lower case as with it, or after another word.
    const names = 'Socialnämnden Centrum tillstyrker. Stadsdelen centrum har ett nytt centrum. Socialnämnden Centrum beslutar.';
    expect(repair(names, { regime: 'worn' }).text).toBe(names);
    const tie = 'ett våldspreventivt Centrum och ett våldspreventivt centrum.';
    expect(repair(tie, { regime: 'worn' }).text).toBe(tie);
  });

  it('reads a long word damaged past the confusion table as the long word the document prints near it', () => {
    // Gävle's tjänsteskrivelse and Örebro's kallelse as diarium reads their worn copies.
    const gavle = 'Gävle kommun\nSocallorvaliningen\n\nTJÄNSTESKRIVELSE\n\nSocialförvaltningen föreslår att nämnden antar yttrandet.';
    expect(repair(gavle, { regime: 'worn' }).text).toBe(gavle.replace('Socallorvaliningen', 'Socialförvaltningen'));
    // In the form nearest to what was printed, not necessarily the one the document prints.
    const orebro = '2. Budgetupptöljning januari 2020\n\nFörslag till beslut: Nämnden godkänner budgetuppföljningen.';
    expect(repair(orebro, { regime: 'worn' }).text).toContain('2. Budgetuppföljning januari 2020');
    // Or a form the document prints only in another form, itself damaged: Örebro's kallelse read with
    // the English model, whose heading's capital is the sentence's, no name's.
    const legacy = repair('2. Budgetupptoljning januari 2020\n\nForslag till beslut: Vard- och omsorgsnamnden godkanner pudgetupploljningen.', { regime: 'stripped' }).text;
    expect(legacy).toContain('2. Budgetuppföljning januari 2020');
    expect(legacy).toContain('godkänner budgetuppföljningen.');
    // A capital inside a line is OCR's unless the document always gives the word one.
    const seed004 = 'Socialförvaltningen svarar i detta Gansteutlatande på förslagen. Förvaltningen hänvisar till detta tjänsteutlåtande.';
    expect(repair(seed004, { regime: 'worn' }).text).toContain('i detta tjänsteutlåtande på');
    // At a line start the capital is the line's, unless OCR misread the letter itself in a sentence
    // running on from the line above; a heading's capital does not make the word a name (Göteborg's
    // tjänsteutlåtande, read with the English model).
    const goteborg = 'Tjänsteutlåtande Utfärdat 2020-03-12\n\ntillstyrker remissen med de synpunkter som framgår av\nGansteutlatandet.\n\nSocialförvaltningen Centrum, Hansteutlatande 1 (2)\nKommunstyrelsen har\nRemisstiden gick ut.';
    const read = repair(goteborg, { regime: 'worn' }).text;
    expect(read).toContain('framgår av\ntjänsteutlåtandet.');
    expect(read).toContain('Centrum, tjänsteutlåtande 1 (2)');
    // No long word within reach, or two as near: left as printed.
    const far = 'Nämnden tar del av xyzkvrtbnmlp och förvaltningens redovisning.';
    expect(repair(far, { regime: 'worn' }).text).toContain('xyzkvrtbnmlp');
  });

  it('reads a compound the lexicon does not list as the listed word the document prints, when they differ in å/ä/ö only', () => {
    // Helsingborg's motion as diarium reads its worn copy: the title's "trygghetsvardar" reads as the
    // listed "trygghetsvärdar"; the text's "trygghetsvårdar" is a compound the parts allow ("vårdar").
    const motion = 'Motion om fler trygghetsvardar i centrala Helsingborg\n\nTrygghetsvårdar har provats i Drottninghög. Vi föreslår att utreda hur trygghetsvårdar kan införas.';
    const read = repair(motion, { regime: 'worn' }).text;
    expect(read).toContain('Trygghetsvärdar har provats');
    expect(read).toContain('hur trygghetsvärdar kan');
    // Without the listed word printed elsewhere the compound stands.
    const alone = 'Vi föreslår att utreda hur trygghetsvårdar kan införas i staden och vad det kostar.';
    expect(repair(alone, { regime: 'worn' }).text).toBe(alone);
  });

  it('reads a guillemet inside a word of damaged text as the gap between two words ("i«centrala")', () => {
    const text = 'att utreda hur trygghetsvärdar kan införas i«centrala Helsingborg,';
    expect(repair(text, { regime: 'worn' }).text).toBe('att utreda hur trygghetsvärdar kan införas i centrala Helsingborg,');
    // Quotes stand outside words, and text read well is left as it is.
    const quoted = 'Projektet »Trygg i centrum« fortsätter.';
    expect(repair(quoted, { regime: 'worn' }).text).toBe(quoted);
    expect(repair(text, { regime: 'intact' }).text).toBe(text);
  });

  it('reads the em dash and asterisk bullet of an English-model engine as the Swedish dash and bullet', () => {
    // The English model has no en dash and no round bullet (seeds' and world documents' legacy OCR).
    const text = 'Forslag till beslut\n* Val av justerare\n* Budget 2019 — 2021 for forvaltningen\nRubrik ———';
    const fixed = repair(text).text;
    expect(fixed).toContain('• Val av justerare');
    expect(repair('Forslag till beslut\n¢ Yttrande over remissen\n+ Information fran forvaltningen').text).toContain('• Yttrande över remissen\n• Information från förvaltningen');
    expect(fixed).toContain('2019 – 2021');
    // A rule of em dashes is a line, and an asterisk inside a line is no bullet.
    expect(fixed).toContain('Rubrik ———');
    expect(repair('Se not * nedan for detaljer om forslaget.').text).toContain('not * nedan');
    // Text that kept its diacritics: an asterisk is the writer's list sign, but the em dash is still
    // an engine's (tesseract's Swedish model has no en dash either), and a rule of them a line.
    const intact = 'Förslag — enligt bilaga\n* Återremiss\n———';
    expect(repair(intact, { regime: 'intact' }).text).toBe('Förslag – enligt bilaga\n* Återremiss\n———');
    // Between words the English model prints the dash as a tilde too; a tilde opening a line is a
    // list's mark as printed, and one before a number means "about".
    expect(repair('Rapportering ~ Beslut som inte verkstallts\n~ Budgetuppfoljning\nKostnad ~ 20 kronor').text).toBe('Rapportering – Beslut som inte verkställts\n~ Budgetuppföljning\nKostnad ~ 20 kronor');
  });

  it('reads a full stop before a lower-case word as the comma an engine misread, not after an abbreviation', () => {
    const list = 'Beslutande Karin Hedin. ordforande Per Borg. vice ordforande\nPlatsen ar vald. vilket framgar av bilaga.';
    expect(repair(list).text).toBe('Beslutande Karin Hedin, ordförande Per Borg, vice ordförande\nPlatsen är vald, vilket framgår av bilaga.');
    // An abbreviation's stop, a sentence's before a capital, and an address stay; so does intact text.
    const kept = 'Peter Holm, sekr. vid namnden, se www. lysekil.se. Nasta punkt.';
    expect(repair(kept).text).toContain('sekr. vid nämnden');
    expect(repair(kept).text).toContain('www. lysekil.se. Nästa');
    const intact = 'Anna Ek. ordförande';
    expect(repair(intact, { regime: 'intact' }).text).toBe(intact);
  });

  it("reads a hosting site's fixed wording that OCR damaged as the site prints it", () => {
    const page = 'Storlek: px\nStarta visningen fran sidan:\n* No results found\nDownload "Kallelse till sammantrade"';
    const fixed = repair(page).text;
    expect(fixed).toContain('Starta visningen från sidan:');
    // Wording a pattern matches as printed stays, and the bullet is the bullet rule's.
    expect(fixed).toContain('• No results found');
    expect(fixed).toContain('Storlek: px');
    // A web page's player prints its own "NaN" (no "Nån" an engine without Swedish data stripped).
    expect(repair('Fragan stalldes pa motet.\nNaN:NaN / NaN:NaN\nMotet avslutades.', { regime: 'stripped' }).text).toBe('Frågan ställdes på mötet.\nNaN:NaN / NaN:NaN\nMötet avslutades.');
  });

  it('reads a Swedish place printed without its å/ä/ö as the place, in capitals too ("LULEA KOMMUN")', () => {
    const text = 'LULEA KOMMUN\nSocialnamnden\nOSTERSUNDS KOMMUN, 831 83 OSTERSUND\nBrevet gick till Ostersunds kommun och till Vasteras.';
    const fixed = repair(text).text;
    expect(fixed).toContain('LULEÅ KOMMUN');
    expect(fixed).toContain('ÖSTERSUNDS KOMMUN, 831 83 ÖSTERSUND');
    expect(fixed).toContain('Östersunds kommun');
    expect(fixed).toContain('Västerås');
    // "län" after a county, never "lån" there.
    expect(repair('Lansstyrelsen Dalarnas lan har yttrat sig om Jonkopings lan och om bolagets lan.').text).toContain(
      'Länsstyrelsen Dalarnas län har yttrat sig om Jönköpings län och om',
    );
    // Abbreviations in capitals that are no place stay; so do addresses, and a place whose name
    // without its ring is a word ("Ånge" is no "ange").
    // A preposition before a site's address is no address's local part ("sänds pa orebro.se").
    expect(repair('Sammantradet webbsands pa orebro.se och pa kommunens webbplats.').text).toContain('webbsänds på orebro.se');
    expect(repair('Kontakt: anna tindqvistt malmo.se, telefon 040-34 10 00').text).toContain('anna tindqvistt malmo.se');
    const other = 'Beslut enligt KOMMUNALLAGEN och SFS 2017:725, se lulea.se och ange Ange kommun i svaret.';
    expect(repair(other).text).toContain('KOMMUNALLAGEN');
    expect(repair(other).text).toContain('lulea.se');
    expect(repair(other).text).toContain('ange Ange kommun');
  });

  it('reads a short known word as the word the document prints in its place, when OCR may print one for the other', () => {
    // Västerås's motion as diarium reads its worn copy: the title prints "fler fältassistenter".
    // Clean corpus text has "fler" and not the rare "ter" ("ter sig").
    const model = new WordModel();
    model.learn('Nämnden vill se fler insatser för unga.');
    const repairer = new Repairer({ model });
    const motion = 'Motion om fler fältassistenter i ytterområdena\n\natt ge nämnden i uppdrag att anställa ter fältassistenter i ytterområdena,';
    expect(repairer.repair(motion, 'worn').text).toContain('anställa fler fältassistenter');
    // Without that evidence "ter" is as likely a word as "fler", and stays.
    expect(repair(motion, { regime: 'worn' }).text).toBe(motion);
    // "de" and "det" stand before the same words in turn, and no confusion makes one of the other.
    const grammar = 'Vi stärker de gemensamma frågorna i staden.\nVi stärker det gemensamma arbetet i staden.';
    expect(repairer.repair(grammar, 'worn').text).toBe(grammar);
  });

  it('reads "yt" whose y lost its tail and t its bar ("vitrande"), and the fl ligature worn to a t ("tera")', () => {
    expect(repair('Kommunstyrelsen antar kommunkontorets vitrande som sitt eget.', { regime: 'stripped' }).text).toBe(
      'Kommunstyrelsen antar kommunkontorets yttrande som sitt eget.',
    );
    // "lera" (clay) is as near; clean corpus text says which of the two a municipality writes.
    const model = new WordModel();
    model.learn('Det finns flera insatser för unga.');
    const read = new Repairer({ model }).repair('införande av ett eller möjligen tera våldspreventiva centrum', 'stripped').text;
    expect(read).toContain('möjligen flera våldspreventiva');
  });

  it('keeps two phrases a document really prints: other forms of a word, short words, another case', () => {
    // Seed 003: "Stockholms stad" and "Stockholms stads"; "de gemensamma" and "det gemensamma".
    const forms = 'Stockholms stad ska vara trygg. Det gäller både Stockholms stads och polisens verksamhet.';
    expect(repair(forms, { regime: 'worn' }).text).toBe(forms);
    const grammar = 'Det gemensamma arbetet är viktigt. Staden arbetar för de gemensamma frågorna.';
    expect(repair(grammar, { regime: 'worn' }).text).toBe(grammar);
    // Seed 001's worn copy: "Dar:" is the label "Dnr:", not the verb "har" after the same word.
    const label = 'Kommunstyrelsen har skickat remissen. Remiss från kommunstyrelsen Dar: 2018:906';
    expect(repair(label, { regime: 'worn' }).text).not.toMatch(/kommunstyrelsen [Hh]ar: 2018:906/);
    // Text that keeps its diacritics is not read again.
    const intact = 'Socialnämnden Centrum\nSocialnämnden Cemirum tillstyrker remissen.';
    expect(repair(intact, { regime: 'intact' }).text).toBe(intact);
  });

  it('reads "ta" before the object only "ta" takes ("ta hänsyn", "ta ställning"), where "få" is likelier alone', () => {
    // Seed 001 as diarium reads its worn copy.
    const text = 'Förvaltningen bedömer att det finns många aspekter att\ntå hansyn till för att kunna tå ställning till om staden ska införa det.';
    expect(repair(text, { regime: 'worn' }).text).toBe(text.replace('tå hansyn', 'ta hänsyn').replace('tå ställning', 'ta ställning'));
    expect(repair('Nämnden vill tå del av rapporten.', { regime: 'worn' }).text).not.toContain('ta del');
  });

  it('reads "far" before "i uppdrag" as "får", the phrase that gives a decision\'s task, where "för i" is the commoner pair', () => {
    const text = 'Kommunstyrelsen beslutar att kommunstyrelsen far i uppdrag att utreda fragan.\nDet ar viktigt for i dag och for i morgon.';
    const repaired = repair(text, { background: loadBackground()?.model }).text;
    expect(repaired).toContain('kommunstyrelsen får i uppdrag att utreda frågan');
    expect(repaired).toContain('viktigt för i dag och för i morgon');
  });

  it('reads names of bodies and offices that no dictionary lists ("Stadsomradesnamnd")', () => {
    const text = 'Malmo stad\nStadsomradesforvaltning Norr\n\nStadsomradesnamnd Norr har beretts mojlighet att yttra sig over forslaget.\n';
    expect(repair(text).text).toBe('Malmö stad\nStadsområdesförvaltning Norr\n\nStadsområdesnämnd Norr har beretts möjlighet att yttra sig över förslaget.\n');
  });

  it('joins a word a worn copy split at a lone letter ("oc h", "f or"), not abbreviations spelled with spaces', () => {
    expect(repair(stripped('trygghet oc h sakerhet f or alla pa kvallstid')).text).toContain('trygghet och säkerhet för alla på kvällstid');
    expect(repair(stripped('fr o m januari t o m mars')).text).toContain('fr o m januari t o m mars');
  });

  it('takes away a diacritic an engine with Swedish data saw in the specks of a worn copy', () => {
    expect(repair('Kommunstyrelsen antar kommunköntorets yttrande.', { regime: 'worn' }).text).toBe('Kommunstyrelsen antar kommunkontorets yttrande.');
  });

  it('leaves the local part of an e-mail address alone when OCR misread its "@"', () => {
    const text = 'Handläggare Sara Johansson, telefon 031-365 00 00\nE-post: sara.johansson(Pcentrum. goteborg.se\n';
    expect(repair(text).text).toBe(text);
    // Also when the dot between the names is lost: "hanna" is not "banna" (to scold) there.
    const worn = 'Handläggare: Hanna Öberg, hanna .vberg(gavle.se, O26-17 8000\nSocialnämnden';
    // The address is left alone (the damaged phone number after it is read back).
    expect(repair(worn, { regime: 'worn' }).text).toContain('Hanna Öberg, hanna .vberg(gavle.se, 026-17 80 00');
    // Or read the "@" as a space: the name is no long word to read as the one printed above it.
    const spaced = 'Vår referens Anna Lindqvist, utredare\nTfn 040-34 12 56\n\nanna tindqvistt malmo.se\n';
    expect(repair(spaced, { regime: 'worn' }).text).toBe(spaced);
  });

  it('reads an f that a worn copy printed as t ("tamiljenamnden")', () => {
    expect(repair(stripped('Individ- och tamiljenamnden beslutar')).text).toContain('Individ- och familjenämnden beslutar');
  });

  it('reads "ars" as "års", the form municipal text uses ("2020 års investeringsbudget")', () => {
    expect(repair(stripped('inom ramen for 2020 ars investeringsbudget')).text).toContain('inom ramen för 2020 års investeringsbudget');
    // Worn type gave its r the look of a t: after a year it is still the genitive (Stockholm's trafikkontoret).
    expect(repair(stripped('inom ramen tor 2020 ats investeringsbudget')).text).toContain('inom ramen för 2020 års investeringsbudget');
  });

  it('reads a name a worn copy cut short at the end of a line as the name the document prints', () => {
    // Worn copies of Malmö's tjänsteskrivelse and Stockholm's trafikkontoret, English model.
    const malmo = 'Malmé stad\nStadsomradesforvaltning Norr\n\nYurande over renuss om tryggare offentliga miljéer 1 Malm\n\nDet galler tryggheten.';
    expect(repair(malmo).text).toContain('tryggare offentliga miljöer i Malmö\n');
    const akalla = 'Trygghetsskapande belysning i Husby och Aballa\n\n1. Namnden godkanner forslaget om belysning i Husby och Akal,\nsa som foreslas.';
    expect(repair(akalla).text).toContain('belysning i Husby och Akalla,\n');
    // A genitive s is no lost letter, a name after a first name is a person's, and a name inside
    // a line lost nothing.
    expect(repair('Stockholms stad\n\nNamnden ser positivt pa arbetet i Stockholm\n').text).toContain('arbetet i Stockholm\n');
    expect(repair('Malmé stad\n\nHandlaggare var Per Malm\n').text).toContain('Per Malm\n');
    expect(repair('Malmé stad\n\nFragan om Malm och andra ravaror\n').text).toContain('om Malm och');
  });

  it('reads capitals an engine set inside sentences in lower case, once the document shows it guesses case', () => {
    // Seed 004's worn copy, English model: "Mot" after "sig" proves it; "motionen" is printed in lower case elsewhere.
    const proposal = 'Socialtorvaliningen banvisar GI] deta tjansteutlatande som sval pa Movionen\n\nMotionen.\nI motionen foreslas att staden ska arbeta mot rekrytering.';
    const worn = `${proposal}\nDet finns manga som vander sig Mot unga i staden.`;
    const read = repair(worn).text;
    expect(read).toContain('som svar på motionen\n');
    expect(read).toContain('vänder sig mot unga');
    // Without a function word capitalised inside a line, a capital is the author's.
    expect(repair(proposal).text).toContain('som svar på Motionen\n');
    // Names, bodies, and sentence openers after a full stop a worn copy lost keep their capital.
    const kept = `${worn}\nDe arbetar med Framtid Stockholm och polisen En sadan samverkan foreslas att Kommunfullmäktige beslutar om.`;
    expect(repair(kept).text).toContain('med Framtid Stockholm och polisen En sådan samverkan föreslås att Kommunfullmäktige beslutar');
    // A word the document prints only capitalised is left alone: "Barnahus".
    expect(repair(`${worn}\nBarn forhors pa Barnahus i staden.`).text).toContain('på Barnahus i');
  });

  it('reads "svar" in "som svar på", the formula of a reply, where a worn copy printed "sval"', () => {
    expect(repair(stripped('hanvisar till tjansteutlatandet som sval pa remissen')).text).toContain('som svar på remissen');
    expect(repair('Vinden var sval på morgonen.').text).toBe('Vinden var sval på morgonen.');
  });

  it('reads a long word that lost its first letters as the word the document prints', () => {
    // Worn copy of the staff district's tjänsteutlåtande, English model.
    const text = 'Tjansteutlatande\nDor 1.2.4-123 2019\n\n1. Stadsdelsnamnden godkanner forvaltningens ansteutlutande som svar pa remissen.';
    expect(repair(text).text).toContain('godkänner förvaltningens tjänsteutlåtande som svar');
    // A word nowhere printed whole is left as it is.
    expect(repair(text.replace('Tjansteutlatande\n', '')).text).toContain('förvaltningens ansteutlutande som');
  });

  it('reads "justerar" before the decision it adjusts, where a worn copy printed the supine "justerat" without "har"', () => {
    expect(repair(stripped('2. Stadsdelsnamnden justerat beslutet omedelbart.')).text).toContain('Stadsdelsnämnden justerar beslutet omedelbart');
    expect(repair(stripped('nämnden har justerat beslutet')).text).toContain('har justerat beslutet');
  });

  it('does not learn the damage of text OCR stripped of å/ä/ö', () => {
    const model = new WordModel();
    expect(model.learnTrusted(seed('002_1a29c63b3b3a44df.txt'), 'seed-002')).toBe(false);
    expect(model.count('forvaltningens')).toBe(0);
    expect(repair(stripped('att anta forvaltningens forslag'), { model }).text).toContain('att anta förvaltningens förslag');
    expect(model.learnTrusted(seed('000_550816b0be03c5e1.txt'), 'seed-000')).toBe(true);
    expect(model.count('våld')).toBeGreaterThan(0);
  });
});
