/**
 * Many fixed phrases found in one pass over a text: the Aho-Corasick automaton (A. V. Aho, M. J. Corasick,
 * "Efficient string matching: an aid to bibliographic search", CACM 18(6), 1975). Building is linear in the
 * phrases' total length; a scan is linear in the text plus the phrases found, whatever the text holds
 * (hostile diagnostics cannot make it slow). Case-sensitive: callers lower-case both sides. Read by UTF-16 code
 * unit: a phrase's units occur in a text exactly where its characters do (no phrase starts inside a character).
 */
export class PhraseSet {
  /** The next state by code unit, then by state (one map per code unit the phrases use, not one per state). State 0 is the root. */
  private readonly next = new Map<number, Map<number, number>>();
  /** Per state: its parent and the code unit that leads to it. */
  private readonly parent = [0];
  private readonly unit = [0];
  /**
   * Per state: the longest proper suffix of its path that is also a path (the failure link), kept once a scan
   * first needs it: each link is computed once, from shallower states' links, so a scan stays linear.
   */
  private readonly fail = new Map<number, number>([[0, 0]]);
  /** Ids of the phrases that end at a state, directly or (once its link is known) through failure links. */
  private readonly ends = new Map<number, number[]>();

  constructor(phrases: readonly string[]) {
    phrases.forEach((p, id) => {
      if (p === '') return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let by = this.next.get(c);
        if (by === undefined) this.next.set(c, (by = new Map<number, number>()));
        let t = by.get(s);
        if (t === undefined) {
          t = this.parent.push(s) - 1;
          this.unit.push(c);
          by.set(s, t);
        }
        s = t;
      }
      const own = this.ends.get(s);
      if (own === undefined) this.ends.set(s, [id]);
      else own.push(id);
    });
  }

  /** The failure link of state t (computed on first use; its phrase ids then include the link's). */
  private link(t: number): number {
    let link = this.fail.get(t);
    if (link !== undefined) return link;
    const s = this.parent[t] ?? 0;
    const by = this.next.get(this.unit[t] ?? 0);
    link = 0;
    if (s !== 0) {
      let f = this.link(s);
      while (f !== 0 && by?.has(f) !== true) f = this.link(f);
      const g = by?.get(f);
      // A shallower state: its own link first, so that its phrase ids are complete when t takes them over.
      if (g !== undefined && g !== t) {
        this.link(g);
        link = g;
      }
    }
    this.fail.set(t, link);
    const inherited = this.ends.get(link);
    if (inherited !== undefined) this.ends.set(t, [...(this.ends.get(t) ?? []), ...inherited]);
    return link;
  }

  /** Ids (indexes into the constructor's list) of the phrases that occur in `text`. */
  found(text: string): Set<number> {
    const out = new Set<number>();
    // A state's phrases are reported once: repeated text ("aaaa...") cannot multiply the work.
    const reported = new Set<number>();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const by = this.next.get(text.charCodeAt(i));
      while (s !== 0 && by?.has(s) !== true) s = this.link(s);
      s = by?.get(s) ?? 0;
      if (reported.has(s)) continue;
      reported.add(s);
      this.link(s);
      for (const id of this.ends.get(s) ?? []) out.add(id);
    }
    return out;
  }
}
