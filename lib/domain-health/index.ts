/** lib/domain-health: domain record health (SPF, DMARC, MX / RFC 7505 null MX, MTA-STS, TLS-RPT, BIMI). */
export { checkDomain, type DomainHealth, type HealthRecord, type HealthKind } from './check-domain';
