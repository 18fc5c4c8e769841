import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractIk, nthArrayElement } from '../../../lib/webmail/gmail-ik';

describe('extractIk', () => {
  it.each([
    ['GLOBALS literal, index 9', 'var GLOBALS=[null,null,2,"x[,]y",0,"a",[1,[2,3]],{"k":"v"},"en","8f3c2a91be",1];', '8f3c2a91be'],
    ['spaces around =', 'GLOBALS = [0,1,2,3,4,5,6,7,8,\'0a1b2c3d4e\'];', '0a1b2c3d4e'],
    ['_GM_setData first entry, [2]', '_GM_setData({"w43KIf":["https://mail.google.com/mail/u/0",null,"5c2e9f0a17"],"other":[]});', '5c2e9f0a17'],
    ['escaped quote inside an earlier string', 'GLOBALS=[0,"a\\"b,c",2,3,4,5,6,7,8,"abcdef12"]', 'abcdef12'],
    // zoidsh/meru preload-gmail/inbox.ts reads this form from the page (2026-06).
    ['var GM_ID_KEY = \'...\'', "var GM_ACTION_TOKEN = 'x';var GM_ID_KEY = '8f3c2a91be';", '8f3c2a91be'],
    ['GM_ID_KEY with double quotes, no spaces', 'GM_ID_KEY="a1b2c3d4e5f6"', 'a1b2c3d4e5f6'],
    ['GM_ID_KEY first when both are present', 'var GM_ID_KEY = \'aaaaaa1111\';var GLOBALS=[0,1,2,3,4,5,6,7,8,"bbbbbb2222"];', 'aaaaaa1111'],
    ['a read of GM_ID_KEY before its assignment', "if (GM_ID_KEY == null) x(); var GM_ID_KEY = 'c0ffee1234';", 'c0ffee1234'],
    ['an implausible GM_ID_KEY falls back to GLOBALS', 'var GM_ID_KEY = \'<x>\';var GLOBALS=[0,1,2,3,4,5,6,7,8,"bbbbbb2222"];', 'bbbbbb2222'],
  ])('%s', (_name, text, ik) => {
    expect(extractIk(text)).toBe(ik);
  });

  it.each([
    ['too short array', 'GLOBALS=[1,2,3]'],
    ['index 9 not a string', 'GLOBALS=[0,1,2,3,4,5,6,7,8,9]'],
    ['implausible ik (upper case / too long)', 'GLOBALS=[0,1,2,3,4,5,6,7,8,"NOT-AN-IK-VALUE-AT-ALL"]'],
    ['no marker', 'var x = 1;'],
    ['unterminated', 'GLOBALS=[0,1,2,3,4,5,6,7,8,"abcdef12"'],
    ['GM_ID_KEY unterminated', "var GM_ID_KEY = '8f3c2a91be"],
    ['GM_ID_KEY not assigned', 'if (GM_ID_KEY) run();'],
  ])('%s -> null', (_name, text) => {
    expect(extractIk(text)).toBeNull();
  });

  it('nthArrayElement is total on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(20), (s, n) => {
        const r = nthArrayElement(`[${s}]`, 0, n);
        expect(r === null || typeof r === 'string').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds nothing in a huge unbalanced literal (time growth: npm run bench)', () => {
    const text = `GLOBALS=[${'['.repeat(2_000_000)}`;
    expect(extractIk(text)).toBeNull();
  });
});
