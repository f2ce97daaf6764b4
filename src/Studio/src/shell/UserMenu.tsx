import Dropdown from 'antd/es/dropdown';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Avatar from 'antd/es/avatar';
import type { MenuProps } from 'antd/es/menu';
import { useTranslation } from 'react-i18next';
import { client } from '../api/api';
import { setLanguage, type Language } from '../i18n';
import { useMe } from './useMe';

/** Display name and roles, the language switch and sign-out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const name = me.data?.displayName || me.data?.userName || '…';

  const items: MenuProps['items'] = [
    {
      key: 'roles',
      type: 'group',
      label: t('user.roles'),
      children: [
        {
          key: 'role-list',
          disabled: true,
          label: (
            <Space size={4} wrap>
              {(me.data?.roles ?? []).map((role) => (
                <Tag key={role}>{t(`role.${role}`, { defaultValue: role })}</Tag>
              ))}
            </Space>
          ),
        },
      ],
    },
    { type: 'divider' },
    // The languages sit in the menu itself, not in a flyout: at the window's right edge a flyout opens over the page
    // (the modeler's properties panel), and while it animates closed it lets clicks through to what lies beneath.
    {
      key: 'language',
      type: 'group',
      label: t('user.language'),
      children: [
        { key: 'lang:zh-CN', label: '中文（简体）' },
        { key: 'lang:en', label: 'English' },
      ],
    },
    { type: 'divider' },
    { key: 'signOut', label: t('user.signOut'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) setLanguage(key.slice(5) as Language);
    else if (key === 'signOut') void client.logout();
  };

  return (
    <Dropdown menu={{ items, onClick, selectable: true, selectedKeys: [`lang:${i18n.language}`] }} trigger={['click']}>
      <Space className="studio-user" data-testid="user-menu">
        <Avatar size="small">{name.charAt(0)}</Avatar>
        <span>{name}</span>
      </Space>
    </Dropdown>
  );
}
