/**
 * Deterministic "realistic" Received stamps for the bench: the dialect table's forms (Postfix, Sendmail, Exim,
 * qmail, Courier, CommuniGate, OpenSMTPD, Exchange, MDaemon, Gmail, Yahoo, SES, SendGrid, ZMailer, webmail)
 * with varying hosts, addresses, ports, users and dates. No randomness beyond a fixed LCG; no files.
 */

const TEMPLATES: readonly string[] = [
  'from mail{n}.sender{m}.example (mail{n}.sender{m}.example [{ip}]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) (No client certificate requested) by mx{m}.corp.example (Postfix) with ESMTPS id 4cMq2S{n}Vf for <bob{n}@corp.example>; {date}',
  'from [192.168.{m}.{n}] (unknown [{ip}]) (Authenticated sender: user{n}@sender{m}.example) by smtp.sender{m}.example (Postfix) with ESMTPSA id 4Bx9K{n}; {date}',
  'from helo{n}.example.org (root@relay{m}.example.org [{ip}] (may be forged)) (authenticated bits=0) by mail{m}.example.net (8.15.2/8.15.2) with ESMTP id 5AGC5gk{n} (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO) for <u{n}@example.net>; {date}',
  'from mail{n}.sender.example ([{ip}]:{port} helo=smtp{m}.sender.example) by mx.university.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <f{n}@sender.example>) id 1v8XyZ-00AbCd-{m}Q for grace@university.example; {date}',
  'from [{ip}] (port={port} helo=[192.168.1.{n}]) by server{m}.hosting.example with esmtpsa (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.96.2) (envelope-from <x{n}@y.example>) id 1u0AbC-000{m}Xy-1Z; {date}',
  'from unknown (HELO mail{n}.sender.example) (apache@{ip}) by mx{m}.hosting.example with SMTP; {date}',
  'from mail{n}.example.org (mail{n}.example.org [::ffff:{ip}]) (IDENT: nobody, AUTH: LOGIN carol{n}@example.org, TLS: TLSv1.2,256bits,ECDHE-RSA-AES256-GCM-SHA384) by smtp{m}.example.net with ESMTPSA id 0000000000034C2E.{n}; {date}',
  'from [{ip}] (account user{n}@example.org HELO [192.168.{m}.1]) by mail.example.org (CommuniGate Pro SMTP 7.1.1) with ESMTPSA id {n}{m}; {date}',
  'from laptop{n}.example.org (host{m}.isp.example [{ip}]) by mail.example.org (OpenSMTPD) with ESMTPSA id d6a2{n} (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO) auth=yes user=me{n}; {date}',
  'from mail{n}.sender.example ({ip}) by BN3NAM04FT{m}.mail.protection.outlook.com (10.152.92.{n}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1900.16 via Frontend Transport; {date}',
  'from smtpclient{n}.apple ([{ip}]) by mail{m}.example.com (192.0.2.237) (MDaemon PRO v26.0.2) with ESMTPSA id md500100{n}.msg; {date}',
  'from mail-sor-f{n}.google.com (mail-sor-f{n}.google.com. [{ip}]) by mx.google.com with SMTPS id a640c23a{m} for <p{n}@gmail.com> (Google Transport Security); {date}',
  'by 2002:a05:7300:5b0e:b0:1c3:{n}:{m} with SMTP id w14csp{n}dyc; {date}',
  'from {ip} (EHLO mail{n}.travel.example) ({ip}) by mta{m}.mail.gq1.yahoo.com with SMTPS; {date}',
  'from ip-10-1-{m}-{n} (ec2-{n}.compute.example [{ip}]) by email-smtp.amazonaws.com with SMTP (SimpleEmailService-d-JZJFSQ2A8) id BcVMa{n} for someone{m}@example.com; {date}',
  'by filter{n}p1iad2.sendgrid.net with SMTP id filter{n}-15318-5AB8F728-{m} 2026-11-11 14:03:{ss}.123456789 +0000 UTC m=+0.{n}',
  'from mail{n}.example.com ([{ip}]:{port} "EHLO mail{n}.example.com" rhost-flags-OK-OK-OK-OK) by vger.example.org with ESMTP id S175{n}AbYGPUh{m} (ORCPT <rfc822;list@vger.example.org>); {date}',
  'from {ip} (SquirrelMail authenticated user user{n}) by webmail{m}.example.org with HTTP; {date}',
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONES = ['+0000', '+0100', '+0200', '-0400', '-0700', '+0530', '-0000'];

/** `count` stamps, cycling through the templates with values from a fixed LCG. */
export function realisticStamps(count: number, seed = 16): string[] {
  let x = seed >>> 0;
  const next = (mod: number): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return (x >>> 8) % mod;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] ?? '';
    const pad = (n: number): string => String(n).padStart(2, '0');
    const date = `Tue, ${String(1 + next(28))} ${MONTHS[next(12)] ?? 'Jan'} 2025 ${pad(next(24))}:${pad(next(60))}:${pad(next(60))} ${ZONES[next(ZONES.length)] ?? '+0000'}`;
    out.push(
      t
        .replaceAll(
          '{ip}',
          `${String(1 + next(223))}.${String(next(256))}.${String(next(256))}.${String(1 + next(254))}`,
        )
        .replaceAll('{port}', String(1024 + next(64000)))
        .replaceAll('{date}', date)
        .replaceAll('{ss}', pad(next(60)))
        .replaceAll('{n}', String(next(100)))
        .replaceAll('{m}', String(next(10))),
    );
  }
  return out;
}
