import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/mime/summary';
import { fieldsOf, findingIds, fixture } from './fixture';

const sum = (text: string) => summarize(fieldsOf(text));

describe('summarize: RFC 5322 Appendix A messages', () => {
  it('A.1.1', () => {
    const s = sum(fixture('rfc5322-A.1.1-simple.eml'));
    expect(s.message).toEqual({
      from: 'John Doe <jdoe@machine.example>',
      to: 'Mary Smith <mary@example.net>',
      subject: 'Saying Hello',
      date: 'Fri, 21 Nov 1997 09:55:06 -0600',
      messageId: '<1234@local.machine.example>',
      returnPath: null,
      dateIso: '1997-11-21T15:55:06.000Z',
    });
    expect(s.findings).toEqual([]);
  });

  it('A.1.3: group To, empty Cc group, a 1969 date', () => {
    const s = sum(fixture('rfc5322-A.1.3-group-addresses.eml'));
    expect(s.message.to).toBe('Ed Jones <c@a.test>, joe@where.test, John <jdoe@one.test>');
    expect(s.addresses.cc).toEqual([]);
    expect(s.message.dateIso).toBe('1969-02-14T03:02:54.000Z');
    expect(s.findings).toEqual([]);
  });

  it('A.5: comments and folds', () => {
    const s = sum(fixture('rfc5322-A.5-white-space-comments.eml'));
    expect(s.message.from).toBe('Pete <pete@silly.test>');
    expect(s.message.to).toBe('Chris Jones <c@public.example>, joe@example.org, John <jdoe@one.test>');
    expect(s.message.messageId).toBe('<testabcd.1234@silly.test>');
    expect(s.findings).toEqual([]);
  });

  it('RFC 2047 §8: decoded subject and names', () => {
    const s = sum(fixture('rfc2047-8-examples.eml'));
    expect(s.message.subject).toBe('If you can read this you understand the example.');
    expect(s.message.from).toBe('Keith Moore <moore@cs.utk.edu>');
    expect(s.message.to).toBe('Keld Jørn Simonsen <keld@dkuug.dk>');
  });
});

describe('summarize: findings', () => {
  const base = 'From: a@x.test\nTo: b@y.test\nSubject: s\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nMessage-ID: <1@x.test>\n';
  it.each([
    ['complete message', base, []],
    ['duplicate From (RFC 5322 §3.6: exactly one)', `${base}From: ceo@bank.example\n`, ['header.duplicate-from']],
    ['duplicate From, different case', `${base}FROM: ceo@bank.example\n`, ['header.duplicate-from']],
    ['duplicate Subject', `${base}Subject: other\n`, ['header.duplicate-subject']],
    ['duplicate Date', `${base}Date: Tue, 2 Jan 2024 10:00:00 +0000\n`, ['header.duplicate-date']],
    ['duplicate Message-ID', `${base}Message-ID: <2@x.test>\n`, ['header.duplicate-message-id']],
    ['duplicate Reply-To', `${base}Reply-To: r@x.test\nReply-To: s@x.test\n`, ['header.duplicate-reply-to']],
    ['two Received are fine', `Received: a\nReceived: b\n${base}`, []],
    ['missing From', base.replace('From: a@x.test\n', ''), ['header.missing-from']],
    ['missing Date', base.replace(/Date: .*\n/, ''), ['header.missing-date']],
    ['missing Message-ID', base.replace(/Message-ID: .*\n/, ''), ['header.missing-message-id']],
    ['unreadable Date', base.replace(/Date: .*\n/, 'Date: yesterday-ish\n'), ['header.date-unparsable']],
    ['two authors and no Sender (RFC 5322 §3.6.2)', base.replace('From: a@x.test', 'From: a@x.test, c@x.test'), ['header.from-multiple-no-sender']],
    ['two authors with a Sender', base.replace('From: a@x.test', 'From: a@x.test, c@x.test\nSender: a@x.test'), []],
    ['unknown subject charset', base.replace('Subject: s', 'Subject: =?x-klingon?Q?qapla?='), ['header.unknown-charset']],
  ] as const)('%s', (_label, text, ids) => {
    expect(findingIds(sum(text).findings)).toEqual(ids);
  });

  it('finding severities: duplicate From is bad, the rest warn or info', () => {
    const s = sum('From: a@x.test\nFrom: b@x.test\nSubject: a\nSubject: b\n');
    expect(s.findings.map((f) => [f.id, f.severity])).toEqual([
      ['header.duplicate-from', 'bad'],
      ['header.duplicate-subject', 'warn'],
      ['header.missing-date', 'info'],
      ['header.missing-message-id', 'info'],
    ]);
  });

  it('no headers at all', () => {
    const s = summarize([]);
    expect(s.message).toEqual({ from: null, to: null, subject: null, date: null, messageId: null, returnPath: null, dateIso: null });
    expect(findingIds(s.findings)).toEqual(['header.missing-from', 'header.missing-date', 'header.missing-message-id']);
  });
});

