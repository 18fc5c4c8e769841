/**
 * Deterministic benchmark inputs: no randomness, no clock, no files. The same call gives the same bytes on
 * every machine, so timings from different runs are over identical input.
 */

const CRLF = '\r\n';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Numerical Recipes LCG (mod 2^32); the high byte of each state is the output. */
export function lcgBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Base64-looking text (signatures, hashes, tokens) of `length` characters. */
function fakeBase64(length: number, seed: number): string {
  const bytes = lcgBytes(length, seed);
  let s = '';
  for (const b of bytes) s += BASE64.charAt(b & 63);
  return s;
}

/** Fold `text` (a tag value) into lines of `width` characters, each continued with one tab. */
function foldTag(text: string, width: number): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += width) parts.push(text.slice(i, i + width));
  return parts.join(`${CRLF}\t`);
}

/** Base64 of `bytes` in lines of 76 characters (RFC 2045 §6.8), CRLF-terminated. */
export function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF) + CRLF;
}

/** Exchange Online hops, first to last: from host, its IP, by host, its IP, transport id, time. */
const MS_HOPS: readonly (readonly [from: string, fromIp: string, by: string, byIp: string, id: string, time: string])[] = [
  ['AM0PR02MB5555.eurprd02.prod.outlook.com', '2603:10a6:208:1a2::21', 'AS8PR02MB9999.eurprd02.prod.outlook.com', '2603:10a6:20b:3ee::9', '15.20.8511.12', '14:02:11'],
  ['AS8PR02MB9999.eurprd02.prod.outlook.com', '2603:10a6:20b:3ee::9', 'DU2PR04CA0123.eurprd04.prod.outlook.com', '2603:10a6:10:3b::18', '15.20.8511.13', '14:02:11'],
  ['DU2PR04CA0123.eurprd04.prod.outlook.com', '2603:10a6:10:3b::18', 'DB1PEPF000509E8.eurprd03.prod.outlook.com', '2603:10a6:18:3::5', '15.20.8511.14', '14:02:12'],
  ['DB1PEPF000509E8.eurprd03.prod.outlook.com', '2603:10a6:18:3::5', 'VI1EUR05HT123.eop-eur05.prod.protection.outlook.com', '2a01:111:e400:fc12::1', '15.20.8511.15', '14:02:12'],
  ['VI1EUR05HT123.eop-eur05.prod.protection.outlook.com', '2a01:111:e400:fc12::1', 'EUR05-VI1-obe.outbound.protection.outlook.com', '2a01:111:f403:2612::701', '15.20.8511.16', '14:02:12'],
];

