import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputFile, MSG_NOTE } from '../../entrypoints/popup/read-input-file';
import { analyze } from '../../lib/analyze';
import { markOriginInput } from '../../lib/analyze-port';
import { LIMITS } from '../../lib/limits';

// Written by scripts/make-msg-fixture.mjs from samples/six-hops-to-microsoft-365.eml.
const MSG = readFileSync('tests/fixtures/msg/six-hops.msg');
const EML = readFileSync('samples/six-hops-to-microsoft-365.eml');

describe('readInputFile', () => {
  it('reads the transport headers of an Outlook .msg and says what a .msg cannot give', async () => {
    const got = await readInputFile(new File([MSG], 'contract.msg'));
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.origin).toBe('outlook-msg');
    expect(got.note).toBe(MSG_NOTE);
    expect(got.text.startsWith('Received: from DM6PR12MB4170.namprd12.prod.outlook.com')).toBe(true);
    // The header block only: Outlook's body copy is not the bytes that were sent.
    expect(got.text).not.toContain('plain-text copy of the body');
    const report = await analyze(got.text, { now: () => 0 });
    expect(report.input.status).toBe('ok');
    expect(report.message.subject).toBe('Contract draft, second round');
    expect(report.hops.length).toBe(6);
    expect(markOriginInput(report.input, 'outlook-msg')).toMatchObject({ source: 'outlook-msg', hasBody: false });
  });

  it('recognises a .msg by its compound-file signature whatever its name', async () => {
    const got = await readInputFile(new File([MSG], 'message.bin'));
    expect(got.ok && got.origin).toBe('outlook-msg');
  });

  it('reads an .eml as text', async () => {
    const got = await readInputFile(new File([EML], 'six-hops.eml'));
    expect(got.ok && got.origin).toBe('file');
    expect(got.ok && got.text).toBe(EML.toString('utf8'));
  });

  it('says why a file named .msg that is not one cannot be read', async () => {
    const got = await readInputFile(new File(['Subject: not a compound file\r\n'], 'fake.msg'));
    expect(got.ok).toBe(false);
    expect(!got.ok && got.message).toMatch(/^fake\.msg is not a readable Outlook \.msg file/);
  });

  it('leaves the input of a paste or an .eml as the analysis read it', async () => {
    const report = await analyze(EML.toString('utf8'), { now: () => 0 });
    expect(markOriginInput(report.input, 'file')).toBe(report.input);
  });

  it('one byte over the cap: says the real size in bytes, without reading the file', async () => {
    const got = await readInputFile(new File([new Uint8Array(LIMITS.maxInputChars + 1)], 'big.eml'));
    expect(got).toEqual({
      ok: false,
      message:
        'big.eml is 52,428,801 bytes (50.0 MiB); the limit is 52,428,800 bytes (50.0 MiB). Save only the headers and try again.',
    });
  });
});
