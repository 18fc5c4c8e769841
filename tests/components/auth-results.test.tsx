import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthResults } from '../../components/AuthResults';
import type { AuthReport } from '../../lib/authresults';
import type { Perspective } from '../../lib/report';
import { StampTable } from '../../components/StampTable';
import { readRecordedAuth } from '../../lib/authresults';
import { decodeStamps } from '../../lib/stamps';
import { boundaryBy, fieldsOf, loadFixture } from '../lib/authresults/load-fixture';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

function authOf(file: string, provider: string) {
  const fields = loadFixture(file);
  return readRecordedAuth(fields, boundaryBy(fields, provider)).auth;
}

function AuthVerdicts({ auth, perspective = 'sender' }: { auth: AuthReport; perspective?: Perspective }) {
  return <AuthResults auth={auth} live={null} listId={null} perspective={perspective} />;
}

describe('AuthResults', () => {
  it('shows one compact row of three badges naming the recorder, the lines and the alignment in details', () => {
    const { container } = render(<AuthVerdicts auth={authOf('outlook-exo-pass.eml', 'BN2PEPF000044A5.mail.protection.outlook.com')} />);
    const badges = [...container.querySelectorAll('.badge-row .result-badge')].map((b) => [b.getAttribute('data-method'), b.getAttribute('data-result')]);
    expect(badges).toEqual([
      ['spf', 'pass'],
      ['dkim', 'pass'],
      ['dmarc', 'pass'],
    ]);
    expect(screen.getByText(/MAIL FROM bounces\.example\.org, aligned with From/)).toBeTruthy();
    const alignment = screen.getByLabelText('Alignment');
    expect(within(alignment).getByText('example.org', { selector: 'p .mono' })).toBeTruthy();
    expect(alignment.querySelector('[data-identifier="spf"]')?.className).toContain('relaxed');
    expect(screen.getByText(/reason=100/)).toBeTruthy();
    expect(container.querySelector('.badge-row .recorder')?.textContent).toBe('recorded by your provider (no authserv-id)');
    // The long lines sit in the disclosure, not in the row.
    expect(container.querySelector('.badge-row')?.textContent).not.toMatch(/MAIL FROM/);
  });

  it("shows the sender's fixes only when the report is read as the sender", () => {
    const auth = authOf('gmail-forged-pass-below.eml', 'mx.google.com');
    const sender = render(<AuthVerdicts auth={auth} perspective="sender" />);
    expect(sender.container.querySelectorAll('.summary-row.fix').length).toBeGreaterThan(0);
    sender.unmount();
    const recipient = render(<AuthVerdicts auth={auth} perspective="recipient" />);
    expect(recipient.container.querySelectorAll('.summary-row.fix')).toHaveLength(0);
    expect(recipient.container.textContent).not.toMatch(/\bfix\b/i);
  });

  it('lists forged headers separately and never shows their pass as the verdict', () => {
    const { container } = render(<AuthVerdicts auth={authOf('gmail-forged-pass-below.eml', 'mx.google.com')} />);
    expect(container.querySelector('[data-method="dmarc"]')?.getAttribute('data-result')).toBe('fail');
    expect(screen.getByText('2 headers added before your provider (could be forged)')).toBeTruthy();
  });

  it('marks a topmost guess as claimed', () => {
    const fields = fieldsOf('Authentication-Results: a.example; spf=pass smtp.mailfrom=example.com\r\nFrom: x@example.com\r\n\r\n');
    const { container } = render(<AuthVerdicts auth={readRecordedAuth(fields, { boundaryField: null, providerHost: null }).auth} />);
    expect(container.querySelector('[data-method="spf"] .result-word')?.textContent).toBe('pass (claimed)');
    expect(container.querySelector('.badge-row .recorder')?.textContent).toBe('claimed by a.example (not tied to your provider)');
    expect(container.querySelector('[data-method="spf"]')?.className).toContain('warn');
  });

  it('renders hostile header text inert', () => {
    for (const payload of XSS_PAYLOADS.slice(0, 10)) {
      const quoted = `"${payload.replace(/["\\]/g, '')}"`;
      const fields = fieldsOf(`Authentication-Results: ${quoted}; spf=fail reason=${quoted} smtp.mailfrom=${quoted}\r\nFrom: x@example.com\r\n\r\n`);
      const { container, unmount } = render(<AuthVerdicts auth={readRecordedAuth(fields, { boundaryField: null, providerHost: null }).auth} />);
      expect(container.textContent).toContain(payload.replace(/["\\]/g, ''));
      expect(container.querySelectorAll('script, img, svg, iframe, a, object, embed, form, style, link, meta, base')).toHaveLength(0);
      unmount();
    }
  });
});

describe('StampTable', () => {
  it('shows each key with its meaning and confidence, unknown keys marked', () => {
    const stamps = decodeStamps(fieldsOf('X-Forefront-Antispam-Report: SFV:NSPM;ZZZ:<img src=x onerror=alert(1)>;\r\nFrom: x@example.com\r\n\r\n'));
    const { container } = render(<StampTable stamps={stamps} />);
    expect(container.querySelectorAll('.stamp-field.unknown')).toHaveLength(1);
    expect(screen.getByText(/not spam/)).toBeTruthy();
    expect(container.querySelectorAll('img')).toHaveLength(0);
  });
});
