import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationKind } from '../../__generated__/graphql';

const KINDS: readonly RegistrationKind[] = ['LEGAL_PERSON', 'NATURAL_PERSON'];
const isKind = (value: string): value is RegistrationKind => KINDS.some((kind) => kind === value);

/** 法人 or 自然人: only legal-person accounts may declare, which the choice says up front. */
export function KindChooser({ value, onChange }: { value: RegistrationKind; onChange: (kind: RegistrationKind) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('register.kindLabel')}
      description={t('register.kindHint')}
      value={value}
      onChange={(next) => {
        if (isKind(next)) onChange(next);
      }}
      withAsterisk
    >
      <Group mt="xs" gap="xl">
        {KINDS.map((kind) => (
          <Radio key={kind} value={kind} label={t(`register.kind.${kind}`)} description={t(`register.kindDescription.${kind}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
