/**
 * security goal G6, docs/security-goals.md, the provider's header decided in one place (lib/authresults/trust.ts): forged shapes around
 * the boundary of Microsoft 365 and Gmail, the provider's own header unreadable, id look-alikes, a header that
 * contradicts the provider's Received-SPF, Google Groups' second header, a forged stamp in the provider's name, and
 * a property: adding any header below the provider's own ones never changes auth.recorded (on these fixtures: a
 * forged "by mx.google.com" stamp can only withdraw belief from Gmail's header below its Received line, when no ARC
 * copy of Gmail's vouches for it, tested on its own). Run through analyze(), so the boundary is the real one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Report } from '../../../lib/report';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'authresults');
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8');

/** The text with `lines` inserted after the field that starts with `prefix` (after its continuation lines). */
function insertAfter(text: string, prefix: string, lines: readonly string[]): string {
  const all = text.split('\n');
  let at = all.findIndex((l) => l.startsWith(prefix));
  if (at < 0) throw new Error(`no field starting with ${prefix}`);
  at++;
  while (at < all.length && /^[ \t]/.test(all[at] ?? '')) at++;
  all.splice(at, 0, ...lines);
  return all.join('\n');
}

/** The same with the field that starts with `prefix` (and its continuation lines) replaced by `lines`. */
function replaceField(text: string, prefix: string, lines: readonly string[]): string {
  const all = text.split('\n');
  const at = all.findIndex((l) => l.startsWith(prefix));
  if (at < 0) throw new Error(`no field starting with ${prefix}`);
  let end = at + 1;
  while (end < all.length && /^[ \t]/.test(all[end] ?? '')) end++;
  all.splice(at, end - at, ...lines);
  return all.join('\n');
}

const run = (text: string): Promise<Report> => analyze(text, { now: () => 0 });
const ids = (r: Report): string[] => r.findings.map((f) => f.id);

const FORGED =
  'spf=pass smtp.mailfrom=microsoft.com; dkim=pass header.d=microsoft.com; dmarc=pass header.from=microsoft.com';
const GMAIL_AR = 'Authentication-Results: mx.google.com;';

describe("Microsoft 365: its id-less header above the boundary is the provider's", () => {
  it.each(['protection.outlook.com', 'AM4PEPF00027A5F.mail.protection.outlook.com', 'outlook.com', ''])(
    'a forged header "%s" right below its Received line never wins',
    async (id) => {
      const base = fixture('outlook-spoof-compauth-fail.eml');
      const text = insertAfter(base, 'Received: from smtp.attacker.example', [
        `Authentication-Results: ${id === '' ? '' : `${id}; `}${FORGED}`,
      ]);
      const r = await run(text);
      expect(r.auth?.recorded).toEqual((await run(base)).auth?.recorded);
      expect(r.auth?.recorded?.dmarc?.result).toBe('fail');
      expect(r.auth?.recorded?.fromAuthenticated).toBe(false);
      expect(r.auth?.untrusted.map((u) => u.claims.find((c) => c.method === 'dmarc')?.result)).toContain('pass');
    },
  );
});

