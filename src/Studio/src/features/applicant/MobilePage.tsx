import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import Button from 'antd/es/button';
import HomeOutlined from '@ant-design/icons/es/icons/HomeOutlined';
import FormOutlined from '@ant-design/icons/es/icons/FormOutlined';
import FileSearchOutlined from '@ant-design/icons/es/icons/FileSearchOutlined';
import UserOutlined from '@ant-design/icons/es/icons/UserOutlined';
import LeftOutlined from '@ant-design/icons/es/icons/LeftOutlined';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n';
import { isChinese } from '../../i18n/language';

export type Tab = 'home' | 'apply' | 'query' | 'mine';

/** Characters past which a title is set smaller: about one line of the header at 17 px on a 390 px phone. */
const longTitle = 16;

const tabs: { key: Tab; to: string; icon: ReactNode }[] = [
  { key: 'home', to: '/m', icon: <HomeOutlined /> },
  { key: 'apply', to: '/m/apply', icon: <FormOutlined /> },
  { key: 'query', to: '/m/query', icon: <FileSearchOutlined /> },
  { key: 'mine', to: '/m/mine', icon: <UserOutlined /> },
];

interface Props {
  title: string;
  /** A tab page shows the tab bar; any other page shows a back arrow instead, as mini programs do. */
  tab?: Tab;
  backTo?: string;
  /** A bar of buttons fixed at the bottom (the step form's 上一步 / 下一步). */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function MobilePage({ title, tab, backTo, actions, children, testId }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const zh = isChinese(i18n.language);

  return (
    <>
      <header className="m-header">
        <div className="m-header-side">
          {!tab && (
            <Button
              type="text"
              icon={<LeftOutlined />}
              aria-label={t('applicant.shell.back')}
              data-testid="m-back"
              onClick={() => (backTo ? navigate(backTo) : window.history.length > 1 ? navigate(-1) : navigate('/m'))}
            />
          )}
        </div>
        <h1 className={`m-header-title${title.length > longTitle ? ' long' : ''}`} style={{ margin: 0 }} data-testid="m-title">
          {title}
        </h1>
        <div className="m-header-side end">
          <Button
            type="text"
            size="small"
            aria-label={t('applicant.shell.switchLanguage')}
            data-testid="m-language"
            onClick={() => setLanguage(zh ? 'en' : 'zh-CN')}
          >
            {zh ? 'EN' : '中文'}
          </Button>
        </div>
      </header>
      <main className={`m-main${tab ? ' with-tabs' : ''}${actions ? ' with-actions' : ''}`} data-testid={testId}>
        {children}
      </main>
      {actions && <div className="m-actions">{actions}</div>}
      {tab && (
        <nav className="m-tabbar" aria-label={t('applicant.shell.tabs')}>
          {tabs.map((item) => (
            <NavLink
              key={item.key}
              to={item.to}
              end
              className={`m-tab${item.key === tab ? ' active' : ''}`}
              aria-current={item.key === tab ? 'page' : undefined}
              data-testid={`m-tab-${item.key}`}
            >
              {item.icon}
              <span>{t(`applicant.tabs.${item.key}`)}</span>
            </NavLink>
          ))}
        </nav>
      )}
    </>
  );
}
