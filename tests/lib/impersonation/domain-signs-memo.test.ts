/**
 * domainSigns keeps the signs of the From domains it read (an mbox comes from the same senders message after
 * message): the answers stay those of a fresh reading, every call gets objects of its own, and installing other
 * Unicode tables or suffix rules starts the memo again.
 */
import { describe, expect, it } from 'vitest';
import '../../../lib/psl/bundled-rules';
import { BUNDLED_UNICODE_TABLES } from '../../../lib/impersonation/bundled-unicode-tables';
import { domainSigns } from '../../../lib/impersonation/domain-signs';
import { useUnicodeTables } from '../../../lib/impersonation/unicode-tables';
import { installedPslRules, usePslRules } from '../../../lib/psl/rules';

describe('domainSigns memo', () => {
  it('gives each call its own copies of the same answer', () => {
    useUnicodeTables(BUNDLED_UNICODE_TABLES);
    const first = domainSigns('paypa1-secure.com');
    expect(first.findings.map((f) => f.id)).toEqual(['impersonation.brand-in-domain']);
    const want = structuredClone(first);
    const [finding] = first.findings;
    const [sign] = first.signs;
    if (finding === undefined || sign === undefined) throw new Error('no sign');
    finding.detail = 'changed by a consumer';
    sign.brand = 'changed';
    first.findings.push({ id: 'x', severity: 'info', title: 'x', detail: 'x' });
    const second = domainSigns('paypa1-secure.com');
    expect(second).toEqual(want);
    expect(second.signs[0]?.brand).toBe('PayPal');
    expect(second.findings[0]).not.toBe(first.findings[0]);
  });

  it('reads again under other Unicode tables and other suffix rules', () => {
    useUnicodeTables(BUNDLED_UNICODE_TABLES);
    expect(domainSigns('paypa1-secure.com').signs).toHaveLength(1);
    // Tables in which "1" is no confusable of "l": the look-alike is gone, so the memo must not answer.
    const pairs = BUNDLED_UNICODE_TABLES.confusablePairs.split(',').filter((p) => !p.startsWith('31:')).join(',');
    useUnicodeTables({ ...BUNDLED_UNICODE_TABLES, confusablePairs: pairs });
    expect(domainSigns('paypa1-secure.com').signs).toHaveLength(0);
    useUnicodeTables(BUNDLED_UNICODE_TABLES);
    expect(domainSigns('paypa1-secure.com').signs).toHaveLength(1);
    // Other suffix rules (the same ones, installed again) are another installation: read again, same answer.
    const rules = installedPslRules();
    if (rules === null) throw new Error('no suffix rules installed');
    usePslRules({ ...rules });
    expect(domainSigns('paypa1-secure.com').signs.map((s) => s.evidence)).toEqual(['paypal.com']);
  });
});
