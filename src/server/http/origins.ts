import type { Config } from '../config';

/** `npm run dev`: Vite serves the app on this port and forwards /api with its own Host and Origin. */
export const devServerPort = 5173;

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which Host headers and Origins the app answers. A browser tricked by DNS rebinding sends the attacker's name
 * as Host, so refusing every name but the app's own stops it before any route runs.
 */
export interface OriginPolicy {
  /** `host` as the client asked for it (Host, or X-Forwarded-Host from a trusted proxy); `localPort` is the socket's. */
  allowsHost(host: string, localPort: number | undefined): boolean;
  allowsOrigin(origin: string, localPort: number | undefined): boolean;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const defaultPorts: Record<string, string> = { 'http:': '80', 'https:': '443' };

function portOf(url: URL): string {
  return url.port || (defaultPorts[url.protocol] ?? '');
}

// A Host header is a name or a bracketed IPv6 address and an optional port: nothing else (no user-info, no path).
const hostHeader = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

/** `Host` split into its name and port, the port filled in for the scheme; undefined when malformed. */
function splitHost(host: string, protocol: string): { hostname: string; port: string } | undefined {
  const match = hostHeader.exec(host.toLowerCase());
  if (!match?.[1]) return undefined;
  return { hostname: match[1], port: match[2] ?? defaultPorts[protocol] ?? '' };
}

/** PUBLIC_ORIGIN: exactly the origins listed, and their hosts (with or without the default port). */
function listedOrigins(origins: readonly string[]): OriginPolicy {
  const allowedOrigins = new Set<string>();
  const allowedHosts = new Set<string>();
  for (const origin of origins) {
    const url = parse(origin);
    if (!url) continue;
    allowedOrigins.add(url.origin);
    allowedHosts.add(`${url.hostname}:${portOf(url)}`);
  }
  return {
    allowsHost: (host) =>
      ['http:', 'https:'].some((protocol) => {
        const parts = splitHost(host, protocol);
        return parts !== undefined && allowedHosts.has(`${parts.hostname}:${parts.port}`);
      }),
    allowsOrigin: (origin) => allowedOrigins.has(parse(origin)?.origin ?? ''),
  };
}

/**
 * On loopback without PUBLIC_ORIGIN: the machine's own names on the port the request came in on (or the dev
 * server's). `app.inject` has no socket port; there any port of a loopback name is taken.
 */
function loopbackOrigins(listenHost: string): OriginPolicy {
  const names = new Set(loopbackNames);
  names.add(listenHost.includes(':') ? `[${listenHost}]` : listenHost);
  const allows = (parts: { hostname: string; port: string } | undefined, localPort: number | undefined) =>
    parts !== undefined &&
    names.has(parts.hostname) &&
    (localPort === undefined || [String(localPort), String(devServerPort)].includes(parts.port));
  return {
    allowsHost: (host, localPort) => allows(splitHost(host, 'http:'), localPort),
    allowsOrigin: (origin, localPort) => {
      const url = parse(origin);
      return url?.protocol === 'http:' && url.origin === origin && allows(splitHost(url.host, 'http:'), localPort);
    },
  };
}

export function originPolicy(config: Pick<Config, 'PUBLIC_ORIGIN' | 'HOST'>): OriginPolicy {
  return config.PUBLIC_ORIGIN ? listedOrigins(config.PUBLIC_ORIGIN) : loopbackOrigins(config.HOST);
}