function dkimSignature(domain: string, selector: string, headers: string, seed: number): string {
  return (
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain};${CRLF}` +
    ` s=${selector}; t=1717250531; x=1717855331; darn=gmail.com;${CRLF}` +
    ` h=${headers};${CRLF}` +
    ` bh=${fakeBase64(43, seed)}=;${CRLF}` +
    ` b=${foldTag(fakeBase64(342, seed + 1) + '==', 70)}${CRLF}`
  );
}

/**
 * A typical header block of about 6 KB: a message from Microsoft 365 delivered to Gmail. Received chain of
 * 8 hops (Exchange internals, EOP, Google MX, Google internal), a DKIM signature, an ARC set,
 * Authentication-Results, Microsoft's anti-spam stamps and list headers. Fields only: the caller adds the
 * Content-Type fields and the blank line.
 */
export function typicalHeaderBlock(): string {
  const h: string[] = [];
  h.push(`Delivered-To: alice.recipient@gmail.com${CRLF}`);
  h.push(`Received: by 2002:a05:7300:5b8f:b0:1a2:3b4c:5d6e with SMTP id x15csp4412345dyb;${CRLF}        Sat, 1 Jun 2024 07:02:13 -0700 (PDT)${CRLF}`);
  h.push(`X-Google-Smtp-Source: ${fakeBase64(68, 11)}${CRLF}`);
  h.push(`X-Received: by 2002:a17:906:4fd4:b0:a6e:f5a1:2c3d with SMTP id i20-20020a1709064fd400b00a6ef5a12c3dmr123456ejw.12.1717250533123;${CRLF}        Sat, 01 Jun 2024 07:02:13 -0700 (PDT)${CRLF}`);
  h.push(
    `ARC-Seal: i=1; a=rsa-sha256; t=1717250533; cv=none;${CRLF}        d=google.com; s=arc-20160816;${CRLF}        b=${foldTag(fakeBase64(344, 21), 70).replaceAll('\t', '        ')}${CRLF}`,
  );
  h.push(
    `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;${CRLF}` +
      `        h=list-unsubscribe-post:list-unsubscribe:mime-version:message-id:date${CRLF}` +
      `         :subject:to:from:dkim-signature;${CRLF}` +
      `        bh=${fakeBase64(43, 22)}=;${CRLF}` +
      `        fh=${fakeBase64(43, 23)}=;${CRLF}` +
      `        b=${foldTag(fakeBase64(344, 24), 70).replaceAll('\t', '        ')}${CRLF}`,
  );
  h.push(
    `ARC-Authentication-Results: i=1; mx.google.com;${CRLF}` +
      `       dkim=pass header.i=@contoso.com header.s=selector1 header.b=Abc123de;${CRLF}` +
      `       spf=pass (google.com: domain of news@contoso.com designates 2a01:111:f403:2612::701 as permitted sender) smtp.mailfrom=news@contoso.com;${CRLF}` +
      `       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.com${CRLF}`,
  );
  h.push(`Return-Path: <news@contoso.com>${CRLF}`);
  h.push(
    `Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on20701.outbound.protection.outlook.com. [2a01:111:f403:2612::701])${CRLF}` +
      `        by mx.google.com with ESMTPS id 4fb4d7f45d1cf-57a31c6d5e4si1234567a12.345.2024.06.01.07.02.12${CRLF}` +
      `        for <alice.recipient@gmail.com>${CRLF}` +
      `        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);${CRLF}` +
      `        Sat, 01 Jun 2024 07:02:13 -0700 (PDT)${CRLF}`,
  );
  h.push(`Received-SPF: pass (google.com: domain of news@contoso.com designates 2a01:111:f403:2612::701 as permitted sender) client-ip=2a01:111:f403:2612::701;${CRLF}`);
  h.push(
    `Authentication-Results: mx.google.com;${CRLF}` +
      `       dkim=pass header.i=@contoso.com header.s=selector1 header.b=Abc123de;${CRLF}` +
      `       spf=pass (google.com: domain of news@contoso.com designates 2a01:111:f403:2612::701 as permitted sender) smtp.mailfrom=news@contoso.com;${CRLF}` +
      `       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.com${CRLF}`,
  );
  h.push(dkimSignature('contoso.com', 'selector1', `From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck`, 31));
  for (const [from, fromIp, by, byIp, id, time] of [...MS_HOPS].reverse()) {
    h.push(`Received: from ${from} (${fromIp})${CRLF} by ${by} (${byIp}) with Microsoft SMTP${CRLF} Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id ${id}; Sat, 1 Jun${CRLF} 2024 ${time} +0000${CRLF}`);
  }
  h.push(`Received: from AM0PR02MB5555.eurprd02.prod.outlook.com${CRLF} ([fe80::4c1d:7a5b:9c2e:1f3a]) by AM0PR02MB5555.eurprd02.prod.outlook.com${CRLF} ([fe80::4c1d:7a5b:9c2e:1f3a%5]) with mapi id 15.20.8511.011; Sat, 1 Jun 2024${CRLF} 14:02:10 +0000${CRLF}`);
  h.push(`From: Contoso News <news@contoso.com>${CRLF}`);
  h.push(`To: Alice Recipient <alice.recipient@gmail.com>${CRLF}`);
  h.push(`Subject: =?utf-8?B?WW91ciBKdW5lIHN1bW1hcnkg4oCUIDMgbmV3IGZlYXR1cmVz?=${CRLF}`);
  h.push(`Thread-Topic: Your June summary - 3 new features${CRLF}`);
  h.push(`Date: Sat, 1 Jun 2024 14:02:10 +0000${CRLF}`);
  h.push(`Message-ID:${CRLF} <AM0PR02MB5555A1B2C3D4E5F6A7B8C9D0E1F2A@AM0PR02MB5555.eurprd02.prod.outlook.com>${CRLF}`);
  h.push(`Accept-Language: en-US${CRLF}Content-Language: en-US${CRLF}`);
  h.push(`List-Unsubscribe: <https://contoso.com/unsubscribe?u=${fakeBase64(40, 61)}>,${CRLF} <mailto:unsubscribe@contoso.com?subject=unsubscribe>${CRLF}`);
  h.push(`List-Unsubscribe-Post: List-Unsubscribe=One-Click${CRLF}`);
  h.push(`authentication-results: dkim=none (message not signed)${CRLF} header.d=none;dmarc=none action=none header.from=contoso.com;${CRLF}`);
  h.push(`x-microsoft-antispam: BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;${CRLF}`);
  h.push(
    `x-forefront-antispam-report:${CRLF}` +
      ` CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:AM0PR02MB5555.eurprd02.prod.outlook.com;${CRLF}` +
      ` PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1101;${CRLF}`,
  );
  h.push(`MIME-Version: 1.0${CRLF}`);
  h.push(`X-OriginatorOrg: contoso.com${CRLF}X-MS-Exchange-CrossTenant-Network-Message-Id: 3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d${CRLF}`);
  h.push(`X-MS-Exchange-CrossTenant-id: 72f988bf-86f1-41af-91ab-2d7cd011db47${CRLF}`);
  return h.join('');
}

