import { LIMITS } from '../../lib/limits';
import { OUTLOOK } from '../../lib/webmail/outlook-selectors';

/**
 * A long source in a virtualised list: only the rows near the visible area exist in the DOM (Fluent UI's List
 * renders pages around the visible rect and spacers elsewhere). Read it by scrolling the list from top to
 * bottom, keeping each row by its index, then put the scroll position back. The result says whether every
 * row was seen (indices without a gap, and as many as aria-setsize/aria-rowcount announce, when given).
 */

export interface RowsRead {
  text: string;
  complete: boolean;
  rows: number;
}

const MAX_STEPS = 20_000;
const MAX_MS = 120_000;

function rowIndex(row: Element): number | null {
  for (const name of ['data-list-index', 'aria-posinset', 'aria-rowindex', 'data-index']) {
    const v = row.getAttribute(name);
    if (v !== null && /^\d{1,7}$/.test(v)) return Number(v);
  }
  return null;
}

function announcedSize(row: Element): number {
  const own = Number(row.getAttribute('aria-setsize') ?? '0');
  const grid = Number(row.closest('[aria-rowcount]')?.getAttribute('aria-rowcount') ?? '0');
  return Math.max(Number.isFinite(own) ? own : 0, Number.isFinite(grid) ? grid : 0);
}

/** The element that scrolls the rows, inside the dialog; null when nothing scrolls (every row is there). */
function scrollerOf(row: Element, dialog: Element): HTMLElement | null {
  for (let el = row.parentElement; el !== null && dialog.contains(el); el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight + 2 && /auto|scroll|overlay/.test(getComputedStyle(el).overflowY)) return el;
  }
  return null;
}

function rowText(row: Element): string {
  return (row instanceof HTMLElement ? row.innerText : row.textContent).replace(/\n$/, '');
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Yield to the page's own tasks once: a message to ourselves, which browsers do not throttle in background tabs as they do timers. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Rows now in the DOM, in index order (what `inspect` sees without scrolling); null when the dialog has none. */
export function renderedRows(dialog: Element): string | null {
  const rows = Array.from(dialog.querySelectorAll(OUTLOOK.virtualRow));
  const indexed = rows
    .map((r) => [rowIndex(r), r] as const)
    .filter((x): x is readonly [number, Element] => x[0] !== null);
  if (indexed.length === 0) return null;
  return indexed
    .sort((a, b) => a[0] - b[0])
    .map(([, r]) => rowText(r))
    .join('\n');
}

/** A virtualised list whose first row is not in the DOM (the user scrolled down): its headers are not visible now. */
export function scrolledPastTop(dialog: Element): boolean {
  let min = Infinity;
  for (const r of Array.from(dialog.querySelectorAll(OUTLOOK.virtualRow))) min = Math.min(min, rowIndex(r) ?? Infinity);
  return Number.isFinite(min) && min > 1;
}

/** Scroll through the list and read every row; null when the dialog has no indexed rows or nothing scrolls. */
export async function readAllRows(dialog: Element, progress: (chars: number) => void): Promise<RowsRead | null> {
  const first = Array.from(dialog.querySelectorAll(OUTLOOK.virtualRow)).find((r) => rowIndex(r) !== null);
  if (first === undefined) return null;
  const scroller = scrollerOf(first, dialog);
  if (scroller === null) return null;
  const rows = new Map<number, string>();
  let chars = 0;
  let size = 0;
  const take = (): boolean => {
    let added = false;
    for (const r of Array.from(dialog.querySelectorAll(OUTLOOK.virtualRow))) {
      const i = rowIndex(r);
      if (i === null || rows.has(i)) continue;
      const t = rowText(r);
      rows.set(i, t);
      chars += t.length + 1;
      size = Math.max(size, announcedSize(r));
      added = true;
    }
    return added;
  };
  const scrollTo = async (top: number) => {
    scroller.scrollTop = top;
    // The page renders rows on its scroll listener; a hidden tab may not fire the event itself.
    scroller.dispatchEvent(new Event('scroll'));
    await nextTask();
    if (!take()) {
      // The page renders later (a debounced or animation-frame render): give it time.
      await wait(120);
      take();
    }
  };
  const start = scroller.scrollTop;
  const began = Date.now();
  await scrollTo(0);
  for (let step = 0; step < MAX_STEPS && chars <= LIMITS.maxInputChars && Date.now() - began < MAX_MS; step++) {
    const before = scroller.scrollTop;
    await scrollTo(before + Math.max(1, Math.floor(scroller.clientHeight * 0.8)));
    progress(chars);
    if (scroller.scrollTop <= before) break;
  }
  scroller.scrollTop = start;
  scroller.dispatchEvent(new Event('scroll'));
  const order = Array.from(rows.keys()).sort((a, b) => a - b);
  const gapless = order.every((n, k) => k === 0 || n === (order[k - 1] ?? n) + 1);
  return {
    text: order.map((n) => rows.get(n) ?? '').join('\n'),
    complete: gapless && (size === 0 || order.length >= size),
    rows: order.length,
  };
}
