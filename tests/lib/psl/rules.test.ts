import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PSL_RULES } from '../../../lib/psl/bundled-rules';
import { registrableDomain } from '../../../lib/psl/public-suffix';
import { pslRulesFromJson, usePslRules } from '../../../lib/psl/rules';

const ICANN = { privateDomains: false };

describe('the list the lookups use (lib/psl/rules.ts)', () => {
  afterEach(() => {
    usePslRules(BUNDLED_PSL_RULES);
  });

  it('the packaged file the extension reads holds the same rules as the compiled module', () => {
    const packaged = pslRulesFromJson(JSON.parse(readFileSync('public/psl-rules.json', 'utf8')));
    expect(packaged).not.toBeNull();
    expect(packaged?.icann).toBe(BUNDLED_PSL_RULES.icann);
    expect(packaged?.private).toBe(BUNDLED_PSL_RULES.private);
  });

  it.each([
    ['null', null],
    ['an array', ['a', 'b']],
    ['icann missing', { private: 'x' }],
    ['icann empty', { icann: '', private: 'x' }],
    ['private not text', { icann: 'uk', private: 3 }],
  ])('rejects a packaged file that is %s', (_name, value) => {
    expect(pslRulesFromJson(value)).toBeNull();
  });

  it('lookups follow the rules installed last (parsed again after a change)', () => {
    expect(registrableDomain('a.b.example.co.uk', ICANN)).toBe('example.co.uk');
    // A list that knows only "uk": co.uk is then an ordinary name under it.
    usePslRules({ icann: 'uk', private: '' });
    expect(registrableDomain('a.b.example.co.uk', ICANN)).toBe('co.uk');
    usePslRules(BUNDLED_PSL_RULES);
    expect(registrableDomain('a.b.example.co.uk', ICANN)).toBe('example.co.uk');
  });
});
