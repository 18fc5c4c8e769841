/**
 * Node-side fixtures for the live-DNS browser test (bundled to .mjs by live.test.mjs at run time):
 * a message DKIM-signed by shop.example and ARC-sealed by a mailing list (both by mailauth, an independent
 * implementation), and a local DoH server that publishes the keys, SPF and DMARC.
 */
import { rsaKey, sealArc, signDkim } from '../lib/dkim/signer';
import { startDohServer, type DohServer } from '../helpers/doh-server';
import { txt } from '../helpers/fake-resolver';
import { a, healthyZone, listedPoint } from '../helpers/fake-resolver-reputation';
import { activeLists } from '../../lib/reputation/catalogue';

export interface LiveFixture {
  message: string;
  server: DohServer;
}

const ORIGINAL = [
  'From: Shop Alerts <alerts@shop.example>',
  'To: dana@example.org',
  'Subject: Your order 7731 has shipped',
  'Date: Tue, 14 Oct 2025 09:00:00 +0000',
  'Message-ID: <order-7731@shop.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Your parcel is on its way.',
  '',
].join('\r\n');

/** `breakDkimKey`: the DKIM key name answers SERVFAIL (a DNS failure must show as temperror, never pass). */
/** RFC 1035 §3.3: a character-string holds at most 255 octets; long TXT records are sent as several. */
function longTxt(record: string) {
  const parts: string[] = [];
  for (let i = 0; i < record.length; i += 255) parts.push(record.slice(i, i + 255));
  return txt(...parts);
}

/** `delayMs`: every DNS answer held back that long (a slow resolver: the report must paint before the answers). */
export async function liveFixture(breakDkimKey: boolean, delayMs = 0): Promise<LiveFixture> {
  const shopKey = rsaKey(2048);
  const listKey = rsaKey(2048);
  const signed = await signDkim(ORIGINAL, {
    domain: 'shop.example',
    selector: 's1',
    key: shopKey,
    headerList: ['from', 'to', 'subject', 'date', 'message-id'],
  });
  const viaList = `Received: from mail.shop.example (mail.shop.example [198.51.100.20]) by lists.example (Postfix) with ESMTPS id 4AbC; Tue, 14 Oct 2025 09:00:02 +0000\r\n${signed}`;
  const sealed = await sealArc(viaList, {
    domain: 'lists.example',
    selector: 'arc1',
    key: listKey,
    authResults: 'lists.example; dkim=pass header.d=shop.example; spf=pass smtp.mailfrom=mail.shop.example',
    cv: 'none',
  });
  const message = [
    'Return-Path: <bounces@lists.example>',
    'Received: from out.lists.example (out.lists.example [192.0.2.10]) by mx.google.com with ESMTPS id q1 (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
    sealed,
  ].join('\r\n');
  const server = await startDohServer({
    delayMs,
    zone: {
      's1._domainkey.shop.example': breakDkimKey ? [{ fail: 'SERVFAIL' }] : [longTxt(shopKey.record)],
      'arc1._domainkey.lists.example': [longTxt(listKey.record)],
      'lists.example': [txt('v=spf1 ip4:192.0.2.0/24 -all')],
      '_dmarc.shop.example': [txt('v=DMARC1; p=reject; rua=mailto:dmarc@shop.example')],
      'shop.example': [txt('v=spf1 ip4:198.51.100.0/24 -all')],
    },
  });
  return { message, server };
}

/**
 * A message from a public IP that SpamCop lists, through a resolver that Spamhaus refuses (127.255.255.254 on its
 * health check): the card must show one "listed" and Spamhaus as "could not be checked", never as clear.
 */
export async function reputationFixture(): Promise<LiveFixture> {
  const { lists } = activeLists(null);
  const zone = healthyZone(lists);
  const zen = lists.find((l) => l.list.id === 'spamhaus-zen');
  if (zen) zone[listedPoint(zen)] = [a('127.255.255.254')];
  zone['160.69.2.81.bl.spamcop.net'] = [a('127.0.0.2')];
  zone['shop.example'] = [txt('v=spf1 ip4:81.2.69.160 -all')];
  const message = [
    'Return-Path: <bounce@shop.example>',
    'Received: from mail.shop.example (mail.shop.example [81.2.69.160]) by mx.google.com with ESMTPS id r9 (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 14 Oct 2025 02:00:05 -0700 (PDT)',
    'From: Shop News <news@shop.example>',
    'To: dana@example.org',
    'Subject: Autumn sale',
    'Date: Tue, 14 Oct 2025 09:00:00 +0000',
    'Message-ID: <sale-1@shop.example>',
    'List-Unsubscribe: <mailto:unsubscribe@shop.example>',
    '',
    'Everything must go.',
    '',
  ].join('\r\n');
  return { message, server: await startDohServer({ zone }) };
}
