import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOutputSlots, encodeIntoSlot, slotOf } from '../../cli/output-slots';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('output slots', () => {
  it('holds a report as UTF-8 in its message slot, apart from the other messages in flight', () => {
    const slots = createOutputSlots(4, 64);
    const texts = ['one \u2014 1', 'two', 'three \u{1F600}', 'four'];
    const lengths = texts.map((t, seq) => encodeIntoSlot(slots, seq, t));
    expect(lengths).toEqual(texts.map((t) => Buffer.byteLength(t)));
    texts.forEach((t, seq) => {
      expect(decode(slotOf(slots, seq, lengths[seq] ?? 0))).toBe(t);
    });
  });

  it('gives message n + count the slot of message n (it starts only once n is written)', () => {
    const slots = createOutputSlots(3, 16);
    expect(encodeIntoSlot(slots, 1, 'first')).toBe(5);
    expect(encodeIntoSlot(slots, 4, 'again')).toBe(5);
    expect(decode(slotOf(slots, 1, 5))).toBe('again');
    expect(slotOf(slots, 4).byteOffset).toBe(slotOf(slots, 1).byteOffset);
  });

  it('says a report that does not fit does not (null), even when only its last character is over', () => {
    const slots = createOutputSlots(2, 8);
    expect(encodeIntoSlot(slots, 0, '12345678')).toBe(8);
    expect(encodeIntoSlot(slots, 0, '123456789')).toBeNull();
    expect(encodeIntoSlot(slots, 1, '1234567\u00e9')).toBeNull();
  });

  it('writes the bytes TextEncoder writes, ASCII or not, and the same length or null (500 runs)', () => {
    // ASCII texts take a byte copy, others the UTF-8 encoder: both must give UTF-8 (controls, DEL, é, U+2028, emoji,
    // a lone surrogate, which UTF-8 writes as U+FFFD).
    const piece = fc.constantFrom('a', '{"k":1}', '\u0000', '\u001b', '\u007f', '\u0080', '\u00e9', '\u2028', '\u{1F600}', '\ud800', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (ps, size) => {
        const text = ps.join('');
        const slots = createOutputSlots(1, size);
        const want = new TextEncoder().encode(text);
        const got = encodeIntoSlot(slots, 0, text);
        if (want.length > size) expect(got).toBeNull();
        else {
          expect(got).toBe(want.length);
          expect([...slotOf(slots, 0, got ?? 0)]).toEqual([...want]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses to read a slot in a run without slots', () => {
    expect(() => slotOf(undefined, 0, 1)).toThrow(/no output slot|has none/);
  });
});