/** (a) A typical message: the ~6 KB header block above with a short text/plain body. */
export function typicalMessage(): string {
  return (
    typicalHeaderBlock() +
    `Content-Type: text/plain; charset="utf-8"${CRLF}Content-Transfer-Encoding: 7bit${CRLF}${CRLF}` +
    `Hello Alice,${CRLF}${CRLF}Here is what changed in June.${CRLF}${CRLF}-- ${CRLF}Contoso News${CRLF}`
  );
}

/**
 * (b) A ~7 MB message: the same header block, multipart/mixed with a text part and a 5 MiB attachment of
 * pseudo-random bytes (fixed-seed LCG), base64 in 76-character lines.
 */
export function largeMessage(): string {
  const boundary = '_000_AM0PR02MB5555A1B2C3D4E5F6A7B8C9D0E1F2A_';
  return (
    typicalHeaderBlock() +
    `Content-Type: multipart/mixed;${CRLF}\tboundary="${boundary}"${CRLF}${CRLF}` +
    `--${boundary}${CRLF}Content-Type: text/plain; charset="us-ascii"${CRLF}Content-Transfer-Encoding: 7bit${CRLF}${CRLF}` +
    `Hello Alice,${CRLF}${CRLF}The quarterly archive is attached.${CRLF}${CRLF}` +
    `--${boundary}${CRLF}Content-Type: application/octet-stream; name="archive-2024-q2.bin"${CRLF}` +
    `Content-Disposition: attachment; filename="archive-2024-q2.bin"; size=${5 * 1024 * 1024}${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}` +
    base64Lines(lcgBytes(5 * 1024 * 1024, 0x5eed)) +
    `${CRLF}--${boundary}--${CRLF}`
  );
}

/** A minimal header block around hostile fields (which may bring their own From), with a one-line body. */
function around(fields: string): string {
  const from = /^From:/im.test(fields) ? '' : `From: Alice <alice@example.com>${CRLF}`;
  return (
    `${from}To: bob@example.net${CRLF}Subject: adversarial${CRLF}` +
    `Date: Sat, 1 Jun 2024 14:02:10 +0000${CRLF}Message-ID: <adv@example.com>${CRLF}` +
    fields +
    `${CRLF}body${CRLF}`
  );
}

export interface Adversarial {
  name: string;
  /** The input at scale 1 and 2 (the second about twice the size of the first). */
  make: (scale: 1 | 2) => string;
}

/** 10,000 short Received fields at scale 1 (CRLF-terminated header lines). */
export function manyReceivedFields(scale: 1 | 2): string {
  return `Received: by mx.example; 1 Jun 2024 14:02:10 +0000${CRLF}`.repeat(10_000 * scale);
}

/** A Received value of about 100 kB at scale 1: the from/by/with/id clauses 1,400 times over, then a date. */
export function longReceivedValue(scale: 1 | 2): string {
  return `${'from a.example (b.example [192.0.2.1]) by c.example with ESMTP id x; '.repeat(1_400 * scale)}1 Jun 2024 14:02:10 +0000`;
}

/** Hostile header blocks that a super-linear parser would choke on; each kept under the 1 MiB header cap. */
export const ADVERSARIAL: readonly Adversarial[] = [
  {
    name: `200k '(' in a From value`,
    make: (scale) => `From: ${'('.repeat(200_000 * scale)}a@example.com${CRLF}`,
  },
  {
    name: '10,000 Received headers',
    make: (scale) => manyReceivedFields(scale),
  },
  {
    name: '100 kB single Received line',
    make: (scale) => `Received: ${longReceivedValue(scale)}${CRLF}`,
  },
  {
    name: `50k ';' in one Authentication-Results`,
    make: (scale) => `Authentication-Results: mx.example; ${';'.repeat(50_000 * scale)} spf=pass${CRLF}`,
  },
];

export function adversarialMessage(a: Adversarial, scale: 1 | 2): string {
  return around(a.make(scale));
}
