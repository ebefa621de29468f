import { Button, Group, NativeSelect, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { NATIONAL_REGION_CODE } from '@zjtx/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageCategory, SendEnterpriseNoticeMutation } from '../../__generated__/graphql';
import { useNoticeRegionsQuery, useSendEnterpriseNoticeMutation } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { useForm } from '../../accounts/useForm';
import { splitUserErrors } from '../../accounts/userErrors';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { text } from '../../accounts/validation';
import { newIdempotencyKey } from './idempotencyKey';
import type { OfficeAccount } from './OfficePageFrame';
import { NoticeSent } from './NoticeSent';
import { RecipientRegionPicker } from './RecipientRegionPicker';

/** What offices may send; review results and recognitions come from the processes themselves. */
const CATEGORIES: readonly MessageCategory[] = ['DECLARATION_REMINDER', 'INFO_UPDATE', 'SYSTEM'];

const FIELDS = ['category', 'title', 'body', 'link', 'regionCode'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { category: 'DECLARATION_REMINDER', title: '', body: '', link: '', regionCode: '' };

export type SentNotice = SendEnterpriseNoticeMutation['sendEnterpriseNotice'];

/** A portal path, as the server requires: starts with one "/". */
const isPortalPath = (link: string) => link.startsWith('/') && !link.startsWith('//');

/** 类别, 标题, 正文, 链接 and the recipients: the whole jurisdiction or a region inside it. */
export function SendNoticeForm({ office }: { office: OfficeAccount }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const form = useForm<Field>(EMPTY);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [scope, setScope] = useState<'all' | 'region'>('all');
  const [region, setRegion] = useState<[string, string]>(['', '']);
  const [childHasChildren, setChildHasChildren] = useState(false);
  const [sent, setSent] = useState<SentNotice | null>(null);
  // One key per form: a double click or a retry after a lost answer sends once.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [send, { loading }] = useSendEnterpriseNoticeMutation();
  // A second click before the first answer is not sent at all (the key would make it harmless,
  // but its "sent before" answer could arrive last and hide the first one's result).
  const inFlight = useRef(false);
  const officeRegion = office.regionCode && office.regionCode !== NATIONAL_REGION_CODE ? office.regionCode : null;
  const { data: subRegions } = useNoticeRegionsQuery({ variables: { parentCode: officeRegion } });
  const hasSubRegions = (subRegions?.regions.length ?? 0) > 0;
  const regionCode = scope === 'region' ? region[1] || region[0] : '';

  const submit = async () => {
    if (inFlight.current) return;
    setFormErrors([]);
    const link = form.values.link.trim();
    const extra: Partial<Record<Field, string>> = {};
    if (link && !isPortalPath(link)) extra.link = t('notice.linkInvalid');
    if (scope === 'region' && !regionCode) extra.regionCode = t('notice.regionRequired');
    if (!form.validate({ title: text(200), body: text(5000) }, problemMessage, extra)) return;
    inFlight.current = true;
    try {
      const { data } = await send({
        variables: {
          input: {
            category: form.values.category as MessageCategory,
            title: form.values.title.trim(),
            body: form.values.body.trim(),
            link: link || null,
            regionCode: regionCode || null,
            idempotencyKey,
          },
        },
      });
      const payload = data?.sendEnterpriseNotice;
      if (payload?.notice) {
        setSent(payload);
        return;
      }
      const { fieldErrors, formErrors: others } = splitUserErrors(payload?.userErrors ?? [], FIELDS);
      form.setErrors(fieldErrors);
      setFormErrors(others.length || Object.keys(fieldErrors).length ? others : [t('form.networkError')]);
    } catch {
      // The answer was lost, not necessarily the notice: sending again with the same key is safe.
      setFormErrors([t('notice.networkError')]);
    } finally {
      inFlight.current = false;
    }
  };

  if (sent?.notice) {
    return (
      <NoticeSent
        sent={sent}
        onAnother={() => {
          form.replaceValues(EMPTY);
          setScope('all');
          setRegion(['', '']);
          setIdempotencyKey(newIdempotencyKey());
          setSent(null);
        }}
      />
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <NativeSelect label={t('notice.category')} required rightSectionProps={{ 'aria-hidden': true }} {...form.field('category')}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`messageCategory.${category}`)}
            </option>
          ))}
        </NativeSelect>
        <TextInput label={t('notice.title')} required maxLength={200} {...form.field('title')} />
        <Textarea label={t('notice.body')} required autosize minRows={6} maxRows={20} maxLength={5000} {...form.field('body')} />
        <TextInput label={t('notice.link')} description={t('notice.linkHint')} placeholder="/declarations" {...form.field('link')} />
        <Radio.Group label={t('notice.recipients')} value={scope} onChange={(value) => setScope(value === 'region' ? 'region' : 'all')}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={t('notice.wholeJurisdiction')} />
            <Radio value="region" label={t('notice.inRegion')} disabled={!hasSubRegions} description={hasSubRegions ? undefined : t('notice.noSubRegions')} />
          </Stack>
        </Radio.Group>
        {scope === 'region' && (
          <RecipientRegionPicker
            officeRegion={officeRegion}
            value={region}
            onChange={(value) => {
              setRegion(value);
              form.setErrors({ ...form.errors, regionCode: undefined });
            }}
            childHasChildren={childHasChildren}
            onChildHasChildren={setChildHasChildren}
            error={form.errors.regionCode}
          />
        )}
        <FormAlert messages={formErrors} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('notice.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
