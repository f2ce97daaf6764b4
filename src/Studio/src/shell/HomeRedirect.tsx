import { Navigate } from 'react-router';
import Spin from 'antd/es/spin';
import type { Me } from '../api/types';
import { useMe } from './useMe';

/** Applicants work on their phones (掌上办, /m); anyone who also reviews or administers keeps the Studio. */
export function isApplicantOnly(me: Pick<Me, 'roles'> | undefined): boolean {
  return !!me && me.roles.includes('applicant') && !me.roles.some((r) => r === 'reviewer' || r === 'admin');
}

/** Where "/" and a fresh sign-in land: the applicant's mobile home or the reviewer's inbox. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isLoading) return <Spin fullscreen />;
  return <Navigate to={isApplicantOnly(me.data) ? '/m' : '/tasks'} replace />;
}