describe('summarize: display strings', () => {
  it.each([
    ['Return-Path "<>" (null sender, RFC 5321 §4.5.5)', 'Return-Path: <>\n', 'returnPath', '<>'],
    ['Return-Path address', 'Return-Path: <bounce@x.test>\n', 'returnPath', 'bounce@x.test'],
    ['Return-Path that is not an address is shown as written', 'Return-Path: (none)\n', 'returnPath', '(none)'],
    ['first From wins when there are two', 'From: first@x.test\nFrom: second@x.test\n', 'from', 'first@x.test'],
    ['From with encoded display name', 'From: =?UTF-8?B?UGF5UGFs?= <service@paypal.example>\n', 'from', 'PayPal <service@paypal.example>'],
    ['From with encoded words inside quotes', 'From: "PayPal Service =?UTF-8?Q?=E2=80=94?= Account Team" <s@x.test>\n', 'from', 'PayPal Service — Account Team <s@x.test>'],
    ['decoded subject (B)', 'Subject: =?UTF-8?B?WW91ciBhY2NvdW50IGhhcyBiZWVuIGxpbWl0ZWQg4oCTIGFjdGlvbiByZXF1aXJlZA==?=\n', 'subject', 'Your account has been limited – action required'],
    ['decoded subject (Q, folded)', 'Subject: =?ISO-8859-1?Q?Caf=E9?=\n =?ISO-8859-1?Q?_cr=E8me?=\n', 'subject', 'Café crème'],
    ['To as an empty group is shown as written', 'To: Undisclosed recipients:;\n', 'to', 'Undisclosed recipients:;'],
    ['From with only a comment is shown as written', 'From: (nobody)\n', 'from', '(nobody)'],
    ['From with no value', 'From:\n', 'from', ''],
    ['date kept as written', 'Date: Tue, 14 Oct 2025 02:17:41 -0700 (PDT)\n', 'date', 'Tue, 14 Oct 2025 02:17:41 -0700 (PDT)'],
    ['date as ISO', 'Date: Tue, 14 Oct 2025 02:17:41 -0700 (PDT)\n', 'dateIso', '2025-10-14T09:17:41.000Z'],
    ['unreadable date has no ISO form', 'Date: soon\n', 'dateIso', null],
  ] as const)('%s', (_label, text, key, expected) => {
    expect(sum(text).message[key]).toBe(expected);
  });

  it('addresses keep every parsed mailbox, by role', () => {
    const s = sum('From: A <a@x.test>\nSender: s@x.test\nReply-To: r@evil.example\nReturn-Path: <b@x.test>\nTo: t@y.test, u@y.test\nCc: c@z.test\n');
    expect(s.addresses).toEqual({
      from: [{ name: 'A', address: 'a@x.test', domain: 'x.test' }],
      sender: [{ name: null, address: 's@x.test', domain: 'x.test' }],
      replyTo: [{ name: null, address: 'r@evil.example', domain: 'evil.example' }],
      returnPath: [{ name: null, address: 'b@x.test', domain: 'x.test' }],
      to: [
        { name: null, address: 't@y.test', domain: 'y.test' },
        { name: null, address: 'u@y.test', domain: 'y.test' },
      ],
      cc: [{ name: null, address: 'c@z.test', domain: 'z.test' }],
    });
  });
});
