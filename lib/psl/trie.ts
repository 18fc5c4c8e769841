/** The label trie of lib/psl/psl-data.ts: read once, on first use (format: scripts/build-psl.mjs). */

export interface PslNode {
  /** A rule ends here. */
  end: boolean;
  kids: Map<string, PslNode>;
}

/** Linear, iterative (no recursion): `a,+b(c,d(e)),f`. Malformed text yields what was read up to it. */
export function parseTrie(text: string): PslNode {
  const root: PslNode = { end: false, kids: new Map() };
  const stack: PslNode[] = [root];
  let i = 0;
  while (i < text.length) {
    const parent = stack[stack.length - 1] ?? root;
    const c = text[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === ')') {
      if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    const plus = c === '+';
    if (plus) i++;
    let j = i;
    while (j < text.length && text[j] !== ',' && text[j] !== '(' && text[j] !== ')') j++;
    const node: PslNode = { end: !plus, kids: new Map() };
    parent.kids.set(text.slice(i, j), node);
    if (text[j] === '(') {
      // "+label(...)" ends a rule too; a bare "label(...)" only leads to longer rules.
      node.end = plus;
      stack.push(node);
      j++;
    }
    i = j;
  }
  return root;
}
