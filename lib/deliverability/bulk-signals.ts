/**
 * Is this bulk mail? Gmail, Yahoo (2024) and Microsoft (2025) hold bulk senders to stricter rules. Signs:
 * List-Unsubscribe (RFC 2369), Precedence: bulk / list / junk, List-Id (RFC 2919), Feedback-ID (Gmail's
 * feedback loop), an email service provider's own headers or domains, a Microsoft bulk complaint level above 0.
 */
import { organizationalDomain } from '../psl/org-domain';
import type { ChecklistInput } from './types';
import { equalsLower, startsWithLower } from '../text/equals-lower';
import { mapList } from '../list/map-list';

/** Email service providers, by the organizational domains they sign, bounce or relay with. */
const ESP_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['sendgrid.net', 'SendGrid'],
  ['amazonses.com', 'Amazon SES'],
  ['mailgun.org', 'Mailgun'],
  ['mailgun.net', 'Mailgun'],
  ['mcsv.net', 'Mailchimp'],
  ['mcdlv.net', 'Mailchimp'],
  ['rsgsv.net', 'Mailchimp'],
  ['mandrillapp.com', 'Mailchimp Transactional (Mandrill)'],
  ['sparkpostmail.com', 'SparkPost'],
  ['mailjet.com', 'Mailjet'],
  ['sendinblue.com', 'Brevo (Sendinblue)'],
  ['brevo.com', 'Brevo'],
  ['mtasv.net', 'Postmark'],
  ['constantcontact.com', 'Constant Contact'],
  ['exacttarget.com', 'Salesforce Marketing Cloud'],
  ['hubspotemail.net', 'HubSpot'],
  ['createsend.com', 'Campaign Monitor'],
  ['klaviyomail.com', 'Klaviyo'],
]);

/** Header-name prefixes that only ESPs write. */
const ESP_HEADERS: readonly [string, string][] = [
  ['x-mailgun-', 'Mailgun'],
  ['x-ses-', 'Amazon SES'],
  ['x-sg-', 'SendGrid'],
  ['x-mc-user', 'Mailchimp'],
  ['x-mandrill-', 'Mailchimp Transactional (Mandrill)'],
  ['x-msys-', 'SparkPost'],
  ['x-mj-', 'Mailjet'],
  ['x-mailjet-', 'Mailjet'],
  ['x-sib-', 'Brevo (Sendinblue)'],
  ['x-pm-message-id', 'Postmark'],
  ['x-campaign', 'a bulk mailer'],
];

/** What every prefix of ESP_HEADERS begins with ('x-'): other header names are passed over with one test. */
const ESP_HEADERS_START = ESP_HEADERS.map(([prefix]) => prefix).reduce((common, prefix) => {
  let n = 0;
  while (n < common.length && common[n] === prefix[n]) n++;
  return common.slice(0, n);
});

export interface BulkSignals {
  bulk: boolean;
  reasons: string[];
  /**
   * Only signs an email service provider's transactional mail shows too (its headers or domains, Feedback-ID):
   * receipts and password resets go through the same services, and Gmail's one-click unsubscribe rule exempts
   * them (Email sender guidelines FAQ, https://support.google.com/a/answer/14229414).
   */
  serviceOnly: boolean;
}

/** The first header named `lower` (a lower-case name), or undefined. */
function headerNamed(headers: readonly { name: string; value: string }[], lower: string): { name: string; value: string } | undefined {
  for (const h of headers) if (equalsLower(h.name, lower)) return h;
  return undefined;
}

export function bulkSignals(input: ChecklistInput): BulkSignals {
  const reasons: string[] = [];
  let listSigns = 0;
  const headers = input.headers ?? [];
  const list = (reason: string) => {
    reasons.push(reason);
    listSigns++;
  };
  if (headerNamed(headers, 'list-unsubscribe')) list('it has a List-Unsubscribe header');
  const precedence = headerNamed(headers, 'precedence')?.value.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') list(`Precedence: ${precedence}`);
  if (headerNamed(headers, 'list-id')) list('it has a List-Id header (mailing list)');
  if (headerNamed(headers, 'feedback-id')) reasons.push("it has a Feedback-ID header (used by bulk senders for Gmail's feedback loop)");
  const esps = new Set<string>();
  for (const h of headers) {
    if (!startsWithLower(h.name, ESP_HEADERS_START)) continue;
    for (const [prefix, esp] of ESP_HEADERS) if (startsWithLower(h.name, prefix)) esps.add(esp);
  }
  const domains = [input.spf?.domain, ...mapList((input.dkim ?? []), (d) => d.domain)];
  for (const d of domains) {
    const org = d ? organizationalDomain(d.toLowerCase()) : null;
    const esp = org === null ? undefined : ESP_DOMAINS.get(org);
    if (esp !== undefined) esps.add(esp);
  }
  if (esps.size > 0) reasons.push(`sent through an email service provider (${[...esps].join(', ')})`);
  const bcl = input.spam?.bcl;
  if (typeof bcl === 'number' && bcl >= 1 && bcl <= 9) list(`Microsoft rated the sender bulk (BCL ${String(bcl)})`);
  return { bulk: reasons.length > 0, reasons, serviceOnly: reasons.length > 0 && listSigns === 0 };
}
