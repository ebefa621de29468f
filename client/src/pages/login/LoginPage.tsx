import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoginMethod } from '../../__generated__/graphql';
import { AccountPageFrame } from '../../accounts/AccountPageFrame';
import { isLoginMethod } from '../../accounts/LoginMethodSwitch';
import { LoginForm } from './LoginForm';
import { LoginLinks } from './LoginLinks';

const METHODS: readonly LoginMethod[] = ['LOGIN_NAME', 'USCC'];

/** 登录: by login name or by USCC (legal persons), as on the original platform's sign-in page (图3). */
export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('method') ?? '';
  const method: LoginMethod = isLoginMethod(requested) ? requested : 'LOGIN_NAME';
  return (
    <AccountPageFrame title={t('login.title')} lead={t('login.lead')}>
      <Tabs
        value={method}
        onChange={(next) => {
          if (next && isLoginMethod(next)) {
            setSearchParams(
              (current) => {
                current.set('method', next);
                return current;
              },
              { replace: true },
            );
          }
        }}
      >
        <Tabs.List grow mb="lg">
          {METHODS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`login.tab.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {METHODS.map((value) => (
          <Tabs.Panel key={value} value={value}>
            {/* The recovery links of 注册 arrive with ?method=USCC&identifier=<the USCC>. */}
            <LoginForm method={value} initialIdentifier={value === method ? (searchParams.get('identifier') ?? '') : ''} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <LoginLinks />
    </AccountPageFrame>
  );
}
