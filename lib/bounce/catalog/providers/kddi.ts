/**
 * au / KDDI (ezweb.ne.jp, au.com): its MX answers an address it does not know with "550 <rcpt>: User unknown", and a
 * message the recipient's reception settings refuse with "550 : User unknown" (no mailbox named), as Sisimai's
 * public rules for au record them (Sisimai::Rhost::KDDI, msmx.au.com and lsean.ezweb.ne.jp).
 */
import { providerRules } from '../provider-rule';

const SOURCE = 'Sisimai::Rhost::KDDI (github.com/sisimai/p5-sisimai, lib/Sisimai/Rhost/KDDI.pm): au/KDDI reply forms';

export const KDDI_RULES = providerRules(SOURCE, 'au (KDDI)', ['ezweb.ne.jp', 'au.com'], [
  ['userunknown', '>: user unknown', 'the mailbox named in the reply does not exist.', null, 1],
  ['filtered', '550 : user unknown', 'the recipient\'s reception settings refuse this sender (the reply names no mailbox).', null, 1, 'Ask the recipient to allow your address or domain in their au mail settings; retrying will not help.', 'The recipient blocks unknown or specific senders.'],
]);
