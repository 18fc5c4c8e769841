/**
 * The label trie of lib/psl/psl-data.ts (format: scripts/build-psl.mjs): `a,+b(c,d(e)),f`, a label per rule
 * ending there ("+" when the label also leads to longer rules), its children in parentheses. A node's children
 * are read from the text when first asked for, one level at a time: a lookup reads the levels along its own
 * labels, not the ~10,000 rules (reading all of it cost ~60 ms of a process's first lookup on Node 20).
 */

export interface PslNode {
  /** A rule ends here. */
  end: boolean;
  readonly kids: ReadonlyMap<string, PslNode>;
}

const COMMA = 0x2c;
const OPEN = 0x28;
const CLOSE = 0x29;
const PLUS = 0x2b;
const NO_KIDS: ReadonlyMap<string, PslNode> = new Map();

/** A node whose children are text[from, to) until first read. */
class TextNode implements PslNode {
  private read: ReadonlyMap<string, PslNode> | null = null;

  constructor(
    public end: boolean,
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get kids(): ReadonlyMap<string, PslNode> {
    if (this.read === null) this.read = this.from < this.to ? readLevel(this.text, this.from, this.to) : NO_KIDS;
    return this.read;
  }
}

const PARENS = /[()]/g;

/** Where the "(" at `open` is closed, or `to` when it is not (the rest of the text is then its children). */
function closing(text: string, open: number, to: number): number {
  let depth = 1;
  PARENS.lastIndex = open + 1;
  for (let m = PARENS.exec(text); m !== null && m.index < to; m = PARENS.exec(text)) {
    depth += text.charCodeAt(m.index) === OPEN ? 1 : -1;
    if (depth === 0) return m.index;
  }
  return to;
}

/**
 * One level: the labels of text[from, to) outside parentheses. A ")" with no "(" before it is skipped (it can
 * only occur at the top, in malformed text); an unclosed "(" takes the rest of the text as its children.
 */
function readLevel(text: string, from: number, to: number): Map<string, PslNode> {
  const kids = new Map<string, PslNode>();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE) {
      i++;
      continue;
    }
    const plus = c === PLUS;
    if (plus) i++;
    let j = i;
    for (let d = text.charCodeAt(j); j < to && d !== COMMA && d !== OPEN && d !== CLOSE; d = text.charCodeAt(++j));
    if (j < to && text.charCodeAt(j) === OPEN) {
      // "+label(...)" ends a rule too; a bare "label(...)" only leads to longer rules.
      const close = closing(text, j, to);
      kids.set(text.slice(i, j), new TextNode(plus, text, j + 1, close));
      i = close + 1;
    } else {
      kids.set(text.slice(i, j), new TextNode(!plus, text, 0, 0));
      i = j;
    }
  }
  return kids;
}

/**
 * A level's text is scanned once, when first read (linear in its length); a lookup reads at most one level per label
 * of its host name. Malformed text yields what can be read of it (never throws, always advances).
 */
export function parseTrie(text: string): PslNode {
  return new TextNode(false, text, 0, text.length);
}
