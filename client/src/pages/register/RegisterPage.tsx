import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountPageFrame } from '../../accounts/AccountPageFrame';
import { paths } from '../../paths';
import { RegisterForm } from './RegisterForm';

/** 用户注册 (图2). */
export function RegisterPage() {
  const { t } = useTranslation();
  return (
    <AccountPageFrame title={t('register.title')} lead={t('register.lead')} size="md">
      <RegisterForm />
      <Text ta="center" mt="lg">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to={paths.login} underline="always">
          {t('register.toLogin')}
        </Anchor>
      </Text>
    </AccountPageFrame>
  );
}
