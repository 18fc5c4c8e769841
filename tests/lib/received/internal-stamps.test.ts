/** Provider stamps that are not Received fields belong to a hop; a date without a time is kept, never timed. */
import { describe, expect, it } from 'vitest';
import { analyzeHops } from '../../../lib/received/analyze-hops';
import { splitLines } from '../../../lib/mime/lines';
import { splitHeaderBlock } from '../../../lib/mime/header-block';

function fields(lines: string[]) {
  return splitHeaderBlock(splitLines(lines.map((l) => `${l}\n`).join('')).lines).fields;
}

describe('internal stamps', () => {
  it('X-Received is a stamp of the hop below it, never a hop: three Received fields are three hops', () => {
    const a = analyzeHops(
      fields([
        'Received: by 2002:a05:7300:5b0e:b0:1c3:4d5e:6f70 with SMTP id w14csp66; Thu, 20 Nov 2025 04:12:10 -0800 (PST)',
        'X-Received: by 2002:a17:906:7311:b0:b73:2c3d:4e5f with SMTP id h17mr10; Thu, 20 Nov 2025 04:12:09 -0800 (PST)',
        'Received: from mail.example.org (mail.example.org. [192.0.2.66]) by mx.google.com with ESMTPS id x; Thu, 20 Nov 2025 04:12:08 -0800 (PST)',
        'Received: from [10.0.0.5] (unknown [198.51.100.9]) by mail.example.org (Postfix) with ESMTPSA id 1; Thu, 20 Nov 2025 12:12:06 +0000',
      ]),
      null,
    );
    expect(a.hops.map((h) => h.index)).toEqual([1, 2, 3]);
    expect(a.hops.map((h) => h.internal)).toEqual([
      [],
      [{ name: 'X-Received', timestamp: '2025-11-20T12:12:09.000Z' }],
      [],
    ]);
    // The delay of hop 3 runs from hop 2's own stamp, not from the internal one.
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([null, 2, 2]);
  });

  it.each([
    [
      'Exchange X-OriginalArrivalTime (the FILETIME part is the same instant)',
      'X-OriginalArrivalTime: 21 Apr 2018 03:01:32.0456 (UTC) FILETIME=[7B8D7B00:01D3D923]',
      '2018-04-21T03:01:32.045Z',
    ],
    [
      'Microsoft 365 CrossTenant arrival time',
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 21 Apr 2018 03:01:32.1234 (UTC)',
      '2018-04-21T03:01:32.123Z',
    ],
    ['MDaemon arrival date', 'X-MDArrival-Date: Wed, 13 May 2026 05:48:12 -0400', '2026-05-13T09:48:12.000Z'],
    ['Amazon SES: a date and an address, no time', 'X-SES-Outgoing: 2018.04.22-54.240.8.30', null],
    [
      'a provider-prefixed Received copy',
      'X-Panix-Received: from 166.84.1.2 (SquirrelMail authenticated user pa) by mail.example.com with HTTP; Wed, 12 Apr 2023 12:18:17 -0400',
      '2023-04-12T16:18:17.000Z',
    ],
  ])('%s', (_name, line, timestamp) => {
    const a = analyzeHops(
      fields([
        'Received: from a.example (a.example [192.0.2.1]) by b.example (Postfix) with ESMTP id 1; Sat, 21 Apr 2018 03:01:30 +0000',
        line,
      ]),
      null,
    );
    expect(a.hops).toHaveLength(1);
    expect(a.hops[0]?.internal).toEqual([{ name: line.slice(0, line.indexOf(':')), timestamp }]);
  });
});

describe('a Received date without a time', () => {
  it('gives timestamp null and the date, and no delay from or to it', () => {
    const a = analyzeHops(
      fields([
        'Received: from b.example (b.example [192.0.2.2]) by c.example (Postfix) with ESMTP id 2; Sun, 22 Apr 2018 10:00:09 +0000',
        'Received: from a.example (a.example [192.0.2.1]) by b.example with SMTP; 22 Apr 2018',
        'Received: from x.example (x.example [192.0.2.9]) by a.example (Postfix) with ESMTP id 1; Sun, 22 Apr 2018 10:00:00 +0000',
      ]),
      null,
    );
    const h = a.hops[1];
    expect(h).toMatchObject({
      timestamp: null,
      date: '2018-04-22',
      delaySeconds: null,
      problem: 'date without a time',
    });
    expect(a.hops[2]?.delaySeconds).toBe(9);
    expect(a.findings.map((f) => f.id)).not.toContain('received.unparsable');
  });
});
