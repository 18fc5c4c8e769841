import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DkimPanel } from '../../components/DkimPanel';
import type { ArcInstance, ArcResult } from '../../lib/arc';
import type { DkimResult } from '../../lib/dkim';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

function sig(over: Partial<DkimResult> = {}): DkimResult {
  return {
    result: 'pass', domain: 'example.com', selector: 's1', algorithm: 'rsa-sha256', keyBits: 2048, code: 'dkim.pass',
    bodyChecked: true, signedHeaders: ['from', 'to', 'subject'], reason: 'the signature verifies', auid: '@example.com',
    canonicalization: 'relaxed/relaxed', timestamp: null, expiration: null, bodyLength: null, headerSignature: 'valid',
    unsignedHeaders: [], addedHeaders: [], testing: false, evaluated: true, fieldIndex: 0, findings: [], ...over,
  };
}

function instance(i: number, over: Partial<ArcInstance> = {}): ArcInstance {
  return {
    i, domain: `hop${i}.example`, selector: 'arc', cv: i === 1 ? 'none' : 'pass', result: 'pass', code: 'arc.seal.pass', keyBits: 2048,
    ams: { result: 'pass', code: 'arc.ams.pass', reason: '', domain: `hop${i}.example`, selector: 'arc', keyBits: 2048, bodyChecked: true, headerSignature: 'valid', signedHeaders: ['from'] },
    authservId: `mx.hop${i}.example`, aarRaw: `ARC-Authentication-Results: i=${i}; mx.hop${i}.example; dmarc=pass\r\n`, aarResults: [{ method: 'dmarc', result: 'pass' }],
    ...over,
  };
}

const ARC: ArcResult = {
  result: 'pass', code: 'arc.pass', reason: 'the chain of 2 ARC sets is intact', instances: [instance(1), instance(2)], brokeAt: 1, oldestPass: 2,
  sealers: ['hop1.example', 'hop2.example'], bodyChecked: true, aarFirstFailure: null, findings: [],
};

describe('DkimPanel', () => {
  it('lists each signature with domain, selector, algorithm, key bits, result in words and signed headers', () => {
    render(<DkimPanel dkim={[sig(), sig({ result: 'fail', code: 'dkim.bodyhash.mismatch', domain: 'list.example', fieldIndex: 1, reason: 'the body hash does not match' })]} arc={null} />);
    const items = within(screen.getByRole('region', { name: 'DKIM signatures' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('verified example.com (selector s1)');
    expect(items[0]?.textContent).toContain('rsa-sha256, 2048-bit key');
    expect(items[0]?.textContent).toContain('from, to, subject');
    expect(items[1]?.textContent).toContain('failed list.example');
    expect(items[1]?.getAttribute('data-code')).toBe('dkim.bodyhash.mismatch');
  });

  it('shows unsigned and added important headers, and partial bodies', () => {
    render(<DkimPanel dkim={[sig({ result: 'policy', unsignedHeaders: ['Reply-To'], addedHeaders: ['From'], bodyLength: { signed: 10, total: 50 } })]} arc={null} />);
    const text = screen.getByRole('listitem').textContent;
    expect(text).toContain('Not signedReply-To');
    expect(text).toContain('Added after signingFrom');
    expect(text).toContain('only the first 10 of 50 bytes are signed');
    expect(text).toContain('valid but not accepted');
  });

  it('says plainly when there is no signature and no ARC chain', () => {
    render(<DkimPanel dkim={[]} arc={null} />);
    expect(screen.getByText('This message has no DKIM signature.')).toBeTruthy();
    expect(screen.getByText(/no intermediary sealed this message/)).toBeTruthy();
  });

  it('renders the ARC chain oldest first, with each sealer, what it saw and where it broke', () => {
    render(<DkimPanel dkim={[]} arc={ARC} />);
    const chain = screen.getByRole('region', { name: 'ARC chain' });
    const items = within(chain).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-instance'))).toEqual(['1', '2']);
    expect(items[0]?.textContent).toContain('hop1.example');
    expect(items[0]?.textContent).toContain('broke here');
    expect(within(chain).getAllByText(/dmarc=pass/)).toHaveLength(2);
    expect(chain.textContent).toContain('arc=pass');
  });

  it('hostile text stays text', () => {
    for (const payload of XSS_PAYLOADS.slice(0, 20)) {
      const { container, unmount } = render(
        <DkimPanel dkim={[sig({ domain: payload, selector: payload, reason: payload, signedHeaders: [payload] })]} arc={{ ...ARC, reason: payload, instances: [instance(1, { domain: payload, aarRaw: payload, authservId: payload })] }} />,
      );
      expect(container.querySelectorAll('script, img, iframe, svg, a')).toHaveLength(0);
      expect([...container.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
      unmount();
    }
  });
});
