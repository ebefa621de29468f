import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationBasicInfo_EnterpriseFragment, Tier } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { paths } from '../../paths';
import { useLevelText } from '../assessment/LevelText';
import { regionFullName } from './declarationFormat';
import classes from './DeclarationForm.module.css';

interface BasicInfoSectionProps {
  enterprise: DeclarationBasicInfo_EnterpriseFragment;
  tier: Tier;
  digitalLevel: number | null;
  year: number;
  /** On the form: say where to change it and offer 去自评. */
  editing: boolean;
}

/** 企业基本情况 of the declaration, read-only from the profile, and the digital level from the latest complete assessment. */
export function BasicInfoSection({ enterprise, tier, digitalLevel, year, editing }: BasicInfoSectionProps) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const needsAssessment = tier !== 'INNOVATIVE';
  const rows: [string, ReactNode][] = [
    [t('declaration.basic.name'), <span lang={CONTENT_LANGUAGE}>{enterprise.name}</span>],
    [t('declaration.basic.uscc'), enterprise.uscc],
    [t('declaration.basic.region'), <span lang={CONTENT_LANGUAGE}>{regionFullName(enterprise.registeredRegion) ?? t('declaration.basic.missing')}</span>],
    [t('declaration.basic.industry'), enterprise.industry ? <span lang={CONTENT_LANGUAGE}>{`${enterprise.industry.code} ${enterprise.industry.name}`}</span> : t('declaration.basic.missing')],
    [t('declaration.basic.legalRepresentative'), enterprise.legalRepresentative ? <span lang={CONTENT_LANGUAGE}>{enterprise.legalRepresentative}</span> : t('declaration.basic.missing')],
    [t('declaration.basic.year'), t('declaration.basic.yearValue', { year, last: year - 1 })],
    [
      t('declaration.basic.digitalLevel'),
      digitalLevel ? (
        <Group gap="xs">
          <span>{levelText(digitalLevel)}</span>
          <Text span size="xs" c="dimmed">
            {t('declaration.basic.digitalLevelSource')}
          </Text>
        </Group>
      ) : (
        <Group gap="xs">
          <Text span size="sm" c={needsAssessment ? 'red.9' : undefined}>
            {needsAssessment ? t('declaration.basic.assessmentRequired') : t('declaration.basic.noAssessment')}
          </Text>
          {editing && (
            <Anchor component={Link} to={paths.assessment} size="sm" id="assessment-link">
              {t('declaration.basic.goAssess')}
            </Anchor>
          )}
        </Group>
      ),
    ],
  ];
  return (
    <Paper component="section" aria-labelledby="section-basic" withBorder radius="md" p="lg" id="section-basic-info" className={classes.target}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id="section-basic">
          {t('declaration.basic.title')}
        </Title>
        {editing && (
          <Anchor component={Link} to={paths.enterprise} size="sm">
            {t('declaration.basic.changeWhere')}
          </Anchor>
        )}
      </Group>
      <Table withTableBorder withColumnBorders aria-labelledby="section-basic">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="30%" bg="var(--mantine-color-gray-0)">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
