import { NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../paths';

const ITEMS = [
  // 企业信息 stays current while its edit form is open.
  { to: paths.enterprise, label: 'enterprise.subnav.info', also: [paths.enterpriseEdit] },
  { to: paths.enterpriseMessages, label: 'enterprise.subnav.messages', also: [] },
  { to: paths.enterpriseDeclarations, label: 'enterprise.subnav.declarations', also: [] },
  { to: paths.enterpriseChanges, label: 'enterprise.subnav.changes', also: [] },
  { to: paths.enterpriseExpiry, label: 'enterprise.subnav.expiry', also: [] },
] as const;

/** The left menu of 企业信息管理, as in the manual. */
export function EnterpriseSubNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('enterprise.subnavLabel')}>
      {ITEMS.map((item) => {
        const active = pathname === item.to || item.also.some((path: string) => pathname === path);
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
