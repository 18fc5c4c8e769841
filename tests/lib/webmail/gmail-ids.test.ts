import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalToLegacyHex, legacyHexToDecimal, parseSyncMessageId, resolveGmailIds } from '../../../lib/webmail/gmail-ids';

describe('legacy hex <-> msg-f decimal', () => {
  it.each([
    // Same number in both forms (hex ids as Gmail shows them in data-legacy-message-id).
    ['1988d2b4f9d5a7e2', '1839952122508322786'],
    ['16be1d5a2bd15a37', '1638779587528841783'],
    ['16be0868ae18c6a7', '1638756560099919527'], // gmail.js api.dom.visible_messages comment: #thread-f:1638756560099919527
    ['0', '0'],
    ['ffffffffffffffff', '18446744073709551615'],
  ])('%s = %s', (hex, dec) => {
    expect(legacyHexToDecimal(hex)).toBe(dec);
    expect(decimalToLegacyHex(dec)).toBe(hex);
  });

  it.each(['', 'xyz', '1ffffffffffffffff', '-1', '0x12'])('rejects hex %j', (hex) => {
    expect(legacyHexToDecimal(hex)).toBeNull();
  });

  it.each(['', '18446744073709551616', '12a', ' 1', '1e5'])('rejects decimal %j', (dec) => {
    expect(decimalToLegacyHex(dec)).toBeNull();
  });

  it('round-trips every 64-bit number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (n) => {
        const hex = n.toString(16);
        expect(legacyHexToDecimal(hex)).toBe(n.toString());
        expect(decimalToLegacyHex(n.toString())).toBe(hex);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseSyncMessageId', () => {
  it.each([
    ['#msg-f:1839952122508322786', { kind: 'f', id: 'msg-f:1839952122508322786', decimal: '1839952122508322786' }],
    ['msg-f:0042', { kind: 'f', id: 'msg-f:42', decimal: '42' }],
    ['#msg-a:r-8165227245426416640', { kind: 'a', id: 'msg-a:r-8165227245426416640', decimal: null }],
    ['#msg-a:r123', { kind: 'a', id: 'msg-a:r123', decimal: null }],
  ])('%s', (attr, want) => {
    expect(parseSyncMessageId(attr)).toEqual(want);
  });

  it.each(['', '#thread-f:1', 'msg-f:', 'msg-f:12x', 'msg-f:99999999999999999999', 'msg-b:1', '#msg-a:rx'])('rejects %j', (attr) => {
    expect(parseSyncMessageId(attr)).toBeNull();
  });
});

describe('resolveGmailIds', () => {
  it.each([
    ['both attributes agree', '#msg-f:1839952122508322786', '1988d2b4f9d5a7e2', { syncId: 'msg-f:1839952122508322786', legacyHex: '1988d2b4f9d5a7e2', consistent: true }],
    ['legacy only', null, '1988D2B4F9D5A7E2', { syncId: 'msg-f:1839952122508322786', legacyHex: '1988d2b4f9d5a7e2', consistent: true }],
    ['sync only (derived hex)', '#msg-f:1839952122508322786', null, { syncId: 'msg-f:1839952122508322786', legacyHex: '1988d2b4f9d5a7e2', consistent: true }],
    // Gmail leaves a stale legacy id after a reply (GmailSDK #515): the msg-f id is the message on screen.
    ['disagreeing: msg-f wins, flagged', '#msg-f:1839952122508322786', '19a0000000000001', { syncId: 'msg-f:1839952122508322786', legacyHex: '1988d2b4f9d5a7e2', consistent: false }],
    ['msg-a with a legacy id: the legacy id', '#msg-a:r-816522724542641664', '1988d2b4f9d5a7e2', { syncId: 'msg-f:1839952122508322786', legacyHex: '1988d2b4f9d5a7e2', consistent: true }],
  ])('%s', (_name, sync, legacy, want) => {
    expect(resolveGmailIds(sync, legacy)).toEqual(want);
  });

  it.each([
    ['a just-sent message (msg-a, no legacy id)', '#msg-a:r-816522724542641664', null],
    ['nothing', null, null],
    ['garbage', 'hello', 'world'],
  ])('%s -> null', (_name, sync, legacy) => {
    expect(resolveGmailIds(sync, legacy)).toBeNull();
  });
});
