import { Navigate, useLocation } from 'react-router';

/** An address that moved: bookmarks and links in old log entries land on the new one, with their filters. */
export function MovedPage({ to }: { to: string }) {
  const { search, hash } = useLocation();
  return <Navigate to={`${to}${search}${hash}`} replace />;
}
