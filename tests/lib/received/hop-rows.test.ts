/** hopRows, tlsLabel, stampTime: the text the popup, the full page and the CLI show for each hop. */
import { describe, expect, it } from 'vitest';
import { hopRows } from '../../../lib/received/hop-rows';
import { tlsLabel } from '../../../lib/received/tls-label';
import { stampTime } from '../../../lib/text/stamp-time';
import { analyzeHops } from '../../../lib/received/analyze-hops';
import { splitLines } from '../../../lib/mime/lines';
import { splitHeaderBlock } from '../../../lib/mime/header-block';

describe('tlsLabel', () => {
  it.each([
    [{ version: 'TLSv1.3', cipher: 'X' }, 'TLS 1.3'],
    [{ version: 'TLS1_2', cipher: null }, 'TLS 1.2'],
    [{ version: 'TLS1.3', cipher: null }, 'TLS 1.3'],
    [{ version: 'TLSv1', cipher: null }, 'TLS 1.0'],
    [{ version: 'TLSv1/SSLv3', cipher: null }, 'TLS 1.0'],
    [{ version: 'SSLv3', cipher: null }, 'SSL 3'],
    [{ version: null, cipher: null }, 'TLS'],
    [null, 'none'],
  ])('%j -> %s', (tls, label) => {
    expect(tlsLabel(tls)).toBe(label);
  });
});

describe('stampTime', () => {
  it.each([
    ['2025-10-14T09:17:43.000Z', '+0200', '2025-10-14 11:17:43 +0200'],
    ['2025-10-14T01:17:43.000Z', '-0530', '2025-10-13 19:47:43 -0530'],
    ['2025-10-14T09:17:43.000Z', null, '2025-10-14 09:17:43 UTC'],
    ['not a time', '+0200', 'not a time'],
  ])('%s %s', (iso, zone, text) => {
    expect(stampTime(iso, zone)).toBe(text);
  });
});

describe('hopRows', () => {
  const fields = splitHeaderBlock(
    splitLines(
      [
        'Received: by 2002:a05:7300:5b0e::1 with SMTP id w14; Thu, 20 Nov 2025 04:12:40 -0800 (PST)',
        'Received: from mail.example.org (mail.example.org. [192.0.2.66]) by mx.google.com with ESMTPS id x (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Thu, 20 Nov 2025 04:12:38 -0800 (PST)',
        'Received: from laptop (host.isp.example [198.51.100.9]:51234) (Authenticated sender: bo\u202Eb) by mail.example.org (Postfix) with ESMTPSA id 1; Thu, 20 Nov 2025 12:12:06 +0000',
      ]
        .map((l) => `${l}\n`)
        .join(''),
    ).lines,
  ).fields;
  const a = analyzeHops(fields, null);
  const rows = hopRows(a.hops, a.timeline, a.boundary);

  it('oldest first, with the client in HELO / rDNS / IP lines, times as written and TLS in words', () => {
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({
      from: ['host.isp.example', 'HELO laptop', '198.51.100.9:51234'],
      by: 'mail.example.org',
      with: 'ESMTPSA',
      tls: 'TLS',
      time: '2025-11-20 12:12:06 +0000',
      delay: '–',
    });
    expect(rows[1]).toMatchObject({
      from: ['mail.example.org', '192.0.2.66'],
      tls: 'TLS 1.3',
      time: '2025-11-20 04:12:38 -0800',
      delay: '32 s',
      slowest: true,
      entry: true,
    });
    expect(rows[2]).toMatchObject({ from: ['(internal)'], by: '2002:a05:7300:5b0e::1', delay: '2 s', slowest: false });
  });

  it('delay bars as shares of the longest delay', () => {
    expect(rows.map((r) => r.delayShare)).toEqual([null, 1, 2 / 32]);
  });

  it('hostile text is made visible', () => {
    expect(rows[0]?.auth).toBe('authenticated as bo⟨U+202E⟩b');
  });
});
