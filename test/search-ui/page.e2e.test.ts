/**
 * The search page in a real browser (Debian's Chromium through playwright-core): search, facet,
 * document, case view, export, and text from the index that tries to run code. Screenshots go to
 * test/artifacts/.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex, upsertDocuments } from '../../index/documents.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { SavedSearches } from '../../index/saved-searches.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { createSearchServer } from '../../search-ui/server.ts';
import { ROOT } from '../helpers/cli.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const name = testIndexName('page');
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-ui-'));
let server: Server;
let browser: Browser;
let page: Page;
let base: string;

const HOSTILE_TITLE = 'Fientlig titel <img src=x onerror="window.__xss=2">';

beforeAll(async () => {
  if (!available) return;
  await build({ configFile: path.join(ROOT, 'search-ui/vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const index = await openDocumentIndex(testClient(), name);
  // The seeds and two of their scans (versions of 000 and 002), and a protokollsutdrag and an agenda
  // in other municipalities' layouts, for items.
  // And three answers of two kommuner to one government remiss, for its thread.
  await ingestPaths([path.join(ROOT, 'corpora'), path.join(ROOT, 'test/fixtures/world/p15.txt'), path.join(ROOT, 'test/fixtures/world/k08.txt'), path.join(ROOT, 'test/fixtures/remiss'), path.join(ROOT, 'test/fixtures/world/u07.txt')], { index });
  const hostile = runPipeline({ id: 'f'.repeat(32), source: '/tmp/hostile.txt', text: `${HOSTILE_TITLE}\n\nFientlig text <script>window.__xss=1</script> om samverkan.` });
  await upsertDocuments(index, [{ ...hostile, title: HOSTILE_TITLE, namnd: '<b onmouseover="window.__xss=3">Fientlig nämnd</b>' }]);
  server = createSearchServer({ index, dist, saved: SavedSearches.load(dist, name) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dist, { recursive: true, force: true });
});

const shot = (file: string): Promise<Buffer> => page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: true });

// CI installs Chromium (.ci/run); elsewhere the test is skipped when it is missing.
describe.skipIf(!available && !process.env.CI)('search page in Chromium', () => {
  it('searches, filters by nämnd, opens a document and its case, and exports the results', async () => {
    await page.goto(`${base}/`);
    await page.fill('#q', 'våldspreventivt centrum');
    await page.waitForURL(/q=v%C3%A5ldspreventivt/);
    // The empty query's hits are on the page first; highlighted words mark the query's own.
    await page.waitForSelector('.hit mark');
    expect(await page.textContent('#count')).toMatch(/^[3-9] dokument$/);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
    await shot('1-search.png');

    await page.getByLabel(/Rinkeby-Kista stadsdelsnämnd/).first().check();
    await page.waitForURL(/namnd=Rinkeby-Kista/);
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');
    expect(await page.locator('.hit .meta').first().textContent()).toContain('Rinkeby-Kista stadsdelsnämnd');
    await shot('2-facet.png');

    // The URL holds the state: loading it afresh gives the same result.
    await page.goto(page.url());
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');

    await page.click('.hit h2 a');
    await page.waitForSelector('article.document h1');
    expect(await page.textContent('article.document h1')).toContain('våldspreventivt centrum');
    expect(await page.textContent('.metadata')).toContain('Rinkeby-Kista stadsdelsnämnd');
    await shot('3-document.png');

    await page.click('.metadata a:has-text("KS 2018/906")');
    await page.waitForSelector('table.case');
    const rows = await page.locator('table.case tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.join('\n')).toContain('Rinkeby-Kista stadsdelsnämnd');
    expect(rows.join('\n')).toContain('Socialnämnden');
    const dates = rows.map((r) => r.slice(0, 10));
    expect([...dates].sort()).toEqual(dates);
    await shot('4-case.png');

    await page.goto(`${base}/?q=`);
    await page.waitForSelector('.hit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.export-csv')]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF?id,title,doctype,namnd/);
    expect(lines.length - 1).toBe(13); // all documents and all their versions, not one page
  });

  it('finds an item of a protokoll and an agenda, and opens the document at it', async () => {
    await page.goto(`${base}/?q=fritidsbank`);
    await page.waitForSelector('.hit .item-hit');
    expect(await page.textContent('.hit .item-hit')).toContain('§ 17 Svar på motion om en fritidsbank i Trollhättan');
    await shot('8-item-hit.png');
    await page.click('.hit .item-hit a');
    await page.waitForSelector('#punkt-1.current');
    expect(await page.textContent('#punkt-1')).toContain('Motionen bifalls.');
    await shot('9-document-at-item.png');

    await page.goto(`${base}/?q=${encodeURIComponent('Lövkojan tillsyn')}`);
    await page.waitForSelector('.hit .item-hit');
    expect(await page.textContent('.hit .item-hit')).toContain('punkt 4 Tillsyn av fristående förskola Lövkojan AB');
    await page.click('.hit .item-hit a');
    await page.waitForSelector('#punkt-4.current');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('punkt-4');
  });

  it('lists in the case view the § where a nämnd decided the case, beside the tjänsteutlåtande', async () => {
    await page.goto(`${base}/arende/${encodeURIComponent('1.7.1-310/2018')}`);
    await page.waitForSelector('table.case');
    const rows = await page.locator('table.case tbody tr').allTextContents();
    expect(rows.length).toBe(2);
    expect(rows.join('\n')).toContain('tjänsteutlåtande');
    expect(rows[1]).toContain('§ 5 Inför ett våldspreventivt centrum');
    expect(rows[1]).toContain('Socialnämnden godkänner förvaltningens tjänsteutlåtande');
    await shot('10-case-items.png');
    await page.click('table.case .item-link');
    await page.waitForSelector('#punkt-1.current');
  });

  it('follows a remiss from an answer to its thread: every answer across kommuner, side by side, as CSV too', async () => {
    await page.goto(`${base}/?q=laddinfrastruktur`);
    await page.waitForSelector('.hit');
    // The facet names the remiss; the document links to its thread.
    expect(await page.locator('fieldset, details, section').filter({ hasText: 'Remiss (SOU, Ds, departement)' }).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: /Yttrande över betänkandet Laddinfrastruktur/ }).first().click();
    await page.waitForSelector('dl.metadata');
    await page.locator('dl.metadata a[href^="/remiss/"]', { hasText: 'SOU 2022:41' }).click();
    await page.waitForSelector('table.remiss');
    expect(await page.textContent('h1')).toBe('Remiss SOU 2022:41');
    expect(await page.textContent('main')).toContain('Från Infrastrukturdepartementet.');
    const rows = await page.locator('table.remiss tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Gävle');
    expect(rows[0]).toContain('Kommunstyrelsen antar förvaltningens yttrande');
    expect(rows[1]).toContain('Luleå');
    expect(rows[1]).toContain('Miljö- och byggnadsnämnden lämnar yttrande');
    expect(rows[2]).toContain('Östersund');
    await shot('15-remiss-thread.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('remiss-SOU-2022-41.csv');
  });

  it('shows hits per year above the results, per month within a year, and a bar sets the date range', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.timeline');
    expect(await page.textContent('.timeline figcaption')).toBe('Träffar per år');
    // A table says the same to a screen reader.
    expect(await page.locator('.timeline table caption').textContent()).toBe('Träffar per år');
    const years = await page.locator('.timeline-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')));
    expect(years, years.join()).toContain('2022: 3 dokument');
    // The bars are drawn (their heights set despite a policy that forbids inline styles), the tallest full.
    const heights = await page.locator('.timeline-fill').evaluateAll((fills) => fills.map((f) => Math.round(f.getBoundingClientRect().height)));
    expect(Math.max(...heights)).toBe(56);
    expect(Math.min(...heights)).toBeGreaterThan(2);
    await shot('16-timeline-years.png');
    await page.getByRole('button', { name: '2022: 3 dokument' }).click();
    await page.waitForURL(/from=2022-01-01&to=2022-12-31/);
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '3 dokument');
    expect(await page.textContent('.timeline figcaption')).toBe('Träffar per månad');
    expect(await page.locator('.timeline-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')))).toEqual(['2022-09: 1 dokument', '2022-10: 2 dokument']);
    await shot('17-timeline-months.png');
    await page.getByRole('button', { name: '2022-09: 1 dokument' }).click();
    await page.waitForURL(/from=2022-09-01&to=2022-09-30/);
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');
  });

  it('saves the current search by name, lists it above the filters and offers its Atom feed', async () => {
    await page.goto(`${base}/?q=laddinfrastruktur&doctype=yttrande`);
    await page.waitForSelector('.hit');
    await page.getByRole('button', { name: 'Spara sökningen' }).click();
    await page.getByLabel('Namn på sökningen').fill('Laddning yttranden');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.waitForSelector('.saved-searches');
    expect(await page.textContent('.save-status')).toBe('Sparad som "Laddning yttranden".');
    const open = page.locator('.saved-searches a', { hasText: 'Laddning yttranden' });
    expect(await open.getAttribute('href')).toBe('/?q=laddinfrastruktur&doctype=yttrande');
    await shot('18-saved-search.png');
    const feedHref = await page.locator('.saved-searches a.feed').getAttribute('href');
    const feed = await page.evaluate(async (href) => (await fetch(href!)).text(), feedHref);
    expect(feed).toContain('<title>diarium: Laddning yttranden</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    await page.goto(`${base}/`);
    await page.locator('.saved-searches a', { hasText: 'Laddning yttranden' }).click();
    await page.waitForURL(/doctype=yttrande/);
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');
  });

  it('filters by person and party: the politicians a document names with their party', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.hit');
    await page.getByLabel(/^MP \(/).first().check();
    await page.waitForURL(/parties=MP/);
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');
    expect(await page.textContent('.hit h2')).toContain('fritidsbank');
    await page.getByLabel(/^Maria Holm \(/).first().check();
    await page.waitForURL(/people=Maria\+Holm/);
    expect(await page.textContent('#count')).toBe('1 dokument');

    // A person's page: the documents that name them, their parts, the § that names them.
    await page.locator('.hit h2 a').first().click();
    await page.waitForSelector('dl.metadata');
    await page.locator('dl.metadata a[href^="/person/"]', { hasText: 'Maria Holm' }).click();
    await page.waitForSelector('table.person');
    expect(await page.textContent('h1')).toBe('Maria Holm');
    const rows = await page.locator('table.person tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Kommunfullmäktige');
    expect(rows[0]).toContain('motionär');
    expect(await page.locator('table.person .item-link').count()).toBeGreaterThan(0);
    await shot('19-person.png');
  });

  it('filters by organisation and place, and exports the entities of a search as CSV', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.hit');
    // The facet lists its twelve most frequent values; its search box finds the others.
    const search = page.getByLabel('Sök organisation');
    if (await search.count()) await search.fill('Kriminal');
    await page.getByLabel(/^Kriminalvården \(/).first().check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('organisations') === 'Kriminalvården');
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '1 dokument');
    await page.locator('fieldset', { has: page.locator('legend', { hasText: /^Plats$/ }) }).getByLabel(/^Stockholm \(/).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('places') === 'Stockholm');
    expect(await page.textContent('#count')).toBe('1 dokument');
    await shot('20-organisation-place.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.export-entities')]);
    expect(download.suggestedFilename()).toBe('diarium-entities.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFkind,name,party,roles,document,title,date,municipality,namnd,source');
    expect(csv).toMatch(/^"organisation","Kriminalvården",/m);
    expect(csv).toMatch(/^"person","Niklas Roth","","handläggare",/m);
  });

  it('shows text from the index as text: markup in documents cannot run code', async () => {
    await page.goto(`${base}/?q=fientlig`);
    await page.waitForSelector('.hit');
    expect(await page.textContent('.hit h2')).toContain('<img src=x onerror=');
    await page.click('.hit h2 a');
    await page.waitForSelector('article.document h1');
    expect(await page.textContent('article.document h1')).toBe(HOSTILE_TITLE);
    await page.hover('.metadata');
    expect(await page.textContent('.text')).toContain('<script>window.__xss=1</script>');
    await shot('5-hostile.png');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('article img[src="x"], article script').count()).toBe(0);
  });

  it('shows one hit per document with its versions, the source of each, and opens a scan with its pages', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('Inför ett våldspreventivt centrum')}&doctype=protokollsutdrag`);
    await page.waitForSelector('.hit .versions');
    // 002's archived OCR text and its scan are one hit.
    expect(await page.locator('.hit').count()).toBe(1);
    expect(await page.textContent('.hit .versions')).toMatch(/^2 versioner: (?:OCR-text · skannad|skannad · OCR-text)$/);
    // Named relative to the folder ingested (corpora/).
    expect(await page.textContent('.hit .source')).toMatch(/^(?:OCR-text · stockholm\/002_1a29c63b3b3a44df\.txt|skannad · scans\/002_1a29c63b3b3a44df\.good\.scan\.pdf · 2 sidor)$/);
    // Open the scan: from the versions line, or the hit itself when the scan is the version shown.
    const scanLink = page.locator('.hit .versions a:has-text("skannad")');
    if (await scanLink.count()) await scanLink.click();
    else await page.click('.hit h2 a');
    await page.waitForSelector('.pages .page-thumb');
    expect(await page.textContent('.metadata')).toMatch(/skannad · scans\/002_1a29c63b3b3a44df\.good\.scan\.pdf · 2 sidor/);
    expect(await page.getAttribute('.metadata .original a', 'href')).toMatch(/\/api\/documents\/[0-9a-f]{32}\/original$/);

    // The text reads as paragraphs: a line the scan broke goes on in the same paragraph.
    const id = page.url().split('/').pop()!;
    const text = await page.evaluate(async (docId) => (await (await fetch(`/api/documents/${docId}`)).json()).text as string, id);
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.findIndex((l, i) => l.length > 60 && /\p{Ll}$/u.test(l) && /^\p{Ll}/u.test(lines[i + 1] ?? ''));
    expect(at).toBeGreaterThanOrEqual(0);
    const joined = `${lines[at]!.split(' ').pop()} ${lines[at + 1]!.split(' ')[0]}`;
    expect((await page.locator('.text.reflowed p').allTextContents()).some((p) => p.includes(joined))).toBe(true);

    // A page full size, with its text beside it.
    await page.click('.pages .page-thumb >> nth=0');
    await page.waitForSelector('dialog.page-view[open] .page-image img');
    await page.waitForFunction(() => (document.querySelector('dialog.page-view .page-image img') as HTMLImageElement | null)?.naturalWidth ?? 0 > 0);
    const size = await page.evaluate(() => {
      const img = document.querySelector('dialog.page-view .page-image img') as HTMLImageElement;
      return { natural: img.naturalWidth, shown: img.getBoundingClientRect().width };
    });
    expect(size.natural).toBeGreaterThan(1000);
    expect(size.shown).toBeGreaterThan(500);
    expect(await page.textContent('dialog.page-view .page-text')).toMatch(/Sidans text \(OCR\)/);
    expect((await page.textContent('dialog.page-view .page-text'))!.length).toBeGreaterThan(200);
    await shot('11-page-enlarged.png');
    await page.click('dialog.page-view button.close');
    expect(await page.locator('dialog.page-view[open]').count()).toBe(0);
  });

  it('shows the active filters as chips that clear, and sorts oldest first', async () => {
    await page.goto(`${base}/?q=`);
    await page.waitForSelector('.hit');
    await page.getByLabel(/^Socialnämnden/).first().check();
    await page.waitForSelector('.chips .chip');
    expect(await page.textContent('.chips .chip')).toContain('Nämnd: Socialnämnden');
    await page.click('.chips .clear-filters');
    await page.waitForFunction(() => !document.querySelector('.chips'));
    expect(page.url()).not.toContain('namnd=');

    const before = await page.locator('.hit .date').allTextContents();
    await page.selectOption('#sort', 'oldest');
    await page.waitForURL(/sort=oldest/);
    // The new order on the page (the old list stays until the new one is drawn).
    await page.waitForFunction((old) => Array.from(document.querySelectorAll('.hit .date'), (d) => d.textContent).join() !== old.join(), before);
    const dates = (await page.locator('.hit .date').allTextContents()).map((d) => d.slice(0, 10));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect([...dates].sort()).toEqual(dates);
    await shot('12-oldest-first.png');
  });

  it('shows the archived OCR beside the repaired text on demand', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('Socialnämndens beslut')}&doctype=protokollsutdrag`);
    await page.waitForSelector('.hit');
    await page.click('.hit h2 a');
    await page.waitForSelector('article.document h1');
    expect(await page.isHidden('#original')).toBe(true);
    await page.click('button[aria-controls="original"]');
    expect(await page.textContent('#original')).toContain('Socialnimndens beslut');
    expect(await page.getAttribute('button[aria-controls="original"]', 'aria-expanded')).toBe('true');
    await shot('6-original-ocr.png');
  });

  it('fits a phone: filters open above the results from a button, the case view is cards', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/?q=samverkan`);
      await page.waitForSelector('.hit');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
      expect(await page.isVisible('#facets')).toBe(false);
      await page.click('button.filter-toggle');
      expect(await page.isVisible('#facets')).toBe(true);
      // Above the results, not after all of them.
      const [facets, results] = await Promise.all([page.locator('#facets').boundingBox(), page.locator('.hits').boundingBox()]);
      expect(facets!.y).toBeLessThan(results!.y);
      await shot('7-narrow.png');
      await page.getByLabel(/^Socialnämnden/).first().check();
      await page.waitForURL(/namnd=/);

      await page.goto(`${base}/arende/${encodeURIComponent('KS 2018/906')}`);
      await page.waitForSelector('table.case');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
      // Every cell, the document's title too, is on the screen.
      const cells = await page.locator('table.case td[data-label="Dokument"]').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
      expect(cells.length).toBeGreaterThan(0);
      for (const right of cells) expect(right).toBeLessThanOrEqual(391);
      await shot('13-narrow-case.png');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('says plainly when nothing matches', async () => {
    await page.goto(`${base}/?q=xyzzyqwerty`);
    await page.waitForSelector('.message');
    expect(await page.textContent('.message')).toContain('Inga dokument matchar');
  });

  it('corrects a word and a field by hand (serve --edit): underlined as a person’s, found by search, undone', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-edit-'));
    const editor = createSearchServer({ index: await openDocumentIndex(testClient(), name), dist, corrections: CorrectionStore.load(home, name) });
    await new Promise<void>((resolve) => editor.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(editor.address() as AddressInfo).port}`;
    try {
      await page.goto(`${at}/?q=Tollman`);
      await page.click('.hit a');
      await page.waitForSelector('.edit-toggle');
      expect(await page.locator('.fix').count()).toBe(0);
      await page.click('.edit-toggle');
      await page.waitForSelector('.document.editing');
      // Click the misread name in the text: a form opens with it. The panels around the text
      // (pages, similar documents) load after it and may move it: the word is found again, and
      // clicked again, until the layout has settled.
      const wordBox = (): Promise<{ x: number; y: number } | null> =>
        page.evaluate(() => {
          const walker = document.createTreeWalker(document.querySelector('.text-panel .text.reflowed')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent!.indexOf('Tollman');
            if (i < 0) continue;
            n.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(n, i + 2);
            range.setEnd(n, i + 3);
            const r = range.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }
          return null;
        });
      await page.waitForLoadState('networkidle');
      for (let attempt = 0; attempt < 3; attempt++) {
        const box = await wordBox();
        expect(box).not.toBeNull();
        await page.mouse.click(box!.x, box!.y);
        if (await page.waitForSelector('dialog.correct[open]', { timeout: 5000 }).then(() => true, () => false)) break;
      }
      await page.waitForSelector('dialog.correct[open]');
      expect(await page.inputValue('dialog.correct input[name=value]')).toBe('Tollman');
      await page.fill('dialog.correct input[name=value]', 'Tallman');
      await page.fill('dialog.correct input[name=note]', 'namnet enligt närvarolistan');
      await page.click('dialog.correct button[type=submit]');
      await page.waitForSelector('.person-corrected');
      expect(await page.textContent('.person-corrected')).toBe('Tallman');
      expect(await page.getAttribute('.person-corrected', 'data-original')).toBe('Tollman');
      expect(await page.textContent('.person-corrections')).toContain('namnet enligt närvarolistan');

      // A field: the nämnd, with its value now in the form.
      await page.click('button[aria-label="Rätta nämnd"]');
      await page.waitForSelector('dialog.correct[open]');
      await page.fill('dialog.correct input[name=value]', 'Kommunfullmäktige i Trollhättan');
      await page.click('dialog.correct button[type=submit]');
      await page.waitForFunction(() => document.querySelector('.metadata')?.textContent?.includes('Kommunfullmäktige i Trollhättan'));
      // A date in another form is refused in the form, which stays open.
      await page.click('button[aria-label="Rätta datum"]');
      await page.fill('dialog.correct input[name=value]', '18 februari 2016');
      await page.click('dialog.correct button[type=submit]');
      await page.waitForSelector('dialog.correct .message.error:not([hidden])');
      expect(await page.textContent('dialog.correct .message.error')).toMatch(/ÅÅÅÅ-MM-DD/);
      await page.click('dialog.correct button:has-text("Avbryt")');
      await shot('14-corrected-by-hand.png');

      const found = await (await fetch(`${at}/api/search?q=Tallman`)).json();
      expect(found.hits.map((h: { title: string }) => h.title)).toContain('Svar på motion om en fritidsbank i Trollhättan');

      // Undone: the text as it was, and the list says one correction.
      await page.click('.person-corrections button[aria-label^="Ångra rättelsen av ”Tollman”"]');
      await page.waitForFunction(() => !document.querySelector('.person-corrected'));
      expect(await page.textContent('.person-corrections h2')).toBe('Rättat för hand (1)');
      expect(await page.locator('.text-panel').textContent()).toContain('Tollman');
    } finally {
      editor.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
