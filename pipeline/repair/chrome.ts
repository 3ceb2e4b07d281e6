import { wrapperLine, type LayoutPattern } from '../grammar/layout.ts';
import { wrapperPatternOf } from '../text/model.ts';
import type { Correction } from './repair.ts';

/**
 * A hosting site's or a web page's chrome in OCR'd text (grammar/layout.ts has the patterns): the
 * lines repair protects as fixed wording, and the damaged ones it reads as the site prints them.
 */
export interface ChromeLine {
  at: number;
  line: string;
  trimmed: string;
  chrome: LayoutPattern;
}

/** The lines of `text` that are a site's chrome, with their places (found once per text: two rules ask). */
export function chromeLines(text: string): ChromeLine[] {
  const lines: ChromeLine[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const chrome = trimmed ? wrapperPatternOf(trimmed) : undefined;
    if (chrome) lines.push({ at, line, trimmed, chrome });
    at += line.length + 1;
  }
  return lines;
}

/**
 * A line of a hosting site's fixed chrome as OCR damaged its wording ("Starta visningen fran
 * sidan:", a docplayer page of the scan): read as the site prints it, its trailing colon as printed.
 * The line is otherwise protected, as English or fixed wording no word of which is Swedish misread.
 */
export function chromePhrases(lines: readonly ChromeLine[]): Correction[] {
  const out: Correction[] = [];
  for (const { at, line, trimmed, chrome } of lines) {
    // Only a line no pattern matches as printed, which the chrome's wording matched through OCR damage.
    const phrase = chrome.phrase !== undefined && wrapperLine(trimmed) === undefined ? chrome.phrase : undefined;
    if (phrase) {
      // From its first letter: a bullet before it is the bullet rule's.
      const lead = Math.max(0, trimmed.search(/\p{L}/u));
      const body = trimmed.slice(lead).replace(/:$/, '');
      if (body !== phrase) out.push({ index: at + line.indexOf(trimmed) + lead, original: body, replacement: phrase, rule: 'chrome-phrase', reason: "a site's fixed wording as printed undamaged", score: 0 });
    }
  }
  return out;
}
