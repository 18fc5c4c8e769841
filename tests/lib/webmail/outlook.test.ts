import { describe, expect, it } from 'vitest';
import { outlookLocation } from '../../../lib/webmail/outlook-location';
import { classifyOutlookDialog, headerBlockEnd } from '../../../lib/webmail/outlook-dialog-text';
import { captureInputMark, markCapturedInput } from '../../../lib/webmail/capture-input-mark';
import { analyze } from '../../../lib/analyze';
import { reportProblems } from '../report-shape';
import { CAPTURE_VIA } from '../../../lib/webmail/upload-protocol';

const ITEM = 'AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcA';
const CONV = 'AAQkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwChAAd9L5OTo2xEydvmQ8CRu2Gg%3D%3D';

describe('outlookLocation', () => {
  it.each([
    [`/mail/inbox/id/${ITEM}`, { mailboxIndex: null, itemId: decodeURIComponent(ITEM) }],
    [`/mail/0/inbox/id/${ITEM}`, { mailboxIndex: '0', itemId: decodeURIComponent(ITEM) }],
    [`/mail/inbox/id/${CONV}`, { mailboxIndex: null, itemId: decodeURIComponent(CONV) }],
    [`/mail/inbox/id/${CONV}/sxs/${ITEM}`, { mailboxIndex: null, itemId: decodeURIComponent(CONV) }],
    ['/mail/inbox', { mailboxIndex: null, itemId: null }],
    ['/mail/1/', { mailboxIndex: '1', itemId: null }],
    ['/mail/inbox/id/%E0%A4%A', { mailboxIndex: null, itemId: null }],
    ['/mail/inbox/id/<script>', { mailboxIndex: null, itemId: null }],
  ])('%s', (path, want) => {
    expect(outlookLocation(path)).toEqual(want);
  });
});

const HEADERS = 'Received: from mx.example.com by BN1.prod.outlook.com; Mon, 2 Mar 2026 10:00:00 +0000\nFrom: A <a@example.com>\nTo: b@example.org\nSubject: Hi\nMessage-ID: <1@example.com>';

describe('classifyOutlookDialog', () => {
  it.each([
    ['"View message source" with a body', 'Message source', `${HEADERS}\n\nHello`, 'outlook-dialog', `${HEADERS}\n\nHello`],
    ['a source title wins over an empty body', 'View message source', `${HEADERS}\n\n`, 'outlook-dialog', `${HEADERS}\n\n`],
    ['"Message details": headers only, cut at the header block', 'Message details', `${HEADERS}\n\nMore text from the dialog`, 'outlook-details', `${HEADERS}\n`],
    ['CRLF header block', 'Message details', `${HEADERS.replaceAll('\n', '\r\n')}\r\n\r\nx`, 'outlook-details', `${HEADERS.replaceAll('\n', '\r\n')}\r\n`],
    ['an unknown title (another language) and no body: headers only', 'Détails du message', HEADERS, 'outlook-details', HEADERS],
    ['an unknown title and a body: the source', 'Quelltext', `${HEADERS}\n\nbody`, 'outlook-dialog', `${HEADERS}\n\nbody`],
  ] as const)('%s', (_name, title, text, kind, want) => {
    expect(classifyOutlookDialog(title, text)).toEqual({ kind, text: want });
  });

  it.each([
    ['not mail', 'Message source', 'Something went wrong. Try again later.'],
    ['HTML', 'Message source', '<html><body>x</body></html>'],
    ['empty', 'Message details', ''],
  ])('%s -> null', (_name, title, text) => {
    expect(classifyOutlookDialog(title, text)).toBeNull();
  });

  it('headerBlockEnd finds the first empty line (LF, CRLF) or the end', () => {
    expect(headerBlockEnd('A: 1\nB: 2\n\nbody')).toEqual({ end: 10, bodyStart: 11 });
    expect(headerBlockEnd('A: 1\r\n\r\nbody')).toEqual({ end: 6, bodyStart: 8 });
    expect(headerBlockEnd('A: 1\nB: 2')).toEqual({ end: 9, bodyStart: null });
  });
});

describe('captureInputMark', () => {
  it.each([
    ['gmail-download', null],
    ['gmail-show-original', { source: 'gmail-show-original', headersOnly: false }],
    ['gmail-page', { source: 'gmail-show-original', headersOnly: false }],
    ['outlook-dialog', { source: 'outlook-source', headersOnly: false }],
    ['outlook-details', { source: 'outlook-details', headersOnly: true }],
    ['paste', null],
  ] as const)('%s', (via, want) => {
    expect(captureInputMark(via)).toEqual(want);
  });

  it('a "View message details" capture analyses as a headers-only report marked outlook-details, schema-valid', async () => {
    const dialog = classifyOutlookDialog('Message details', `${HEADERS}\n\nText under the headers in the dialog`);
    expect(dialog?.kind).toBe('outlook-details');
    const report = await analyze(dialog?.text ?? '', { now: () => Date.UTC(2026, 2, 2) });
    report.input = markCapturedInput(report.input, 'outlook-details');
    expect(report.input).toMatchObject({ status: 'ok', source: 'outlook-details', hasBody: false, headerCount: 5 });
    expect(report.findings.map((f) => f.id)).toContain('intake.headers-only');
    expect(reportProblems(report)).toEqual([]);
  });

  it('leaves an input the analysis could not read as it is', () => {
    const empty = { status: 'empty', size: 0, source: 'raw', lineEnding: 'none', hasBody: false, headerCount: 0, headerBytes: 0 } as const;
    expect(markCapturedInput(empty, 'outlook-details')).toEqual(empty);
    expect(markCapturedInput({ ...empty, status: 'ok', hasBody: true }, 'gmail-download')).toEqual({ ...empty, status: 'ok', hasBody: true });
  });

  it('the Outlook service is gone from the capture ways', () => {
    expect(CAPTURE_VIA as readonly string[]).not.toContain('outlook-service');
  });
});
