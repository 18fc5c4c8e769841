import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LivePanel } from '../../components/LivePanel';
import { DomainCheckPanel } from '../../components/DomainCheckPanel';
import { checkHost } from '../../lib/spf/check-host';
import { evaluateDmarc } from '../../lib/dmarc/evaluate';
import { checkDomain } from '../../lib/domain-health/check-domain';
import { toLiveDmarc, toLiveSpf, type LiveReport } from '../../lib/live/types';
import { FakeResolver, txt } from '../helpers/fake-resolver';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

const zone = {
  'example.com': [txt('v=spf1 include:_spf.provider.example -all')],
  '_spf.provider.example': [txt('v=spf1 ip4:209.85.128.0/17 -all')],
  '_dmarc.example.com': [txt('v=DMARC1; p=reject')],
};

async function live(ip: string): Promise<LiveReport> {
  const dns = new FakeResolver(zone);
  const spf = await checkHost({ ip, domain: 'example.com', sender: 'a@example.com', helo: 'h.example' }, { dns });
  const dmarc = await evaluateDmarc({ headerFrom: 'a@example.com', spf: { result: spf.result, domain: 'example.com' }, dkim: [] }, { dns });
  return { enabled: true, resolver: 'test zone', spf: toLiveSpf(spf), dmarc: toLiveDmarc(dmarc), records: (await checkDomain('example.com', { dns })).records };
}

describe('LivePanel', () => {
  it('explains an SPF pass with its path and an aligned DMARC pass', async () => {
    render(<LivePanel live={await live('209.85.130.1')} />);
    const region = screen.getByRole('region', { name: 'Live DNS checks' });
    expect(within(region).getByText('include:_spf.provider.example → ip4:209.85.128.0/17')).toBeTruthy();
    expect(region.textContent).toContain('The sending server is allowed to send for this domain.');
    expect(region.textContent).toContain('DMARC: pass');
    expect(region.textContent).not.toContain('Fix:');
  });
  it('gives the verdict, the consequence and the fix for a failure', async () => {
    render(<LivePanel live={await live('198.51.100.1')} />);
    const text = screen.getByRole('region', { name: 'Live DNS checks' }).textContent;
    expect(text).toContain('SPF: fail');
    expect(text).toContain('Fix: If this server is legitimate');
    expect(text).toContain('DMARC: fail');
    expect(text).toContain('a receiver would reject it');
  });
  it('says so when live checks are off', () => {
    render(<LivePanel live={{ enabled: false, resolver: '', spf: null, dmarc: null, records: [] }} />);
    expect(screen.getByText('Live checks are off: nothing was looked up.')).toBeTruthy();
  });
});

describe('DomainCheckPanel', () => {
  it('lists each record with its findings', async () => {
    const { records } = await checkDomain('example.com', { dns: new FakeResolver(zone) });
    const { container } = render(<DomainCheckPanel records={records} />);
    expect(container.querySelectorAll('[data-kind]')).toHaveLength(6);
    expect(container.querySelector('[data-finding-id="dmarc.lint.no-rua"]')).not.toBeNull();
  });
  it('renders hostile TXT values as inert text', () => {
    const records = XSS_PAYLOADS.map((p, i) => ({ domain: `d${String(i)}.example`, kind: 'spf' as const, value: p, findings: [{ id: 'x', severity: 'warn' as const, title: p, detail: p }] }));
    const { container } = render(<DomainCheckPanel records={records} />);
    const tags = new Set(Array.from(container.querySelectorAll('*'), (e) => e.tagName));
    expect([...tags].every((t) => ['SECTION', 'H3', 'UL', 'LI', 'P', 'SPAN'].includes(t))).toBe(true);
    expect(container.querySelectorAll('[onerror], [onclick], [href], [src]')).toHaveLength(0);
  });
});
