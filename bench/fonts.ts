/**
 * The faces the world documents were rendered in as scans and read by the legacy English-model OCR
 * (test/fixtures/dev-* and held-out-*): bench:repair measures repair on them, bench:extract the
 * held-out faces' documents as ingest reads them.
 */
/** The world documents in fonts whose errors rules were read off (good scans; Bookman's worn copies too). */
export const DEV_FONTS = [
  { font: 'P052', dir: 'test/fixtures/dev-p052' },
  { font: 'Nimbus Roman', dir: 'test/fixtures/dev-nimbus-roman' },
  { font: 'DejaVu Serif', dir: 'test/fixtures/dev-dejavu-serif' },
  { font: 'URW Bookman', dir: 'test/fixtures/dev-bookman' },
  { font: 'Nimbus Sans', dir: 'test/fixtures/dev-nimbus-sans' },
  { font: 'URW Gothic', dir: 'test/fixtures/dev-gothic' },
  { font: 'DejaVu Sans Condensed', dir: 'test/fixtures/dev-dejavu-sans-condensed' },
  { font: 'Liberation Sans Narrow', dir: 'test/fixtures/dev-liberation-sans-narrow' },
  { font: 'Nimbus Mono', dir: 'test/fixtures/dev-nimbus-mono' },
  { font: 'Noto Sans Mono', dir: 'test/fixtures/dev-noto-sans-mono' },
] as const;
/**
 * The world documents in fonts held out: only measured. A set whose errors someone reads moves to
 * DEV_FONTS, and a fresh font is rendered (scripts/render-held-out.sh).
 */
export const HELD_OUT_FONTS = [
  { font: 'C059', dir: 'test/fixtures/held-out-c059', note: 'a caveat in its README' },
  { font: 'DejaVu Sans', dir: 'test/fixtures/held-out-dejavu-sans', note: 'rendered and only measured since 2026-12-06 (fourth session)' },
  { font: 'Nimbus Sans Narrow', dir: 'test/fixtures/held-out-nimbus-sans-narrow', note: 'rendered and only measured since 2026-12-06 (fourth session)' },
  { font: 'DejaVu Sans Mono', dir: 'test/fixtures/held-out-dejavu-sans-mono', note: 'rendered and only measured since 2026-12-06 (sixth session)' },
  { font: 'Carlito', dir: 'test/fixtures/held-out-carlito', note: 'rendered and only measured since 2026-12-06 (ninth session)' },
  { font: 'Caladea', dir: 'test/fixtures/held-out-caladea', note: 'rendered and only measured since 2026-12-06 (ninth session)' },
  { font: 'Open Sans', dir: 'test/fixtures/held-out-open-sans', note: 'rendered and only measured since 2026-12-06 (ninth session)' },
] as const;
