import { isIP, isIPv4 } from 'node:net';
import { type AddressClass, classifyAddress } from './address-ranges';

/** Why the client will not connect; in every case no connection was made. */
export type AddressRefusal =
  /** Not `https://host[:port]`: a path, query, fragment, user info, odd characters or an odd IPv4 spelling. */
  | { reason: 'malformed' }
  /** `http://` to anything but this machine. */
  | { reason: 'not-https' }
  /** Link-local, cloud metadata, multicast, 0.0.0.0 and the like: never, whatever the settings. */
  | { reason: 'forbidden-address'; address: string }
  /** A private or loopback address while SB_ALLOW_PRIVATE_ADDRESSES is off. */
  | { reason: 'private-address'; address: string };

export interface ServerAddress {
  protocol: 'https:' | 'http:';
  /** Lowercased, IDN as punycode, IPv6 without brackets. */
  hostname: string;
  port: number;
  isIpLiteral: boolean;
}

// Scheme, then an authority without user info, then at most a bare "/": nothing else may follow.
const SHAPE = /^(https?):\/\/([^/?#@\\\s]+)\/?$/i;
const MAX_LENGTH = 300;

/** The host exactly as typed, without the port. */
function typedHost(authority: string): string {
  if (authority.startsWith('[')) return authority.slice(0, authority.indexOf(']') + 1);
  return authority.split(':')[0] ?? '';
}

/**
 * Reads the address an administrator typed, e.g. `https://ettevote.excellent.ee:4455`. Only the shape is
 * judged here; where the name leads is checked when connecting (checkResolved), on the address connected to.
 */
export function parseServerAddress(
  text: string,
): { ok: true; address: ServerAddress } | { ok: false; refusal: AddressRefusal } {
  const malformed = { ok: false, refusal: { reason: 'malformed' } } as const;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (typeof text !== 'string' || text.length > MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(text)) return malformed;
  const match = SHAPE.exec(text.trim());
  if (!match?.[2]) return malformed;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return malformed;
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  // The URL parser turns 2130706433, 0x7f.1 or 127.1 into 127.0.0.1; a person typing a server's address does not.
  if (isIPv4(hostname) && typedHost(match[2]) !== hostname) return malformed;
  if (hostname === '' || url.port === '0' || match[2].endsWith(':')) return malformed;
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  const isIpLiteral = isIP(hostname) !== 0;
  const namesThisMachine = hostname === 'localhost' || (isIpLiteral && classifyAddress(hostname) === 'loopback');
  if (protocol === 'http:' && !namesThisMachine) return { ok: false, refusal: { reason: 'not-https' } };
  const port = url.port === '' ? (protocol === 'https:' ? 443 : 80) : Number(url.port);
  return { ok: true, address: { protocol, hostname, port, isIpLiteral } };
}

/**
 * Judges the addresses a name resolved to (or the literal typed), all of them: the connection may go to any,
 * so one refused address refuses the lot.
 */
export function checkResolved(
  server: ServerAddress,
  addresses: readonly string[],
  allowPrivate: boolean,
): AddressRefusal | null {
  const classes = addresses.map((address): [string, AddressClass] => [address, classifyAddress(address)]);
  const forbidden = classes.find(([, kind]) => kind === 'forbidden');
  if (forbidden) return { reason: 'forbidden-address', address: forbidden[0] };
  const inside = classes.find(([, kind]) => kind === 'private' || kind === 'loopback');
  if (inside && !allowPrivate) return { reason: 'private-address', address: inside[0] };
  // http:// was let through for a loopback name; the name must really lead back to this machine.
  if (server.protocol === 'http:' && classes.some(([, kind]) => kind !== 'loopback')) return { reason: 'not-https' };
  return null;
}
