/** How the pieces fit for one message: hops -> targets -> blocklists and FCrDNS -> checklist (fake DNS). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { checkFcrdns } from '../../../lib/deliverability/check-fcrdns';
import { checklistAsText } from '../../../lib/deliverability/checklist-text';
import { deliverabilityChecklist } from '../../../lib/deliverability/checklist';
import { activeLists } from '../../../lib/reputation/catalogue';
import { checkReputation } from '../../../lib/reputation/check-reputation';
import { targetsFor } from '../../../lib/reputation/targets';
import { createHealthCache } from '../../../lib/reputation/types';
import { FakeResolver } from '../../helpers/fake-resolver';
import { a, healthyZone } from '../../helpers/fake-resolver-reputation';

const MESSAGE = [
  'Received: by 2002:a05:6a10:1234:0:0:0:0 with SMTP id abc; Tue, 2 Jan 2024 10:00:05 -0800',
  'Received: from mail.sender.example (mail.sender.example [81.2.69.160]) by mx.google.com with ESMTPS id x1 (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 2 Jan 2024 10:00:04 -0800',
  'From: Shop <news@sender.example>',
  'To: you@gmail.com',
  'Subject: Sale',
  'Date: Tue, 2 Jan 2024 18:00:00 +0000',
  'List-Unsubscribe: <mailto:u@sender.example>',
  '',
  'See https://deals.sender.example/x and https://tracker.example.net/y',
].join('\r\n');

describe('one message end to end', () => {
  it('blocklists, FCrDNS and the checklist agree', async () => {
    const report = await analyze(MESSAGE, { now: () => 0 });
    const targets = targetsFor({ hops: report.hops, boundary: report.boundary, domains: [{ domain: 'sender.example', source: 'From domain' }], bodyText: 'See https://deals.sender.example/x and https://tracker.example.net/y' });
    expect(targets.ips).toEqual(['81.2.69.160']);
    expect(targets.domains).toEqual(['sender.example', 'example.net']);
    const { lists } = activeLists(null);
    const dns = new FakeResolver({
      ...healthyZone(lists),
      '160.69.2.81.bl.spamcop.net': [a('127.0.0.2')],
      '160.69.2.81.in-addr.arpa': [{ type: 'PTR', name: 'mail.sender.example' }],
      'mail.sender.example': [a('81.2.69.160')],
    });
    const [reputation, fcrdns] = await Promise.all([checkReputation(targets, { dns, health: createHealthCache() }), checkFcrdns('81.2.69.160', { dns })]);
    const items = deliverabilityChecklist({
      headerFrom: 'sender.example',
      hops: report.hops,
      boundary: report.boundary,
      headers: report.headers,
      reputation,
      fcrdns,
    });
    const statuses = Object.fromEntries(items.map((i) => [i.id.replace('deliverability.', ''), i.status]));
    expect(statuses).toEqual({
      spf: 'unknown',
      dkim: 'unknown',
      dmarc: 'unknown',
      'dmarc-policy': 'unknown',
      ptr: 'pass',
      helo: 'pass',
      tls: 'pass',
      unsubscribe: 'fail',
      'spam-verdict': 'unknown',
      blocklists: 'fail',
    });
    const text = checklistAsText(items);
    expect(text).toContain('81.2.69.160, connecting IP (hop 1), on SpamCop [127.0.0.2]: SpamCop users');
  });
});
