/**
 * Whether a request's path means /api, however it is spelled: percent-escapes, doubled slashes, dot segments
 * and letter case are undone first. Only used to choose the shape of an answer (JSON or the app's page) and its
 * caching; who may call a route is decided from the matched route, never from the URL text.
 */
export function isApiPath(rawUrl: string): boolean {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return true; // undecodable: answered as an API error, never as the app's page
  }
  const segments: string[] = [];
  for (const segment of path.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments[0]?.toLowerCase() === 'api';
}
