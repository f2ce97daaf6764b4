import type { ReactNode } from 'react';
import UserAddOutlined from '@ant-design/icons/es/icons/UserAddOutlined';
import SafetyCertificateOutlined from '@ant-design/icons/es/icons/SafetyCertificateOutlined';
import PauseCircleOutlined from '@ant-design/icons/es/icons/PauseCircleOutlined';
import type { ApplicationType } from './types';

/** The three online services, in the order the official 掌上办 lists them. */
export const services: { type: ApplicationType; icon: ReactNode; color: string }[] = [
  { type: 'NewEnrollment', icon: <UserAddOutlined />, color: '#1d5fa8' },
  { type: 'Resumption', icon: <SafetyCertificateOutlined />, color: '#16a34a' },
  { type: 'Suspension', icon: <PauseCircleOutlined />, color: '#d97706' },
];
