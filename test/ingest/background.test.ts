/**
 * Repair's background text (ingest/background-text.ts): installed Swedish prose read as word and
 * pair counts, with a version that names its bytes, and a clear absence when none is installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKGROUND_SOURCES, backgroundNote, htmlParagraphs, loadBackground, missingBackgroundPackages, type BackgroundSource } from '../../ingest/background-text.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-background-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const source = (file: string, format: BackgroundSource['format'] = 'html'): BackgroundSource => ({
  id: 'test',
  debianPackage: 'test-sv',
  path: path.join(tmp, file),
  format,
  title: 'a test text',
  licence: 'public domain',
});

describe('background text', () => {
  it('reads an HTML book as paragraphs: entities decoded, no word pair across a heading, scripts left out', () => {
    const html = '<h1>Inneh&aring;ll</h1><p>Det &auml;r r&auml;tt att g&ouml;ra s&aring;.<br>Ny rad&nbsp;h&auml;r</p><script>var x = "kod";</script><p>&#246;ver &#xE5;n</p>';
    expect(htmlParagraphs(html)).toEqual(['Innehåll', 'Det är rätt att göra så.', 'Ny rad här', 'över ån']);
  });

  it('counts words and pairs of every installed source, and names the bytes in its version', () => {
    // Latin-1 bytes, as old HTML books are saved.
    fs.writeFileSync(path.join(tmp, 'bok.html'), Buffer.from('<p>Det är rätt. Det är sant.</p><h2>Kapitel</h2><p>Nämnden bör besluta.</p>', 'latin1'));
    const background = loadBackground([source('bok.html'), source('saknas.html')])!;
    expect(background.model.count('är')).toBe(2);
    expect(background.model.pairCount('det', 'är')).toBe(2);
    expect(background.model.pairCount('sant', 'kapitel')).toBe(0);
    expect(background.version).toMatch(/^test@[0-9a-f]{8}$/);
    expect(background.sources.map((s) => s.id)).toEqual(['test']);
    // Other bytes, another version.
    fs.writeFileSync(path.join(tmp, 'bok.html'), '<p>Det är rätt.</p>');
    expect(loadBackground([source('bok.html')])!.version).not.toBe(background.version);
  });

  it('is none when nothing is installed or DIARIUM_BACKGROUND=off, and says which package to install', () => {
    expect(loadBackground([source('saknas.html')])).toBeNull();
    fs.writeFileSync(path.join(tmp, 'text.txt'), 'Det är rätt.\n\nNästa stycke.');
    process.env.DIARIUM_BACKGROUND = 'off';
    try {
      expect(loadBackground([source('text.txt', 'text')])).toBeNull();
    } finally {
      delete process.env.DIARIUM_BACKGROUND;
    }
    expect(loadBackground([source('text.txt', 'text')])!.model.count('stycke')).toBe(1);
    expect(backgroundNote()).toContain('apt-get install cfi-sv');
    // A Debian source whose file is absent is named, whatever else loads (the npm word pairs do).
    expect(missingBackgroundPackages([source('saknas.html'), ...BACKGROUND_SOURCES.filter((s) => s.format === 'tesseract-bigrams')])).toEqual(['test-sv']);
    expect(missingBackgroundPackages([source('text.txt', 'text')])).toEqual([]);
  });

  it("counts each of tesseract's Swedish word pairs once, from the traineddata OCR installs with npm", () => {
    const bigrams = BACKGROUND_SOURCES.find((s) => s.format === 'tesseract-bigrams')!;
    const background = loadBackground([bigrams])!;
    expect(background.version).toMatch(/^tesseract-swe-bigrams@[0-9a-f]{8}$/);
    expect(background.model.pairCount('för', 'kännedom')).toBeGreaterThan(0); // once per spelling of its case
    expect(background.model.pairCount('får', 'kännedom')).toBe(0);
    // A word's count is the number of pairs it stands in: a measure of how common it is.
    expect(background.model.count('månad')).toBeGreaterThan(10 * background.model.count('manad'));
    // A damaged file is skipped with a warning, not fatal.
    fs.writeFileSync(path.join(tmp, 'trasig.traineddata'), Buffer.alloc(64, 7));
    expect(loadBackground([{ ...bigrams, path: path.join(tmp, 'trasig.traineddata') }])).toBeNull();
  });

  // CI installs cfi-sv (.ci/run); a machine without it skips this one.
  it.skipIf(!fs.existsSync(BACKGROUND_SOURCES[0]!.path))('reads the installed public-domain book cfi-sv, and the word pairs with it', () => {
    const background = loadBackground()!;
    expect(background.version).toMatch(/^cfi-sv@[0-9a-f]{8}\+tesseract-swe-bigrams@/);
    expect(missingBackgroundPackages()).toEqual([]);
    expect(background.model.total).toBeGreaterThan(100_000);
    expect(background.model.pairCount('det', 'är')).toBeGreaterThan(background.model.pairCount('det', 'år'));
  });
});
