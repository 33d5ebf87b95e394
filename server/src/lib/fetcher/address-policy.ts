import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the fetcher may connect to (SSRF, ADR 030).
 *
 * Only addresses that ipaddr.js classes as global `unicast` are allowed.
 * Every other range it names is refused: loopback, private (RFC 1918),
 * uniqueLocal (fc00::/7), linkLocal (169.254/16, fe80::/10, which holds the
 * cloud metadata address 169.254.169.254), carrierGradeNat (100.64/10, which
 * holds Alibaba's 100.100.100.200), multicast, broadcast, unspecified,
 * reserved, and the IPv6 ranges that carry an IPv4 address inside (6to4,
 * Teredo, NAT64 `rfc6052`, `rfc6145`). An IPv4-mapped IPv6 address
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it maps.
 *
 * A few ranges ipaddr.js calls unicast are refused by name as well, below.
 */
const EXTRA_REFUSED: readonly { name: string; cidr: [ipaddr.IPv4 | ipaddr.IPv6, number] }[] = [
  // IPv4-compatible IPv6 (deprecated by RFC 4291): `::127.0.0.1` would reach an IPv4 host on some stacks.
  { name: 'ipv4Compatible', cidr: ipaddr.parseCIDR('::/96') },
  // Azure's wire server and metadata endpoint, a public-looking address that answers only inside Azure.
  { name: 'cloudMetadata', cidr: ipaddr.parseCIDR('168.63.129.16/32') },
];

/** The ranges a test setting may allow: loopback only, so test servers on 127.0.0.1 can be fetched. */
export type AllowedForTests = 'loopback';

/**
 * The name of the range that makes `address` refused (`'loopback'`,
 * `'private'`, `'linkLocal'`, ...), or null when the fetcher may connect to
 * it. Something that is not an IP address at all is refused as `'invalid'`.
 */
export function refusedRange(address: string, allowForTests: readonly AllowedForTests[] = []): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  // process() turns an IPv4-mapped IPv6 address into the IPv4 address it carries.
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== 'unicast') return (allowForTests as readonly string[]).includes(range) ? null : range;
  for (const extra of EXTRA_REFUSED) {
    if (parsed.kind() === extra.cidr[0].kind() && parsed.match(extra.cidr)) return extra.name;
  }
  return null;
}
