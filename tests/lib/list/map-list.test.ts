import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapList } from '../../../lib/list/map-list';

describe('mapList', () => {
  it('gives what Array.prototype.map gives, item and index alike', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (list) => {
        const fn = (x: string | number | null, i: number) => `${String(i)}:${String(x)}`;
        expect(mapList(list, fn)).toEqual(list.map(fn));
      }),
    );
  });

  it('returns a fresh array and leaves the input alone', () => {
    const list = [{ a: 1 }, { a: 2 }];
    const out = mapList(list, (x) => x);
    expect(out).not.toBe(list);
    expect(out).toEqual(list);
    expect(out[0]).toBe(list[0]);
    expect(mapList([], () => 1)).toEqual([]);
  });

  it('visits the items there were at the start, as map does, when the callback appends to the list', () => {
    const list = [1, 2, 3];
    const out = mapList(list, (x) => {
      list.push(x * 10);
      return x;
    });
    expect(out).toEqual([1, 2, 3]);
    expect(list).toEqual([1, 2, 3, 10, 20, 30]);
  });
});
