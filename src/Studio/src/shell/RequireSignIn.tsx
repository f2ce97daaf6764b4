import { Navigate, Outlet, useLocation } from 'react-router';

/** Sends a visitor without a token to the login page, remembering where they were going. */
export function RequireSignIn({ isSignedIn }: { isSignedIn: () => boolean }) {
  const location = useLocation();
  if (!isSignedIn()) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
