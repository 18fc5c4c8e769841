/** Broadcom (Symantec) Email Security.cloud, formerly MessageLabs (messagelabs.com). */
import { providerRules } from '../provider-rule';

const SOURCE = 'techdocs.broadcom.com (Email Security.cloud SMTP errors)';

export const MESSAGELABS_RULES = providerRules(SOURCE, 'Email Security.cloud (MessageLabs)', ['messagelabs.com'], [
  ['securityerror', 'please turn on smtp authentication in your mail client', 'the client must log in before relaying.', null, 0, 'Turn on SMTP authentication in the mail client.'],
  ['userunknown', 'no such user', 'the recipient does not exist.', null, 1],
]);
