import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session_AccountFragment } from '../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../i18n';
import { paths } from '../paths';
import { useSession } from '../session/useSession';

/** The signed-in account's name in the header, opening 用户中心 and 退出登录. */
export function AccountMenu({ account }: { account: Session_AccountFragment }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="white" size="xs" aria-label={t('nav.accountMenu', { name: account.displayName })}>
          <span lang={CONTENT_LANGUAGE}>{account.displayName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={paths.userCentre}>
          {t('nav.userCentre')}
        </Menu.Item>
        {account.accountType === 'OFFICE' && (
          <>
            <Menu.Item component={Link} to={paths.reviews}>
              {t('nav.reviews')}
            </Menu.Item>
            <Menu.Item component={Link} to={paths.publishAnnouncement}>
              {t('nav.publishAnnouncement')}
            </Menu.Item>
            <Menu.Item component={Link} to={paths.sendNotice}>
              {t('nav.sendNotice')}
            </Menu.Item>
          </>
        )}
        {account.accountType === 'ADMIN' && (
          <Menu.Item component={Link} to={paths.manualVerifications}>
            {t('nav.manualVerifications')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            // Leave first, so the page being left never flashes its "please sign in" state.
            void Promise.resolve(navigate(paths.home)).then(signOut);
          }}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
