import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecognitionList_RecognitionFragment } from '../../../__generated__/graphql';

/** The badge beside the heading: 未认定, or 已认定 with each tier held now. */
export function RecognitionStatus({ recognitions }: { recognitions: readonly RecognitionList_RecognitionFragment[] }) {
  const { t } = useTranslation();
  const valid = recognitions.filter((recognition) => recognition.status === 'VALID');
  return (
    <Group gap="xs" aria-label={t('profile.statusLabel')} role="group">
      {valid.length === 0 ? (
        <Badge color="gray" variant="light" size="lg" radius="sm">
          {t('profile.unrecognised')}
        </Badge>
      ) : (
        <>
          <Badge color="green" variant="light" size="lg" radius="sm">
            {t('profile.recognised')}
          </Badge>
          {valid.map((recognition) => (
            <Badge key={recognition.id} variant="light" size="lg" radius="sm">
              {t(`tiers.${recognition.tier}.name`)}
            </Badge>
          ))}
        </>
      )}
    </Group>
  );
}
