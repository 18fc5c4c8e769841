/** Facebook (facebook.com): the response codes of Facebook's postmaster page ("RCP-P2", "POL-T1"). */
import { providerRules } from '../provider-rule';

const SOURCE = 'facebook.com/postmaster/response_codes';

export const FACEBOOK_RULES = providerRules(SOURCE, 'Facebook', ['facebook.com'], [
  ['userunknown', 'rcp-p1|int-p1|int-p3|int-p4', 'the address (or group) does not exist.'],
  ['filtered', 'rcp-p2|rcp-p3', 'refused by the recipient\'s preferences or privacy settings.'],
  ['systemerror', 'rcp-t1', 'recipient unavailable through an internal issue.'],
  ['suspend', 'rcp-t4', 'the address is deactivated.'],
  ['mesgtoobig', 'msg-p1|int-p2', 'over the size limit.'],
  ['contenterror', 'msg-p2', 'attachment type not accepted.'],
  ['notcompliantrfc', 'msg-p3', 'a once-only header field appears several times.'],
  ['toomanyconn', 'msg-t1|con-t1|con-t2|con-t3|con-t4', 'too many connections or recipients.'],
  ['rejected', 'dns-p1|dns-p2|dns-t1', 'the MAIL FROM domain does not exist, has no MX or does not resolve.', 'mx'],
  ['requireptr', 'dns-p3|dns-t2', 'no working reverse DNS for the server.'],
  ['blocked', 'pol-p1|pol-p2|pol-p3|pol-p4|pol-t1|pol-t2|pol-t3', 'mail from this server is refused for hours or for good (P1: Spamhaus PBL).', 'blocklist'],
  ['virusdetected', 'pol-p5', 'the message contains a virus.'],
  ['spamdetected', 'pol-p6', 'the message contains a blocked URL.', 'blocklist'],
  [null, 'pol-p7', 'fails domain authentication or abuse policies.', 'dmarc', 0, 'Authenticate the domain; review content.', 'Authentication or content.'],
]);
