import { isIPv4, isIPv6 } from 'node:net';

/**
 * What an IP address is to the client: `forbidden` is never connected to, `private` and `loopback` only when the
 * operator allows them (on-premise servers often have such addresses), `public` always.
 */
export type AddressClass = 'public' | 'private' | 'loopback' | 'forbidden';

type Bytes = number[];

function ipv4Bytes(text: string): Bytes | null {
  return isIPv4(text) ? text.split('.').map(Number) : null;
}

/** The 16 bytes of an IPv6 address; the URL parser first rewrites an embedded dotted quad as hex groups. */
function ipv6Bytes(text: string): Bytes | null {
  const address = text.split('%')[0] ?? '';
  if (!isIPv6(address)) return null;
  const hex = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const [head = '', tail] = hex.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

interface Range {
  bytes: Bytes;
  bits: number;
}

function range(cidr: string): Range {
  const [address = '', bits = ''] = cidr.split('/');
  const bytes = ipv4Bytes(address) ?? ipv6Bytes(address);
  if (!bytes) throw new Error(`not a range: ${cidr}`);
  return { bytes, bits: Number(bits) };
}

function inRange(bytes: Bytes, { bytes: prefix, bits }: Range): boolean {
  if (bytes.length !== prefix.length) return false;
  for (let bit = 0; bit < bits; bit += 8) {
    const width = Math.min(8, bits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

const FORBIDDEN = [
  '0.0.0.0/8', // "this network": 0.0.0.0 reaches the machine itself on most systems
  '169.254.0.0/16', // link-local, where cloud metadata services answer (169.254.169.254)
  '100.100.100.200/32', // Alibaba Cloud's metadata service
  '192.0.0.0/24', // IETF protocol assignments, never a server
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, and 255.255.255.255 broadcast
  '::/128', // unspecified
  'fe80::/10', // link-local
  'fec0::/10', // the deprecated site-local range
  'ff00::/8', // multicast
  'fd00:ec2::254/128', // AWS's IPv6 metadata service, inside the private fc00::/7
  '100::/64', // discard-only
].map(range);

const LOOPBACK = ['127.0.0.0/8', '::1/128'].map(range);

const PRIVATE = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10', // carrier-grade NAT, not reachable from the internet
  '198.18.0.0/15', // benchmarking networks
  'fc00::/7', // unique local
].map(range);

/** IPv6 forms that carry an IPv4 address the packet really goes to: mapped, NAT64, and the old "compatible". */
const EMBEDDING_IPV4 = ['::ffff:0:0/96', '64:ff9b::/96', '::/96'].map(range);

function classifyBytes(bytes: Bytes): AddressClass {
  if (FORBIDDEN.some((item) => inRange(bytes, item))) return 'forbidden';
  if (LOOPBACK.some((item) => inRange(bytes, item))) return 'loopback';
  if (bytes.length === 16 && EMBEDDING_IPV4.some((item) => inRange(bytes, item))) {
    return classifyBytes(bytes.slice(12));
  }
  if (PRIVATE.some((item) => inRange(bytes, item))) return 'private';
  return 'public';
}

/** Anything that is not an IP address is forbidden: a resolver's odd answer must not slip through. */
export function classifyAddress(address: string): AddressClass {
  const bytes = ipv4Bytes(address) ?? ipv6Bytes(address);
  return bytes ? classifyBytes(bytes) : 'forbidden';
}
