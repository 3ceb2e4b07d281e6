import { describe, expect, it } from 'vitest';
import { groupSources } from '../../ingest/group.ts';
import { readPageName } from '../../ingest/page-names.ts';

describe('page names', () => {
  it.each([
    ['000_550816b0be03c5e1.p1.good.png', '000_550816b0be03c5e1', 1],
    ['000_550816b0be03c5e1.p12.poor.png', '000_550816b0be03c5e1', 12],
    ['protokoll_page-3.jpg', 'protokoll', 3],
    ['beslut sida 2.tif', 'beslut', 2],
    ['KS 2019-45 s 3.png', 'KS 2019-45', 3],
    ['1.png', '', 1],
    ['sida01.jpg', '', 1],
  ])('%s is page %s of one document', (name, stem, page) => {
    const read = readPageName(name)!;
    expect(read.page).toBe(page);
    expect(read.key.split('\0')[0]).toBe(stem);
  });

  it.each(['Scan_0001.jpg', 'IMG_0002.jpg', 'tips3.png', 'rapport 2019.png', 'bilaga s2.pdf', 'protokoll.p1.txt'])('%s names no page', (name) => {
    expect(readPageName(name)).toBeNull();
  });
});

describe('grouping sources', () => {
  const walked = (names: string[]) => names.map((name) => ({ path: `/in/${name}`, root: '/in' }));

  it('makes the page images of one scan one source, pages in number order, everything else one source per file', () => {
    const sources = groupSources(
      walked(['a.txt', '000_x.p1.good.png', '000_x.p10.good.png', '000_x.p2.good.png', '000_x.p1.poor.png', '000_x.good.scan.pdf', 'mapp/1.png', 'mapp/2.png', 'mapp/omslag.png', 'ensam.p1.png']),
    );
    expect(sources.map((s) => [s.name, s.files.map((f) => f.slice(4))])).toEqual([
      ['a.txt', ['a.txt']],
      ['000_x.p1–10.good.png', ['000_x.p1.good.png', '000_x.p2.good.png', '000_x.p10.good.png']],
      // Another quality of the same scan is another document (a version, grouped in search).
      ['000_x.p1.poor.png', ['000_x.p1.poor.png']],
      ['000_x.good.scan.pdf', ['000_x.good.scan.pdf']],
      ['mapp/1–2.png', ['mapp/1.png', 'mapp/2.png']],
      ['mapp/omslag.png', ['mapp/omslag.png']],
      ['ensam.p1.png', ['ensam.p1.png']],
    ]);
    expect(sources[1]!.path).toBe('/in/000_x.p1.good.png');
  });

  it('keeps the pages of different folders apart', () => {
    const sources = groupSources(walked(['a/1.png', 'a/2.png', 'b/1.png', 'b/2.png']));
    expect(sources.map((s) => s.name)).toEqual(['a/1–2.png', 'b/1–2.png']);
  });
});
