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
  // The seeds, and a protokollsutdrag and an agenda in other municipalities' layouts, for items.
  await ingestPaths([path.join(ROOT, 'corpora/stockholm'), path.join(ROOT, 'test/fixtures/world/p15.txt'), path.join(ROOT, 'test/fixtures/world/k08.txt')], { index });
  const hostile = runPipeline({ id: 'f'.repeat(32), source: '/tmp/hostile.txt', text: `${HOSTILE_TITLE}\n\nFientlig text <script>window.__xss=1</script> om samverkan.` });
  await upsertDocuments(index, [{ ...hostile, title: HOSTILE_TITLE, namnd: '<b onmouseover="window.__xss=3">Fientlig nämnd</b>' }]);
  server = createSearchServer({ index, dist });
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
    expect(lines.length - 1).toBe(8); // all documents, not one page
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

  it('fits a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/?q=samverkan`);
    await page.waitForSelector('.hit');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    await shot('7-narrow.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says plainly when nothing matches', async () => {
    await page.goto(`${base}/?q=xyzzyqwerty`);
    await page.waitForSelector('.message');
    expect(await page.textContent('.message')).toContain('Inga dokument matchar');
  });
});
