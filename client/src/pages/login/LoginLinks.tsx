import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';

/** 注册 · 忘记密码 · 手机号修改, under the sign-in form as on the original platform (图3). */
export function LoginLinks() {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="lg">
      <Anchor component={Link} to={paths.register}>
        {t('login.register')}
      </Anchor>
      <Group gap="lg">
        <Anchor component={Link} to={paths.forgotPassword}>
          {t('login.forgotPassword')}
        </Anchor>
        <Anchor component={Link} to={paths.changePhone}>
          {t('login.changePhone')}
        </Anchor>
      </Group>
    </Group>
  );
}
