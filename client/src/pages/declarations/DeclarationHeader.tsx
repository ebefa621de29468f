import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationStatus, Tier } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { formTitleKey, STATUS_COLOR, statusKey, tierKey } from './declarationFormat';

interface DeclarationHeaderProps {
  tier: Tier;
  status: DeclarationStatus;
  windowName: string | null;
  closesAt: string | null;
  ruleSet: { name: string; source: string };
}

/** The form's name (自评表 / 申报表 / 申请书), its batch, the rule set it is judged by, and its status. */
export function DeclarationHeader({ tier, status, windowName, closesAt, ruleSet }: DeclarationHeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Anchor component={Link} to={paths.enterpriseDeclarations} size="sm">
        {t('declaration.backToRecords')}
      </Anchor>
      <Title order={1}>{t(formTitleKey(tier))}</Title>
      <Group gap="sm">
        <Badge variant="light" color="govBlue">
          {t(tierKey(tier))}
        </Badge>
        <Badge variant="light" color={STATUS_COLOR[status]}>
          {t(statusKey(status))}
        </Badge>
        {windowName && (
          <Text fw={600} lang={CONTENT_LANGUAGE}>
            {windowName}
          </Text>
        )}
        {closesAt && (
          <Text size="sm" c="dimmed">
            {t('declaration.closesAt', { date: formatDateTime(closesAt) })}
          </Text>
        )}
      </Group>
      <Text size="sm">
        {t('declaration.ruleSet')}
        <Text span lang={CONTENT_LANGUAGE}>
          {ruleSet.name}（{ruleSet.source}）
        </Text>
      </Text>
    </Stack>
  );
}
