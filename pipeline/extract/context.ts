import type { Doctype } from '../grammar/doctypes.ts';
import type { Line, TextModel } from '../text/model.ts';
import type { Stream } from '../text/stream.ts';
import type { HeaderField } from './header.ts';
import type { Item } from './items.ts';

/**
 * What the readers of single fields (title, nämnd, förvaltning, dates) are given of a document once
 * it is read: the text model, its content lines and stream, the header's fields, the items and the
 * type. Each reader takes the part it needs (`Pick<Reading, …>`) and adds what only it uses.
 */
export interface Reading {
  model: TextModel;
  /** Content lines, in order. */
  lines: Line[];
  /** Content lines of the header block. */
  headLines: Line[];
  header: HeaderField[];
  items: Item[];
  doctype: Doctype;
  stream: Stream;
}
