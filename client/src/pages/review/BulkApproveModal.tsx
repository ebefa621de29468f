import { Button, Group, List, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApproveDeclarationsMutation, ReviewQueueRow_ItemFragment } from '../../__generated__/graphql';
import { useApproveDeclarationsMutation } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { CONTENT_LANGUAGE } from '../../i18n';
import { DECISION_COLOR, finalLevelOf, publicityBounds } from './reviewFormat';

type Results = ApproveDeclarationsMutation['approveDeclarations'];

interface BulkApproveModalProps {
  /** The declarations chosen; the modal is open while this is not null. */
  items: readonly ReviewQueueRow_ItemFragment[] | null;
  /** Closed; `decided` when some were approved (the queue then reloads and the choice is cleared). */
  onClose: (decided: boolean) => void;
}

/**
 * 批量通过: a comment for all, and — when one of them ends its chain here — the 公示's last day;
 * then each declaration's result (approved, or why not), since the server decides each on its own.
 */
export function BulkApproveModal({ items, onClose }: BulkApproveModalProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [publicityEndsOn, setPublicityEndsOn] = useState(() => publicityBounds().suggested);
  const [errors, setErrors] = useState<string[]>([]);
  const [results, setResults] = useState<Results | null>(null);
  const [approve, { loading }] = useApproveDeclarationsMutation();
  const inFlight = useRef(false);
  // Keep showing the list while the modal animates closed.
  const [shown, setShown] = useState(items);
  if (items && items !== shown) setShown(items);
  const list = shown ?? [];
  const bounds = publicityBounds();
  const needsPublicity = list.some((item) => item.declaration.currentReviewLevel === finalLevelOf(item.declaration.tier));

  const close = () => {
    const decided = (results?.approvedCount ?? 0) > 0;
    setComment('');
    setErrors([]);
    setResults(null);
    onClose(decided);
  };

  const submit = async () => {
    if (inFlight.current) return;
    setErrors([]);
    if (needsPublicity && (publicityEndsOn < bounds.min || publicityEndsOn > bounds.max)) {
      setErrors([t('review.decision.publicityRange', bounds)]);
      return;
    }
    inFlight.current = true;
    try {
      const { data } = await approve({
        variables: {
          input: { declarations: list.map((item) => ({ declarationId: item.declaration.id, versionNumber: item.versionNumber })), comment: comment.trim() || null, publicityEndsOn: needsPublicity ? publicityEndsOn : null },
        },
      });
      if (data) setResults(data.approveDeclarations);
      else setErrors([t('review.decision.networkError')]);
    } catch {
      setErrors([t('review.decision.networkError')]);
    } finally {
      inFlight.current = false;
    }
  };

  const nameOf = (id: string) => list.find((item) => item.declaration.id === id)?.enterpriseName ?? id;
  return (
    <Modal closeButtonProps={{ 'aria-label': t('review.close') }} opened={items !== null} onClose={close} title={t('review.bulk.title')} size="lg">
      {results ? (
        <Stack gap="md">
          <Text role="status">{t('review.bulk.done', { approved: results.approvedCount, count: results.results.length })}</Text>
          <Table withTableBorder aria-label={t('review.bulk.resultsLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('review.table.enterprise')}</Table.Th>
                <Table.Th scope="col">{t('review.bulk.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.results.map((result) => (
                <Table.Tr key={result.declarationId}>
                  <Table.Td lang={CONTENT_LANGUAGE}>{nameOf(result.declarationId)}</Table.Td>
                  <Table.Td>
                    {result.userErrors.length === 0 ? (
                      <Text span size="sm" c="green.9" fw={600}>
                        {t('review.bulk.approved')}
                      </Text>
                    ) : (
                      <Text span size="sm" c="red.9">
                        {t('review.bulk.failed')}
                        <span lang={CONTENT_LANGUAGE}>{result.userErrors.map((error) => error.message).join(' ')}</span>
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button onClick={close}>{t('review.bulk.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <FormAlert messages={errors} />
            <Text size="sm">{t('review.bulk.body', { count: list.length })}</Text>
            <List size="sm" spacing={2}>
              {list.map((item) => (
                <List.Item key={item.declaration.id} lang={CONTENT_LANGUAGE}>
                  {item.enterpriseName}
                </List.Item>
              ))}
            </List>
            <Textarea label={t('review.decision.comment')} description={t('review.decision.commentHint')} autosize minRows={2} maxLength={1000} value={comment} onChange={(event) => setComment(event.currentTarget.value)} />
            {needsPublicity && (
              <TextInput
                type="date"
                required
                label={t('review.decision.publicityEnd')}
                description={t('review.bulk.publicityHint')}
                min={bounds.min}
                max={bounds.max}
                value={publicityEndsOn}
                onChange={(event) => setPublicityEndsOn(event.currentTarget.value)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" color={DECISION_COLOR.approve} loading={loading}>
                {t('review.bulk.confirm', { count: list.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