describe('Gmail: the first header naming mx.google.com right below its Received line, and never a second one', () => {
  const base = fixture('gmail-dmarc-pass.eml');
  const failing = [
    GMAIL_AR,
    '       spf=pass (google.com: domain of "a(b"@mail.example.com designates 192.0.2.10 as permitted sender) smtp.mailfrom="a(b"@mail.example.com;',
    '       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=example.com',
  ];
  const forgedCopy = [
    `${GMAIL_AR} spf=pass smtp.mailfrom=mail.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com`,
  ];

  it('reads leniently a "(" inside a quoted MAIL FROM that Gmail echoes in its comment', async () => {
    const withoutSeal = replaceField(base, 'ARC-Authentication-Results:', []);
    const r = await run(insertAfter(replaceField(withoutSeal, GMAIL_AR, failing), 'DKIM-Signature:', forgedCopy));
    expect(r.auth?.recorded?.basis).toBe('boundary-block');
    expect(r.auth?.recorded?.spf?.result).toBe('pass');
    expect(r.auth?.recorded?.spf?.mailFrom).toBe('a(b@mail.example.com');
    expect(r.auth?.recorded?.dmarc?.result).toBe('fail');
    expect(r.findings.find((f) => f.id === 'authres.lenient')?.detail).toContain('authres.lenient.quoted-paren');
    expect(ids(r)).toContain('authres.duplicate-authserv-id');
  });

  it('says "could not be read" when the provider\'s header is unreadable, and does not take the copy below it', async () => {
    const broken = [
      GMAIL_AR,
      '       spf=fail (google.com: domain of bounce@mail.example.com does not designate 192.0.2.10 smtp.mailfrom=bounce@mail.example.com;',
    ];
    const withoutSeal = replaceField(base, 'ARC-Authentication-Results:', []);
    const r = await run(insertAfter(replaceField(withoutSeal, GMAIL_AR, broken), 'DKIM-Signature:', forgedCopy));
    expect(r.auth?.recorded).toBeNull();
    expect(ids(r)).toContain('authres.provider-unreadable');
    expect(ids(r)).not.toContain('authres.no-trusted');
    // With Gmail's own ARC copy above the boundary, that copy is read instead (never the forged one).
    const sealed = await run(insertAfter(replaceField(base, GMAIL_AR, broken), 'DKIM-Signature:', forgedCopy));
    expect(sealed.auth?.recorded?.basis).toBe('arc-seal');
    expect(sealed.findings.find((f) => f.id === 'authres.provider-unreadable')?.detail).toContain(
      'ARC copy is read instead',
    );
  });

  it.each([
    'google.com',
    'google.com.',
    'mx.google.com.',
    'evil.google.com',
    'mx.google.com.attacker.example',
    'gmail.com',
  ])('"%s" is not the provider\'s id', async (id) => {
    const withoutOwn = replaceField(replaceField(base, GMAIL_AR, []), 'ARC-Authentication-Results:', []);
    const r = await run(
      insertAfter(withoutOwn, 'Received-SPF:', [
        `Authentication-Results: ${id}; spf=pass smtp.mailfrom=mail.example.com; dmarc=pass header.from=example.com`,
      ]),
    );
    expect(r.auth?.recorded).toBeNull();
    expect(ids(r)).toContain('authres.no-trusted');
  });

  it("a header naming mx.google.com that contradicts Gmail's own Received-SPF is not trusted and is a finding", async () => {
    const withoutOwn = replaceField(replaceField(base, GMAIL_AR, []), 'ARC-Authentication-Results:', []);
    const softfail = replaceField(withoutOwn, 'Received-SPF:', [
      'Received-SPF: softfail (google.com: domain of transitioning bounce@mail.example.com does not designate 192.0.2.10 as permitted sender) client-ip=192.0.2.10;',
    ]);
    const r = await run(insertAfter(softfail, 'Received-SPF:', forgedCopy));
    expect(r.auth?.recorded).toBeNull();
    expect(r.findings.find((f) => f.id === 'authres.contradicts-provider')?.severity).toBe('bad');
    expect(r.auth?.untrusted.some((u) => u.why.includes('contradicts'))).toBe(true);
  });

  it("a header naming mx.google.com that contradicts Gmail's own ARC copy is not trusted", async () => {
    const r = await run(
      insertAfter(replaceField(base, GMAIL_AR, []), 'Received-SPF:', [
        `${GMAIL_AR} spf=pass smtp.mailfrom=mail.example.com; dmarc=pass header.from=example.com`,
      ]),
    );
    expect(r.auth?.recorded?.basis).toBe('arc-seal');
    expect(ids(r)).toContain('authres.contradicts-provider');
  });
});

