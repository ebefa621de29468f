import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationRecord_DeclarationFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { isEditable, levelKey, STATUS_COLOR, statusKey, tierKey } from './declarationFormat';
import { PdfDownloadButton } from './PdfDownloadButton';

/** 申报记录: tier, batch, status, the level reviewing it now, when submitted; 详情, 编辑 while editable. */
export function DeclarationRecordsTable({ declarations }: { declarations: readonly DeclarationRecord_DeclarationFragment[] }) {
  const { t } = useTranslation();
  if (declarations.length === 0) return <Text c="dimmed">{t('declaration.records.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-labelledby="declaration-records-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('declaration.records.tier')}</Table.Th>
            <Table.Th scope="col">{t('declaration.records.window')}</Table.Th>
            <Table.Th scope="col">{t('declaration.records.status')}</Table.Th>
            <Table.Th scope="col">{t('declaration.records.level')}</Table.Th>
            <Table.Th scope="col">{t('declaration.records.submittedAt')}</Table.Th>
            <Table.Th scope="col">{t('declaration.records.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {declarations.map((declaration) => {
            const batch = declaration.window?.name ?? t(tierKey(declaration.tier));
            return (
              <Table.Tr key={declaration.id}>
                <Table.Td>{t(tierKey(declaration.tier))}</Table.Td>
                <Table.Td lang={CONTENT_LANGUAGE}>{declaration.window?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[declaration.status]} variant="light">
                    {t(statusKey(declaration.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>{declaration.currentReviewLevel ? t(levelKey(declaration.currentReviewLevel)) : '—'}</Table.Td>
                <Table.Td>{declaration.submittedAt ? formatDateTime(declaration.submittedAt) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Anchor component={Link} to={paths.declaration(declaration.id)} aria-label={t('declaration.records.detailLabel', { batch })}>
                      {t('declaration.records.detail')}
                    </Anchor>
                    {/* 修改 a returned declaration, as the manual names it; 编辑 a draft. */}
                    {isEditable(declaration.status) && (
                      <Anchor
                        component={Link}
                        to={paths.declarationEdit(declaration.id)}
                        aria-label={t(declaration.status === 'RETURNED' ? 'declaration.records.reviseLabel' : 'declaration.records.editLabel', { batch })}
                      >
                        {t(declaration.status === 'RETURNED' ? 'declaration.records.revise' : 'declaration.records.edit')}
                      </Anchor>
                    )}
                    <PdfDownloadButton declarationId={declaration.id} asLink label={t('declaration.records.downloadLabel', { batch })} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
