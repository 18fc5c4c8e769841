/**
 * readImpersonation: signs that the visible sender is not who it claims to be, each with its evidence:
 * address-domain mismatches (From / Return-Path / Reply-To / Sender), display names that carry another
 * address, domain or a brand, and IDN / mixed-script / look-alike From domains.
 */
import type { Finding } from '../findings';
import type { Mailbox, MessageAddresses } from '../mime/types';
import { finding } from '../findings';
import { organizationalDomain } from '../psl/org-domain';
import { displayNameSigns } from './display-name';
import { domainSigns } from './domain-signs';
import type { ImpersonationSection } from './types';

export interface RecordedDmarc {
  result: string;
  headerFrom?: string | null;
}

function first(list: readonly Mailbox[]): Mailbox | null {
  return list[0] ?? null;
}

function addressMismatches(a: MessageAddresses, from: Mailbox, fromOrg: string): Finding[] {
  const out: Finding[] = [];
  const check = (list: readonly Mailbox[], id: string, label: string, severity: 'info' | 'warn', why: string) => {
    const m = first(list);
    const o = m?.domain ? organizationalDomain(m.domain) : null;
    if (m === null || o === null || o === fromOrg) return;
    out.push(
      finding(
        id,
        severity,
        `${label} domain differs from From`,
        `From: ${from.address} (${fromOrg}); ${label}: ${m.address} (${o}). ${why}`,
      ),
    );
  };
  check(
    a.replyTo,
    'impersonation.reply-to-differs',
    'Reply-To',
    'warn',
    'Replies go to another organisation: a common trick in payment and CEO fraud, though also normal for some newsletters and help desks.',
  );
  check(
    a.returnPath,
    'impersonation.return-path-differs',
    'Return-Path',
    'info',
    'Normal for mail sent through a service (bounces go to the service); it also means SPF checked that domain, not the From domain.',
  );
  check(
    a.sender,
    'impersonation.sender-differs',
    'Sender',
    'info',
    "Sender names who actually sent the message on the author's behalf (mailing lists, assistants, services).",
  );
  return out;
}

export function readImpersonation(
  addresses: MessageAddresses,
  recordedDmarc: RecordedDmarc | null,
): ImpersonationSection {
  const from = first(addresses.from);
  if (from === null || from.domain === null) return { signs: [], findings: [] };
  const fromOrg = organizationalDomain(from.domain) ?? from.domain;
  const dmarcFailed = recordedDmarc !== null && recordedDmarc.result === 'fail';
  const domain = domainSigns(from.domain);
  const recipientOrgs = new Set<string>();
  for (const list of [addresses.to, addresses.cc]) {
    for (const m of list) {
      const o = m.domain === null ? null : organizationalDomain(m.domain);
      if (o !== null) recipientOrgs.add(o);
    }
  }
  const name = displayNameSigns(from, fromOrg, dmarcFailed, recipientOrgs);
  return {
    signs: [...domain.signs, ...name.signs],
    findings: [...domain.findings, ...name.findings, ...addressMismatches(addresses, from, fromOrg)],
  };
}

/** The findings alone. */
export function impersonationFindings(addresses: MessageAddresses, recordedDmarc: RecordedDmarc | null): Finding[] {
  return readImpersonation(addresses, recordedDmarc).findings;
}