describe("a sender that forges a stamp in the provider's name: the header below the provider's Received line is not the provider's", () => {
  // A stranger with no checked reverse DNS greets as google.com; Gmail wrote no Authentication-Results; the sender
  // put one naming mx.google.com right below Gmail's line, and a Received "by mx.google.com" below that.
  const phish = [
    'Delivered-To: alice@gmail.com',
    'Received: by 2002:a05:6a10:1234:b0:4a1:1111:2222 with SMTP id abc123; Tue, 3 Nov 2026 10:00:05 -0800 (PST)',
    'Received: from google.com (unknown [203.0.113.5]) by mx.google.com with ESMTPS id x1si123456qkb.10.2026.11.03.10.00.04',
    '        for <alice@gmail.com>; Tue, 03 Nov 2026 10:00:04 -0800 (PST)',
    'Authentication-Results: mx.google.com; dkim=pass header.i=@paypal.com header.s=s1; spf=pass smtp.mailfrom=service@paypal.com; dmarc=pass (p=REJECT) header.from=paypal.com',
    'Received: from mail.pay.example (mail.pay.example [198.51.100.33]) by mx.google.com with ESMTPS id y2si; Tue, 03 Nov 2026 10:00:03 -0800 (PST)',
    'From: PayPal <service@paypal.com>',
    'To: alice@gmail.com',
    'Subject: Your account is limited',
    'Date: Tue, 3 Nov 2026 10:00:00 -0800',
    'Message-ID: <abc@paypal.com>',
    '',
    'Please log in.',
    '',
  ].join('\n');

  it('is listed as a claim, and the verdict calls the forgery, not a pass', async () => {
    const r = await run(phish);
    expect(ids(r)).toContain('received.forged-provider-hop');
    expect(ids(r)).toContain('authres.block-forged-stamp');
    expect(r.auth?.recorded).toBeNull();
    expect(r.auth?.untrusted.find((u) => u.fieldIndex === 3)?.why).toContain('forged');
    expect(r.verdict.kind).toBe('deceptive');
    expect(r.verdict.headline).toContain("results written in Gmail's name claim paypal.com passed");
    // Without the forged stamp the same header is read as Gmail's (rule 3 of trust.ts): the stamp is what changes it.
    const clean = await run(phish.replace(/^Received: from mail\.pay\.example.*\n/m, ''));
    expect(clean.auth?.recorded?.basis).toBe('boundary-block');
    expect(ids(clean)).not.toContain('authres.block-forged-stamp');
  });

  it('is not called a forgery when it records a fail: the verdict cannot tell, it does not accuse', async () => {
    const failing = phish.replace(/^Authentication-Results: .*$/m, 'Authentication-Results: mx.google.com; dkim=none; spf=fail smtp.mailfrom=service@paypal.com; dmarc=fail (p=REJECT) header.from=paypal.com');
    const r = await run(failing);
    expect(ids(r)).toContain('authres.block-forged-stamp');
    expect(r.verdict.kind).toBe('unknown');
  });

  it('applies only when the forged stamp is the first Received below the provider\'s block', async () => {
    // Another server's stamp in between: the header is read as the provider's (a known limit: RFC 8601 §5 has the
    // provider remove headers in its name from incoming mail; the forged stamp is still reported).
    const between = phish.replace(
      /^(Received: from mail\.pay\.example.*)$/m,
      'Received: from relay.pay.example (relay.pay.example [198.51.100.34]) by mta.other.example with ESMTPS id q1; Tue, 03 Nov 2026 10:00:03 -0800 (PST)\n$1',
    );
    const r = await run(between);
    expect(ids(r)).toContain('received.forged-provider-hop');
    expect(ids(r)).not.toContain('authres.block-forged-stamp');
    expect(r.auth?.recorded?.basis).toBe('boundary-block');
  });

  it("a contradiction with the provider's ARC copy is still called a contradiction", async () => {
    const base = fixture('gmail-dmarc-pass.eml');
    const stamp = 'Received: from x (x [192.0.2.1]) by mx.google.com with SMTP; Tue, 14 Oct 2025 09:17:39 +0000';
    // Gmail's ARC copy recorded a DMARC fail; the header in the block claims the pass.
    const differing = base.replace(/^(ARC-Authentication-Results: i=1; mx\.google\.com;[\s\S]*?)dmarc=pass/m, '$1dmarc=fail');
    expect(differing).not.toBe(base);
    const r = await run(insertAfter(differing, 'DKIM-Signature:', [stamp]));
    expect(ids(r)).toContain('authres.contradicts-provider');
    expect(ids(r)).not.toContain('authres.block-forged-stamp');
    expect(r.verdict.reasons.map((x) => x.findingId)).toContain('authres.contradicts-provider');
  });

  it("is still read when the provider's own ARC copy above the boundary gives the same results", async () => {
    const base = fixture('gmail-dmarc-pass.eml');
    const before = (await run(base)).auth?.recorded;
    const stamp = 'Received: from x (x [192.0.2.1]) by mx.google.com with SMTP; Tue, 14 Oct 2025 09:17:39 +0000';
    const r = await run(insertAfter(base, 'DKIM-Signature:', [stamp]));
    expect(ids(r)).toContain('received.forged-provider-hop');
    expect(r.auth?.recorded).toEqual(before);
    // Without that copy, the provider's position alone no longer vouches for it.
    const unsealed = await run(insertAfter(replaceField(base, 'ARC-Authentication-Results:', []), 'DKIM-Signature:', [stamp]));
    expect(unsealed.auth?.recorded).toBeNull();
    expect(ids(unsealed)).toContain('authres.block-forged-stamp');
  });
});

