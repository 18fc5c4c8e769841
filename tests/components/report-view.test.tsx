import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../components/ReportView';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/report';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

const deps = { now: () => Date.UTC(2026, 0, 1) };
afterEach(cleanup);

const SAMPLE = [
  'Received: from a.example (a.example [192.0.2.1]) by mx.example.org; Tue, 14 Oct 2025 09:17:40 +0000',
  'From: =?UTF-8?Q?Caf=C3=A9?= <cafe@example.com>',
  'To: you@example.org',
  'Subject: Hello',
  'Date: Tue, 14 Oct 2025 09:17:36 +0000',
  'Message-ID: <1@example.com>',
  'X-Custom: something',
  '',
  'body',
].join('\r\n');

describe('ReportView', () => {
  it('renders the summary, decoded display name and header links', async () => {
    render(<ReportView report={await analyze(SAMPLE, deps)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Hello');
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('Café <cafe@example.com>')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Received' });
    expect(link.getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc5321#section-4.4');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // Unknown headers are plain text, not links.
    expect(screen.queryByRole('link', { name: 'X-Custom' })).toBeNull();
    expect(screen.getByText('X-Custom')).toBeTruthy();
  });

  it('filters headers by the search box', async () => {
    render(<ReportView report={await analyze(SAMPLE, deps)} />);
    const search = screen.getByRole('searchbox', { name: 'Search headers' });
    fireEvent.input(search, { target: { value: 'café' } });
    expect(screen.getByRole('status').textContent).toBe('1 of 7 match');
  });

  it('shows the reason instead of a report for unreadable input', async () => {
    render(<ReportView report={await analyze('', deps)} />);
    expect(screen.getByRole('alert').textContent).toContain('Nothing to analyse');
  });

  it('renders the first 200 of many headers and offers the rest', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `X-N: ${String(i)}`).join('\r\n') + '\r\nFrom: a@example.com\r\n\r\n';
    const { container } = render(<ReportView report={await analyze(many, deps)} />);
    expect(container.querySelectorAll('.headers li')).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 501 headers' }));
    expect(container.querySelectorAll('.headers li')).toHaveLength(501);
  });
});

/** Every element and attribute the components may produce. */
const ALLOWED_TAGS = new Set(['ARTICLE', 'SECTION', 'H2', 'H3', 'P', 'SPAN', 'DL', 'DT', 'DD', 'DIV', 'TIME', 'UL', 'OL', 'LI', 'DETAILS', 'SUMMARY', 'A', 'INPUT', 'BUTTON', 'STRONG', 'PRE', 'H4', 'CODE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'svg', 'g', 'title', 'text', 'rect']);
const ALLOWED_HOSTS = new Set(['www.rfc-editor.org', 'learn.microsoft.com', 'support.google.com', 'www.postfix.org', 'spamassassin.apache.org', 'datatracker.ietf.org']);

function hostileMessage(payload: string): string {
  return [
    `Received: from ${payload} by mx.example.org; Tue, 14 Oct 2025 09:17:40 +0000`,
    `From: ${payload} <a@example.com>`,
    `To: ${payload}`,
    `Subject: ${payload}`,
    `Date: ${payload}`,
    `Message-ID: ${payload}`,
    `Return-Path: ${payload}`,
    `X-${payload.replace(/[^\x21-\x39\x3b-\x7e]/g, '')}: ${payload}`,
    '',
    'body',
  ].join('\r\n');
}

describe('hostile header text renders inert (G7 gate B)', () => {
  it(`has ${String(XSS_PAYLOADS.length)} payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(XSS_PAYLOADS.map((p) => [p]))('%s', async (payload) => {
    const report: Report = await analyze(hostileMessage(payload), deps);
    const { container } = render(<ReportView report={report} />);
    for (const el of container.querySelectorAll('*')) {
      expect(ALLOWED_TAGS.has(el.tagName), `unexpected <${el.tagName}>`).toBe(true);
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
      if (el.tagName === 'A') {
        const url = new URL(el.getAttribute('href') ?? '');
        expect(url.protocol).toBe('https:');
        expect(ALLOWED_HOSTS.has(url.host)).toBe(true);
      }
    }
    // Bidi and zero-width characters never reach the screen raw.
    expect(container.textContent).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
