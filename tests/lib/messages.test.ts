import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../lib/messages';
import { handleMessage } from '../../lib/handle-message';
import { LIMITS } from '../../lib/limits';
import { FakeResolver, txt } from '../helpers/fake-resolver';

const deps = { now: () => Date.UTC(2026, 0, 1) };

describe('parseEnvelope', () => {
  it.each([
    ['null', null],
    ['a string', 'analyze'],
    ['no payload', { type: 'analyze' }],
    ['payload not an object', { type: 'analyze', payload: 'x' }],
    ['raw not a string', { type: 'analyze', payload: { raw: 42 } }],
    ['unknown type', { type: 'deleteEverything', payload: {} }],
    ['__proto__ type', JSON.parse('{"type":"__proto__","payload":{}}') as unknown],
    ['array payload', { type: 'analyze', payload: [] }],
  ])('refuses %s', (_name, input) => {
    const r = parseEnvelope(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('bad-request');
  });

  it('refuses a payload over the size cap with too-large', () => {
    const r = parseEnvelope({ type: 'analyze', payload: { raw: 'x'.repeat(LIMITS.maxInputChars + 1) } });
    expect(r).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('accepts a well-formed analyze request and drops extra fields', () => {
    const r = parseEnvelope({ type: 'analyze', payload: { raw: 'From: a@b.c\r\n', extra: 1 } });
    expect(r).toEqual({ ok: true, envelope: { type: 'analyze', payload: { raw: 'From: a@b.c\r\n' } } });
  });
});

describe('handleMessage', () => {
  it('refuses messages from other extensions or pages', async () => {
    const r = await handleMessage({ type: 'analyze', payload: { raw: 'From: a@b.c\r\n' } }, false, deps);
    expect(r).toMatchObject({ ok: false, code: 'forbidden-sender' });
  });

  it('answers analyze with a Report', async () => {
    const r = await handleMessage({ type: 'analyze', payload: { raw: 'From: a@b.c\r\nSubject: hi\r\n\r\nbody' } }, true, deps);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ schema: 'headerscope.report/1', message: { subject: 'hi' }, generatedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('explains an SMTP reply line in the worker', async () => {
    const r = await handleMessage({ type: 'explainReply', payload: { line: '550 5.1.1 <x@example.com>: Recipient address rejected' } }, true, deps);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ replyCode: '550', status: '5.1.1' });
  });

  it('checks a domain only with live checks on, and validates the name', async () => {
    const off = await handleMessage({ type: 'checkDomain', payload: { domain: 'example.com' } }, true, deps);
    expect(off).toMatchObject({ ok: false, code: 'live-off' });
    const bad = await handleMessage({ type: 'checkDomain', payload: { domain: 'not a domain;' } }, true, deps);
    expect(bad).toMatchObject({ ok: false, code: 'bad-request' });
    const dns = new FakeResolver({ 'example.com': [txt('v=spf1 -all')], '_dmarc.example.com': [txt('v=DMARC1; p=reject')] });
    const on = await handleMessage({ type: 'checkDomain', payload: { domain: 'Example.COM.' } }, true, { ...deps, dns });
    expect(on.ok).toBe(true);
    if (on.ok) expect((on.value as { records: { kind: string; value: string | null }[] }).records.find((x) => x.kind === 'dmarc')?.value).toBe('v=DMARC1; p=reject');
  });

  it('refuses an oversized reply line', async () => {
    const r = await handleMessage({ type: 'explainReply', payload: { line: '5'.repeat(5000) } }, true, deps);
    expect(r).toMatchObject({ ok: false, code: 'bad-request' });
  });

  it('passes validation errors through as replies, never throws', async () => {
    await expect(handleMessage(undefined, true, deps)).resolves.toMatchObject({ ok: false, code: 'bad-request' });
  });
});
