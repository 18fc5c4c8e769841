/** i.ua (Ukraine): refusals link a numbered explanation page, "mail.i.ua/err/<n>/". */
import { providerRules } from '../provider-rule';

const SOURCE = 'mail.i.ua/err/<code>/';

export const IUA_RULES = providerRules(SOURCE, 'i.ua', ['i.ua', 'email.ua'], [
  ['norelaying', 'i.ua/err/1|i.ua/err/6', 'no relaying; use your provider\'s SMTP server.'],
  ['userunknown', 'i.ua/err/2', 'no such user.'],
  ['suspend', 'i.ua/err/3', 'mailbox unused for over 3 months.'],
  ['mailboxfull', 'i.ua/err/4', 'mailbox full.'],
  ['toomanyconn', 'i.ua/err/5', 'sending limit exceeded.'],
  ['blocked', 'i.ua/err/7', 'invalid HELO/EHLO name.', null, 0, 'Greet with the server\'s real host name.'],
  ['rejected', 'i.ua/err/8', 'the sender address could not be verified.', 'mx'],
  ['blocked', 'i.ua/err/9', 'the sending IP is blacklisted.', 'blocklist'],
  ['filtered', 'i.ua/err/10', 'the recipient accepts only listed senders.'],
]);
