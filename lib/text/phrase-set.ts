/**
 * Many fixed phrases found in one pass over a text: the Aho-Corasick automaton (A. V. Aho, M. J. Corasick,
 * "Efficient string matching: an aid to bibliographic search", CACM 18(6), 1975). Building is linear in the
 * phrases' total length; a scan is linear in the text plus the phrases found, whatever the text holds
 * (hostile diagnostics cannot make it slow). Case-sensitive: callers lower-case both sides.
 */
export class PhraseSet {
  /** Per state: the next state for a character. State 0 is the root. */
  private readonly next: Map<string, number>[] = [new Map<string, number>()];
  /** Per state: the longest proper suffix of its path that is also a path (the failure link). */
  private readonly fail: number[] = [0];
  /** Per state: ids of the phrases that end here, directly or through failure links. */
  private readonly ends: number[][] = [[]];

  constructor(phrases: readonly string[]) {
    phrases.forEach((p, id) => {
      if (p === '') return;
      let s = 0;
      for (const ch of p) {
        let t = this.next[s]?.get(ch);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map<string, number>());
          this.fail.push(0);
          this.ends.push([]);
          this.next[s]?.set(ch, t);
        }
        s = t;
      }
      this.ends[s]?.push(id);
    });
    // Breadth-first, so a state's failure link is final before its children's are computed.
    const queue: number[] = [...(this.next[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] ?? 0;
      for (const [ch, t] of this.next[s] ?? new Map<string, number>()) {
        queue.push(t);
        let f = this.fail[s] ?? 0;
        while (f !== 0 && this.next[f]?.has(ch) !== true) f = this.fail[f] ?? 0;
        const g = this.next[f]?.get(ch);
        const link = g !== undefined && g !== t ? g : 0;
        this.fail[t] = link;
        const inherited = this.ends[link] ?? [];
        if (inherited.length > 0) this.ends[t] = [...(this.ends[t] ?? []), ...inherited];
      }
    }
  }

  /** Ids (indexes into the constructor's list) of the phrases that occur in `text`. */
  found(text: string): Set<number> {
    const out = new Set<number>();
    // A state's phrases are reported once: repeated text ("aaaa...") cannot multiply the work.
    const reported = new Set<number>();
    let s = 0;
    for (const ch of text) {
      while (s !== 0 && this.next[s]?.has(ch) !== true) s = this.fail[s] ?? 0;
      s = this.next[s]?.get(ch) ?? 0;
      if (reported.has(s)) continue;
      reported.add(s);
      for (const id of this.ends[s] ?? []) out.add(id);
    }
    return out;
  }
}
