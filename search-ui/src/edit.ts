/**
 * Correcting a document by hand on the page (serve --edit): where in the document's text a click or
 * a selection is, the word around it, and the dialog that sends a correction. The server checks
 * every correction against the document again; this only makes them easy to make.
 */
import { h } from './dom.ts';

/** A correction as the document carries it (pipeline/corrections.ts). */
export interface PersonCorrection {
  id: string;
  kind: 'text' | 'field';
  field?: string;
  start?: number;
  old: string;
  new: string;
  at: string;
  note?: string;
}

/**
 * Where a point of the page (a text node and an offset in it) stands in the document's text: each
 * piece of the reflowed text is a span whose `data-from` is its place in the text and whose text is
 * that of the document unchanged, so the place is its start plus the characters before the point.
 */
export function textOffset(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const piece = element?.closest<HTMLElement>('[data-from]');
  if (!piece) return null;
  const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return Number(piece.dataset.from) + before + offset;
    before += n.textContent!.length;
  }
  // The point is the piece element itself (a click between its children).
  return node === piece ? Number(piece.dataset.from) + Array.from(piece.childNodes).slice(0, offset).reduce((sum, c) => sum + (c.textContent?.length ?? 0), 0) : null;
}

/** The caret's place at a point of the screen (Chromium and WebKit, or Firefox). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const WORD = /[\p{L}\p{N}§-]/u;

/** The word of `text` around `at` (letters, digits, inner hyphens), or null between words. */
export function wordAround(text: string, at: number): { start: number; end: number } | null {
  let start = at;
  let end = at;
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  while (end < text.length && WORD.test(text[end]!)) end++;
  return end > start ? { start, end } : null;
}

/**
 * What a person chose to correct in the text: the selection when there is one inside the text,
 * else the word clicked. Null when neither is in the text.
 */
export function chosenWords(text: string, event?: MouseEvent): { start: number; end: number } | null {
  const selection = getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount) {
    const range = selection.getRangeAt(0);
    let start = textOffset(range.startContainer, range.startOffset);
    let end = textOffset(range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start) {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start && end - start <= 200) return { start, end };
    }
  }
  if (!event) return null;
  const caret = caretAt(event.clientX, event.clientY);
  const at = caret ? textOffset(caret.node, caret.offset) : null;
  return at === null ? null : wordAround(text, at);
}

/** Posts JSON (a correction, a revert, a saved search) and returns the answer, or throws with the server's reason. */
export async function send<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new Error('diarium-servern svarar inte: inget är sparat.');
  }
  const answer = await response.json().catch(() => ({ error: `Fel ${response.status}` }));
  if (!response.ok) throw new Error((answer as { error?: string }).error ?? `Fel ${response.status}`);
  return answer as T;
}

/**
 * A modal form for one correction: what stands now, the right value, a note. `save` gets the value
 * and the note; its error is shown in the form, which stays open.
 */
export function correctionDialog(heading: string, current: string, hint: string | null, save: (value: string, note: string) => Promise<void>): HTMLDialogElement {
  const value = h('input', { type: 'text', name: 'value', value: current, required: true, autocomplete: 'off', spellcheck: 'true', lang: 'sv' });
  const note = h('input', { type: 'text', name: 'note', autocomplete: 'off', placeholder: 't.ex. ”står så i originalet”' });
  const error = h('p', { class: 'message error', role: 'alert', hidden: true });
  const cancel = h('button', { type: 'button' }, 'Avbryt');
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', {}, heading),
    h('p', { class: 'now' }, 'Nu: ', h('q', {}, current || '(tomt)')),
    h('label', {}, 'Rätt värde', hint ? h('span', { class: 'hint' }, ` (${hint})`) : null, value),
    h('label', {}, 'Anteckning (valfri)', note),
    error,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Spara rättelsen'), cancel),
  );
  const dialog = h('dialog', { class: 'correct', 'aria-label': heading }, form);
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    save(value.value.trim(), note.value.trim()).then(
      () => dialog.close(),
      (e: Error) => {
        error.textContent = e.message;
        error.hidden = false;
      },
    );
  });
  document.body.append(dialog);
  dialog.showModal();
  value.select();
  return dialog;
}
