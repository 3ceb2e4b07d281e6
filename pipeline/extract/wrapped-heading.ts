/**
 * Where a heading a layout wrapped goes on: a title or a §'s title over two or three lines (a PDF's
 * narrow heading column, a long remiss title), read as one.
 */
import { headingRole, labelAt } from '../grammar/labels.ts';
import { PAGE_COUNTER } from '../grammar/layout.ts';

/**
 * Words a heading does not end in, so a line ending in one was wrapped: prepositions, conjunctions,
 * articles and "den" before a date ("… sammanträde den" / "26 september"), a dash.
 */
const OPEN_END = /(?:^|\s)(?:av|för|om|och|i|på|till|med|vid|från|över|mot|den|det|de|en|ett|samt|eller|som|inom|under|efter|enligt|genom|hos|åt|inför|avseende|gällande|angående|-|–)$/iu;
/**
 * A year or a period alone on the line a heading's wrapping left it on ("PM … växelvård" /
 * "2023–2027", "… från höstterminen" / "2024"): no label or letterhead line is a year alone.
 */
const YEAR_SPAN = /^(?:19|20)\d\d(?: ?[–-] ?(?:19|20)?\d\d)?$/;
/** Opening marks of what a heading names next: a quoted title, a parenthesis ("(SOU 2021:88)"). */
const OPENS_NAME = /^[”“"«(]/;
const WHOLE_COUNTER = new RegExp(`^(?:${PAGE_COUNTER.source})$`, 'u');
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** A name's last words alone on a line: a few capitalised words, no sentence ("Stockholm", "Region Gävleborg"). */
const NAME_REST = /^\p{Lu}[\p{L}-]*(?: \p{Lu}?[\p{L}-]+){0,2}$/u;
/** A line that ends in a name's first word ("… och Polisregion"), capitalised after other words. */
const NAME_START = /\s\p{Lu}\p{Ll}+$/u;

/**
 * Whether `next` goes on with the heading `title` that a layout wrapped (a PDF's narrow heading
 * column, a long remiss title over two or three lines): the next line goes on in lower case, or
 * opens a quotation or parenthesis, or is a period alone; or this one ends mid-phrase, or with a
 * parenthesis or quotation it has not closed ("… (Ds" / "2023:14)"). With `filled` (the title's
 * line fills the page's width and `next`, right under it, ends the heading's block), a name the
 * line break cut goes on too ("… mellan Stockholms stad och Polisregion" / "Stockholm"): the
 * page's width, not the heading, ended the line. A line that ends otherwise ("… (Ds 2023:14)")
 * is no name's start: a type word under it ("Tjänsteskrivelse") is a line of its own.
 */
export function continuesHeading(title: string, next: string, filled = false): boolean {
  // A label opens its line with a capital ("Dnr", "Sammanträde"); in lower case the word goes on with the heading.
  if (next.length > 120 || headingRole(next) !== null || (CAPITAL_FIRST.test(next) && labelAt(next) !== null) || WHOLE_COUNTER.test(next)) return false;
  return LOWER_FIRST.test(next) || OPEN_END.test(title) || unclosed(title) || OPENS_NAME.test(next) || YEAR_SPAN.test(next) || (filled && NAME_START.test(title) && NAME_REST.test(next));
}

/** More opening parentheses than closing ones, or an odd number of quotation marks. */
function unclosed(text: string): boolean {
  let depth = 0;
  let quotes = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '”' || c === '“' || c === '"') quotes++;
  }
  return depth > 0 || quotes % 2 === 1;
}