describe("a second header of the provider's id in its block that claims no pass", () => {
  // A receiver's milter stack writes one Authentication-Results per milter under the same id (Sisimai's
  // lhost-dragonfly-28: "arc=none", then "dkim=permerror"): listed as a claim, never called a forgery.
  it('does not make the message deceptive', async () => {
    const raw = [
      'Received: from df.example.jp (unknown [203.0.113.25]) by email.example.jp (Postfix) with ESMTP id 4VzSm22Fq6z22WHr for <postmaster@example.jp>; Wed, 12 Jun 2024 10:35:30 +0900 (JST)',
      'Authentication-Results: email.example.jp; arc=none smtp.client-ip=203.0.113.25',
      'Authentication-Results: email.example.jp; dkim=permerror (bad message/signature format)',
      'From: Notices <notices@df.example.jp>',
      'To: postmaster@example.jp',
      'Subject: Weekly notice',
      'Date: Wed, 12 Jun 2024 10:35:30 +0900',
      'Message-Id: <e076e@df.example.jp>',
      '',
      'Hello.',
      '',
    ].join('\n');
    const r = await run(raw);
    expect(r.auth?.recorded?.basis).toBe('boundary-block');
    expect(r.verdict.kind).not.toBe('deceptive');
    // One per milter (OpenDMARC's dmarc=, OpenDKIM's dkim=): passes for methods the first did not record contradict nothing.
    const stack = await run(raw.replace('dkim=permerror (bad message/signature format)', 'dkim=pass header.d=df.example.jp'));
    expect(stack.verdict.kind).not.toBe('deceptive');
    // A pass where the provider's own header recorded a fail is a forgery.
    const forged = await run(
      raw
        .replace('arc=none smtp.client-ip=203.0.113.25', 'dmarc=fail (p=reject) header.from=df.example.jp')
        .replace('dkim=permerror (bad message/signature format)', 'dmarc=pass header.from=df.example.jp'),
    );
    expect(forged.verdict.kind).toBe('deceptive');
  });
});

it('a self-hosted Postfix with OpenDMARC, an SPF policy daemon and OpenDKIM: one header each, the message authentic', async () => {
  const raw = [
    'Received: from mail.sender.example (mail.sender.example [198.51.100.7]) by mx.me.example (Postfix) with ESMTPS id 4ABCD123 for <bob@me.example>; Tue, 3 Nov 2026 10:00:05 +0100 (CET)',
    'Authentication-Results: mx.me.example; dmarc=pass (p=none dis=none) header.from=sender.example',
    'Authentication-Results: mx.me.example; spf=pass smtp.mailfrom=sender.example',
    'Authentication-Results: mx.me.example; dkim=pass (2048-bit key) header.d=sender.example header.b=abc',
    'From: Alice <alice@sender.example>',
    'To: bob@me.example',
    'Subject: Lunch',
    'Date: Tue, 3 Nov 2026 10:00:00 +0100',
    'Message-ID: <l1@sender.example>',
    '',
    'Lunch?',
    '',
  ].join('\n');
  const r = await run(raw);
  expect(r.verdict.kind).toBe('authentic');
  // The copies are noted, not called problems, so no finding contradicts the verdict.
  const copies = r.findings.filter((f) => f.id === 'authres.duplicate-authserv-id');
  expect(copies.length).toBe(2);
  expect(copies.every((f) => f.severity === 'warn')).toBe(true);
});

