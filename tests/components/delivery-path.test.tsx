import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryPath } from '../../components/DeliveryPath';
import { analyze } from '../../lib/analyze';

afterEach(cleanup);
const deps = { now: () => 0 };

const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent);

describe('DeliveryPath', () => {
  it('one table, hop 1 first, with times as written, delays with bars, TLS in words and the entry line', async () => {
    const report = await analyze(readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8'), deps);
    const { container } = render(<DeliveryPath report={report} />);
    const region = screen.getByRole('region', { name: 'Delivery path' });
    // X-Received is a stamp of hop 3, not a hop: 4 Received fields, 4 hops.
    expect(within(region).getByRole('heading').textContent).toBe('Delivery path (4 hops)');
    expect(container.querySelector('.path-summary')?.textContent).toBe(
      'Delivered in 40 min 54 s. Slowest: hop 3 (mx.google.com), 40 min 48 s.',
    );
    expect([...container.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Hop',
      'From (HELO / rDNS / IP)',
      'By',
      'With',
      'Time',
      'Delay',
      'TLS',
    ]);
    const rows = [...container.querySelectorAll('tr.hop')];
    expect(rows.map((r) => r.getAttribute('data-hop'))).toEqual(['1', '2', '3', '4']);
    expect(cells(rows[0] as Element)).toEqual([
      '1',
      'WKS-0172.corp.example.net10.20.3.17',
      'exch01.corp.example.net',
      'Microsoft SMTP Server',
      '2025-10-14 10:02:11 +0200',
      '–',
      'TLS 1.2',
    ]);
    expect(cells(rows[2] as Element)).toEqual([
      '3',
      'mailgw.example.net192.0.2.25',
      'mx.google.comX-Received 2025-10-14 01:43:03 -0700',
      'ESMTPS',
      '2025-10-14 01:43:02 -0700',
      '40 min 48 s',
      'TLS 1.3',
    ]);
    expect(rows[3]?.querySelector('.c-tls')?.textContent).toBe('none');
    // A bar for each timed delay, the longest marked.
    expect(container.querySelectorAll('.delay-bar')).toHaveLength(3);
    expect(rows[2]?.querySelector('.c-delay')?.classList.contains('slowest')).toBe(true);
    // The entry line sits right above the entry hop: the sender's side above it, the provider's below.
    const boundary = container.querySelector('tr.boundary-row');
    expect(boundary?.nextElementSibling?.getAttribute('data-hop')).toBe('3');
    expect(boundary?.textContent).toBe(
      '▲ the sender’s side: could be forged · ▼ written by your provider (Gmail / Google Workspace)',
    );
    expect(rows[1]?.classList.contains('sender')).toBe(true);
    expect(rows[2]?.classList.contains('provider')).toBe(true);
    expect(screen.getByTestId('entry').textContent).toBe(
      'Entered Gmail / Google Workspace from mailgw.example.net [192.0.2.25] at hop 3.',
    );
    // The clock note names the host whose clock is off.
    expect(container.querySelector('.skew-notes')?.textContent).toContain(
      'The clock of mailgw.example.net (hop 2) is probably 1 hour behind (wrong time zone)',
    );
  });

  it('the hop number shows the header as written', async () => {
    const report = await analyze(readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8'), deps);
    const { container } = render(<DeliveryPath report={report} />);
    const button = container.querySelector('tr.hop[data-hop="3"] button.hop-n');
    expect(container.querySelector('tr.raw-row')).toBeNull();
    if (button) fireEvent.click(button);
    expect(container.querySelector('tr.raw-row')?.textContent).toMatch(/^Received: from mailgw\.example\.net/);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
  });

  it('authenticated submission names the user; a date without a time says so', async () => {
    const raw = [
      'Received: from mx.example.net (mx.example.net [192.0.2.7]) by store.example.net (Postfix) with ESMTP id 2; 22 Apr 2018',
      'Received: from [192.168.1.23] (unknown [198.51.100.77]) (Authenticated sender: alice@example.org) by mx.example.net (Postfix) with ESMTPSA id 1; Sun, 22 Apr 2018 10:00:00 +0000',
      'From: a@example.org',
      '',
      'x',
    ].join('\r\n');
    const { container } = render(<DeliveryPath report={await analyze(raw, deps)} />);
    const rows = [...container.querySelectorAll('tr.hop')];
    expect(rows[0]?.querySelector('.c-with')?.textContent).toBe('ESMTPSAauthenticated as alice@example.org');
    expect(rows[0]?.querySelector('.c-from')?.textContent).toBe('[192.168.1.23]198.51.100.77');
    expect(rows[1]?.querySelector('.c-time')?.textContent).toBe('2018-04-22 (no time)');
    expect(rows[1]?.querySelector('.c-delay')?.textContent).toBe('–');
  });

  it('renders nothing without Received headers', async () => {
    const report = await analyze('From: a@example.com\r\nSubject: x\r\n\r\n', deps);
    const { container } = render(<DeliveryPath report={report} />);
    expect(container.innerHTML).toBe('');
  });
});
