import { NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../paths';

const ITEMS = [
  // 企业信息 stays current while its edit form is open.
  { to: paths.enterprise, label: 'enterprise.subnav.info', also: [paths.enterpriseEdit], below: false },
  // 我的消息 stays current on a message and on 消息接收设置.
  { to: paths.enterpriseMessages, label: 'enterprise.subnav.messages', also: [], below: true },
  { to: paths.enterpriseDeclarations, label: 'enterprise.subnav.declarations', also: [], below: false },
  { to: paths.enterpriseChanges, label: 'enterprise.subnav.changes', also: [], below: false },
  { to: paths.enterpriseExpiry, label: 'enterprise.subnav.expiry', also: [], below: false },
] as const;

/** The left menu of 企业信息管理, as in the manual. */
export function EnterpriseSubNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('enterprise.subnavLabel')}>
      {ITEMS.map((item) => {
        const active = pathname === item.to || item.also.some((path: string) => pathname === path) || (item.below && pathname.startsWith(`${item.to}/`));
        return (
          <MantineNavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="filled"
          />
        );
      })}
    </nav>
  );
}
