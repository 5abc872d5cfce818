import { isSmailySubdomain } from '../../shared/smaily-address';

const PLACEHOLDER = '{subdomain}';

/** The operator's SMAILY_URL_TEMPLATE must name where the subdomain goes and speak HTTP(S). */
export function assertUrlTemplate(template: string): void {
  if (!template.includes(PLACEHOLDER)) throw new Error(`The Smaily URL template must contain ${PLACEHOLDER}`);
  if (!/^https?:\/\/[^/]/.test(template))
    throw new Error('The Smaily URL template must start with https:// or http://');
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
