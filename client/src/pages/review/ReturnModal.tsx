import { Button, Checkbox, Fieldset, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationFormSections_EligibilityFragment, EvidenceSection_ItemFragment } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { CONTENT_LANGUAGE } from '../../i18n';
import { DECISION_COLOR } from './reviewFormat';
import type { DecisionInput } from './useDecision';

const REASON_MAX = 1000;

interface ReturnModalProps {
  opened: boolean;
  sections: DeclarationFormSections_EligibilityFragment['form'];
  evidenceItems: readonly EvidenceSection_ItemFragment[];
  busy: boolean;
  errors: readonly string[];
  onClose: () => void;
  onConfirm: (input: DecisionInput) => void;
}

/**
 * 退回: the reason (required, the enterprise reads it), and what to change — fields by section
 * and evidence items — which the enterprise's form then marks 需修改.
 */
export function ReturnModal({ opened, sections, evidenceItems, busy, errors, onClose, onConfirm }: ReturnModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [fields, setFields] = useState<string[]>([]);
  const [items, setItems] = useState<string[]>([]);
  const submit = () => {
    if (!reason.trim()) {
      setReasonError(t('review.decision.reasonRequired'));
      return;
    }
    onConfirm({ reason: reason.trim(), fields, evidenceItems: items });
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': t('review.close') }} opened={opened} onClose={onClose} title={t('review.decision.returnTitle')} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <FormAlert messages={errors} />
          <Textarea
            label={t('review.decision.returnReason')}
            description={t('review.decision.returnReasonHint')}
            required
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            error={reasonError}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          />
          <div>
            <Text size="sm" fw={500}>
              {t('review.decision.pinTitle')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('review.decision.pinHint')}
            </Text>
            <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
              <Stack gap="sm">
                {sections.map((section) => (
                  <Fieldset key={section.key} legend={<span lang={CONTENT_LANGUAGE}>{section.title}</span>} variant="filled" p="sm">
                    <Checkbox.Group value={fields} onChange={setFields}>
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
                        {section.fields.map((field) => (
                          <Checkbox key={field.path} value={field.path} label={<span lang={CONTENT_LANGUAGE}>{field.label}</span>} />
                        ))}
                      </SimpleGrid>
                    </Checkbox.Group>
                  </Fieldset>
                ))}
                <Fieldset legend={t('review.decision.pinEvidence')} variant="filled" p="sm">
                  <Checkbox.Group value={items} onChange={setItems}>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
                      {evidenceItems.map((item) => (
                        <Checkbox key={item.key} value={item.key} label={<span lang={CONTENT_LANGUAGE}>{item.label}</span>} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                </Fieldset>
              </Stack>
            </ScrollArea.Autosize>
            <Text size="sm" mt="xs" aria-live="polite">
              {t('review.decision.pinned', { count: fields.length + items.length })}
            </Text>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={DECISION_COLOR.return} loading={busy}>
              {t('review.decision.returnConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