describe('Google Groups: a second header of the provider is flagged only when its results differ', () => {
  // Gmail's final delivery sits above the boundary; the group's own check is right below the boundary Received.
  const base = fixture('gmail-dmarc-pass.eml');
  const groupsHop = [
    'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])',
    '        by mx.google.com with SMTPS id z1;',
    '        Tue, 14 Oct 2025 02:17:41 -0700 (PDT)',
  ];
  const finalAr = [
    'Authentication-Results: mx.google.com;',
    '       dkim=pass header.i=@example.com header.s=s2025;',
    '       spf=pass smtp.mailfrom=list@googlegroups.com;',
    '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
  ];

  it('same results: no finding', async () => {
    const text = insertAfter(base, 'Return-Path:', [...finalAr, ...groupsHop]);
    const r = await run(text);
    expect(r.auth?.recorded?.basis).toBe('above-boundary');
    expect(ids(r)).not.toContain('authres.duplicate-authserv-id');
  });

  it('different results: a warning, never "bad"', async () => {
    const text = insertAfter(base, 'Return-Path:', [
      ...finalAr.slice(0, 3),
      '       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=example.com',
      ...groupsHop,
    ]);
    const r = await run(text);
    expect(r.auth?.recorded?.dmarc?.result).toBe('fail');
    expect(r.findings.find((f) => f.id === 'authres.duplicate-authserv-id')?.severity).toBe('warn');
  });
});

/** Header lines an attacker could add anywhere below the provider's own headers. */
const forgedLine = fc
  .tuple(
    fc.constantFrom(
      'Authentication-Results',
      'ARC-Authentication-Results',
      'Received-SPF',
      'Received',
      'X-Anything',
      'Authentication-Results',
    ),
    fc.constantFrom(
      'mx.google.com',
      'protection.outlook.com',
      '',
      'mx6.messagingengine.com',
      'atlas312.free.mail.ne1.yahoo.com',
      'google.com.',
      'i=1; mx.google.com',
      'from x (x [192.0.2.1]) by mx.google.com',
    ),
    fc.constantFrom(
      'spf=pass smtp.mailfrom=example.com',
      'dkim=pass header.d=example.com',
      'dmarc=pass header.from=example.com',
      'pass (google.com: yes) client-ip=192.0.2.1;',
      'compauth=pass reason=100',
      '(unclosed',
    ),
  )
  .map(([name, id, claim]) => `${name}: ${id === '' ? '' : `${id}; `}${claim}`);

describe("property: adding any header below the provider's own headers never changes auth.recorded", () => {
  it.each([
    ['gmail-dmarc-pass.eml', 'DKIM-Signature:'],
    ['gmail-forged-pass-below.eml', 'Received: from localhost'],
    ['outlook-exo-pass.eml', 'Received: from mta25.bounces.example.org'],
    ['outlook-spoof-compauth-fail.eml', 'Received: from smtp.attacker.example'],
    ['yahoo-dmarc-pass.eml', 'Received: from 192.0.2.33'],
    ['fastmail-dmarc-pass.eml', 'Received: from mail.example.com'],
  ])('%s', async (file, below) => {
    const base = fixture(file);
    const before = (await run(base)).auth?.recorded;
    expect(before).not.toBeUndefined();
    const lines = base.split('\n');
    const first = lines.findIndex((l) => l.startsWith(below));
    // Positions between fields, after the first field below the provider's headers, to the end of the header block.
    const blank = lines.findIndex((l, i) => i > first && l.trim() === '');
    const positions = lines
      .map((_l, i) => i)
      .filter((i) => i > first && i <= (blank < 0 ? lines.length : blank) && !/^[ \t]/.test(lines[i] ?? ''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...positions), forgedLine), { minLength: 1, maxLength: 4 }),
        async (adds) => {
          const out = [...lines];
          for (const [at, line] of [...adds].sort((x, y) => y[0] - x[0])) out.splice(at, 0, line);
          const after = (await run(out.join('\n'))).auth?.recorded;
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
    // 150 full analyses: a second on an idle machine, past vitest's 5 s default on a loaded one.
  }, 60_000);
});
