import { isSmailySubdomain } from '../../shared/smaily-address';

const PLACEHOLDER = '{subdomain}';

/** This machine by name or address, as the URL parser writes it (`127.1` and `2130706433` become `127.0.0.1`). */
function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * What is wrong with an operator's SMAILY_URL_TEMPLATE, or null: it must name where the subdomain goes and speak
 * https. Plain http only to this machine (the sandbox, a local stand-in): Smaily answers http with a redirect to
 * https (smaily-api.md §1, D-common: "redirected to HTTPS and will fail"), but only after the request — and its
 * Basic credentials — have crossed the network in clear.
 */
export function urlTemplateProblem(template: string): string | null {
  if (!template.includes(PLACEHOLDER)) return `must contain ${PLACEHOLDER}`;
  if (!/^https?:\/\/[^/]/.test(template)) return 'must start with https:// (or http:// for a loopback address)';
  let url: URL;
  try {
    url = new URL(template.split(PLACEHOLDER).join('subdomain'));
  } catch {
    return 'must be a URL such as https://{subdomain}.sendsmaily.net';
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return 'may use http:// only for a loopback address (localhost, 127.0.0.1, [::1]): over http the Smaily credentials would cross the network in clear before Smaily redirects to https';
  }
  return null;
}

/** The client refuses a template the settings would have refused, whoever built its options. */
export function assertUrlTemplate(template: string): void {
  const problem = urlTemplateProblem(template);
  if (problem) throw new Error(`The Smaily URL template ${problem}`);
}

/**
 * `{template}/api/{endpoint}` with the query, or null when the subdomain is not a normalised Smaily label:
 * whatever type the caller claims, a string that did not pass the parser never reaches the network.
 */
export function buildSmailyUrl(
  template: string,
  subdomain: unknown,
  endpoint: string,
  query: Record<string, string> = {},
): URL | null {
  if (!isSmailySubdomain(subdomain)) return null;
  const base = template.split(PLACEHOLDER).join(subdomain).replace(/\/+$/, '');
  const url = new URL(`${base}/api/${endpoint}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}
