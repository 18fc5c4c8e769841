/** Header names intake recognises at the top of a paste (the documented ones of header-registry.ts, names only). */
const NAMES: readonly string[] = [
  'Received', 'Return-Path', 'Delivered-To', 'X-Original-To', 'From', 'Sender', 'Reply-To', 'To', 'Cc', 'Bcc',
  'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Comments', 'Keywords', 'Resent-From', 'Resent-To',
  'Resent-Date', 'Resent-Message-ID', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding',
  'Content-Disposition', 'Content-Language', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature',
  'ARC-Authentication-Results', 'Authentication-Results', 'Received-SPF', 'DomainKey-Signature', 'List-Id',
  'List-Unsubscribe', 'List-Unsubscribe-Post', 'List-Post', 'List-Help', 'List-Archive', 'Precedence',
  'Auto-Submitted', 'Disposition-Notification-To', 'Original-Recipient', 'Require-Recipient-Valid-Since',
  'TLS-Required', 'BIMI-Selector', 'BIMI-Location', 'Feedback-ID', 'X-Received', 'X-Google-Smtp-Source',
  'X-Gm-Message-State', 'X-Google-DKIM-Signature', 'X-Forefront-Antispam-Report', 'X-Microsoft-Antispam',
  'X-Microsoft-Antispam-Mailbox-Delivery', 'X-MS-Exchange-Organization-SCL', 'X-MS-Exchange-Organization-AuthAs',
  'X-MS-Exchange-Organization-AuthSource', 'X-MS-Exchange-Organization-AuthMechanism',
  'X-MS-Exchange-CrossTenant-OriginalArrivalTime', 'X-MS-Has-Attach', 'X-Spam-Status', 'X-Spam-Score', 'X-Spam-Flag',
  'X-Spam-Level', 'X-Mailer', 'User-Agent', 'X-Priority', 'Importance', 'Thread-Topic', 'Thread-Index', 'Errors-To',
];

const KEYS: ReadonlySet<string> = new Set(NAMES.map((n) => n.toLowerCase()));

export function isKnownHeader(name: string): boolean {
  return KEYS.has(name.toLowerCase());
}

export function knownHeaderNames(): readonly string[] {
  return NAMES;
}
