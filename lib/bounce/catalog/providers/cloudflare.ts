/** Cloudflare Email Routing (mx.cloudflare.net): refusals from its postmaster page. */
import { providerRules } from '../provider-rule';

const SOURCE = 'developers.cloudflare.com/email-routing/postmaster/';

export const CLOUDFLARE_RULES = providerRules(SOURCE, 'Cloudflare Email Routing', ['cloudflare.net'], [
  ['blocked', 'found on one or more dnsbls|found on one or more rbls', 'the sending IP is on a DNS blocklist (named in the reply).', 'blocklist', 1],
  ['systemerror', 'upstream error', 'the forwarding destination refused or failed.', null, 1, 'Retry later; the domain owner checks the routing destination.'],
]);
