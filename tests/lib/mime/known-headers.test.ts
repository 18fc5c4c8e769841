import { describe, expect, it } from 'vitest';
import { documentedHeaders, headerDoc } from '../../../lib/mime/header-registry';
import { isKnownHeader, knownHeaderNames } from '../../../lib/mime/known-headers';

describe('known header names (worker) and header docs (popup)', () => {
  it('name the same headers, in the same order', () => {
    expect([...knownHeaderNames()]).toEqual(documentedHeaders());
  });

  it.each([
    ['Received', true],
    ['received', true],
    ['DKIM-Signature', true],
    ['X-Not-A-Header-We-Know', false],
    ['', false],
  ])('isKnownHeader(%j) is %s', (name, known) => {
    expect(isKnownHeader(name)).toBe(known);
  });

  it('every documented header links to an https reference', () => {
    for (const name of documentedHeaders()) expect(headerDoc(name)?.ref).toMatch(/^https:\/\//);
  });
});
