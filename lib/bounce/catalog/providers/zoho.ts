/** Zoho Mail (zoho.com, zoho.eu, zohomail.com): refusal texts from Zoho's help pages. */
import { providerRules } from '../provider-rule';

const SOURCE = 'zoho.com/mail/help/spam-reason.html';

export const ZOHO_RULES = providerRules(SOURCE, 'Zoho Mail', ['zoho.com', 'zoho.eu', 'zohomail.com'], [
  ['authfailure', 'email rejected per dmarc policy', 'refused under the From domain\'s DMARC policy.', 'dmarc', 1],
  [null, 'greylisted, try again after some time', 'greylisted: unknown senders must retry later.', null, 1, 'Wait for the automatic retry.', 'First contact from this server.'],
  ['spamdetected', 'email flagged as spam', 'flagged as spam.', null, 1],
  [null, 'mail rejected by destination domain', 'the destination domain refused it.', null, 1, 'Ask the recipient\'s administrator.', 'A rule of the recipient\'s side.'],
  ['policyviolation', 'email policy violation detected|mailbox delivery restricted by policy error', 'refused under the recipient organisation\'s policy.', null, 1],
  ['systemerror', 'temporary system error', 'temporary system error.', null, 1],
  ['userunknown', 'user does not exist', 'the user does not exist.', null, 1],
  ['virusdetected', 'detected by zoho mail', 'virus detected.'],
]);
