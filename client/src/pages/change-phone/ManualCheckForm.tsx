import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginMethod, RequestSmsCodeInput } from '../../__generated__/graphql';
import { useRequestManualVerificationMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { IdentifierField } from '../../accounts/IdentifierField';
import { identifierCheck, normaliseIdentifier } from '../../accounts/identifierCheck';
import { SmsCodeField } from '../../accounts/SmsCodeField';
import { useForm } from '../../accounts/useForm';
import { useIdentifierParams } from '../../accounts/useIdentifierParams';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import type { UserErrorLike } from '../../accounts/userErrors';
import { renameField, splitUserErrors } from '../../accounts/userErrors';
import { normalisePhone, optionalText, phone, smsCode, text } from '../../accounts/validation';
import { DocumentUploader } from './DocumentUploader';
import { useDocumentUploads } from './useDocumentUploads';

const FIELDS = ['identifier', 'enterpriseName', 'contactName', 'newPhone', 'newPhoneCode', 'documentFileIds', 'note'] as const;
const NOTE_MAX = 500;

/** 人工核验 (图6): neither phone nor password is known; documents go to an administrator. */
export function ManualCheckForm({ onDone }: { onDone: (maskedPhone: string) => void }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const initial = useIdentifierParams();
  const [method, setMethod] = useState<LoginMethod>(initial.method);
  const form = useForm({ identifier: initial.identifier, enterpriseName: '', contactName: '', newPhone: '', newPhoneCode: '', documentFileIds: '', note: '' });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const documents = useDocumentUploads();
  const [requestVerification, { loading }] = useRequestManualVerificationMutation();
  const { values } = form;

  const showUserErrors = (userErrors: readonly UserErrorLike[]) => {
    const { fieldErrors, formErrors: rest } = splitUserErrors(userErrors, FIELDS);
    form.setErrors(fieldErrors);
    setFormErrors(rest);
  };

  const prepareSms = (): RequestSmsCodeInput | null =>
    form.validate({ newPhone: phone }, problemMessage) ? { purpose: 'CHANGE_PHONE_NEW', phone: normalisePhone(values.newPhone) } : null;

  const submit = async () => {
    setFormErrors([]);
    const fileIds = documents.uploads.flatMap((upload) => (upload.fileId ? [upload.fileId] : []));
    const documentProblem = documents.uploads.some((upload) => upload.status === 'uploading')
      ? t('manual.stillUploading')
      : fileIds.length === 0
        ? t('manual.noDocuments')
        : undefined;
    const checks = {
      identifier: identifierCheck(method),
      enterpriseName: text(200),
      contactName: text(50),
      newPhone: phone,
      newPhoneCode: smsCode,
      note: optionalText(NOTE_MAX),
    };
    if (!form.validate(checks, problemMessage, { documentFileIds: documentProblem })) return;
    try {
      const { data } = await requestVerification({
        variables: {
          input: {
            loginMethod: method,
            identifier: normaliseIdentifier(method, values.identifier),
            enterpriseName: values.enterpriseName.trim(),
            contactName: values.contactName.trim(),
            newPhone: normalisePhone(values.newPhone),
            newPhoneCode: values.newPhoneCode.trim(),
            documentFileIds: fileIds,
            ...(values.note.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const request = data?.requestManualVerification.request;
      if (request) onDone(request.maskedNewPhone);
      else showUserErrors(data?.requestManualVerification.userErrors ?? []);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        <FormAlert messages={formErrors} />
        <IdentifierField method={method} onMethodChange={setMethod} {...form.field('identifier')} />
        <TextInput label={t('manual.enterpriseName')} withAsterisk autoComplete="organization" {...form.field('enterpriseName')} />
        <TextInput label={t('manual.contactName')} withAsterisk autoComplete="name" {...form.field('contactName')} />
        <TextInput label={t('changePhone.newPhone')} withAsterisk type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={20} {...form.field('newPhone')} />
        <SmsCodeField
          label={t('changePhone.newPhoneCode')}
          {...form.field('newPhoneCode')}
          prepare={prepareSms}
          onUserErrors={(errors) => showUserErrors(renameField(errors, 'phone', 'newPhone'))}
          phone={normalisePhone(values.newPhone) || undefined}
        />
        <DocumentUploader
          uploads={documents.uploads}
          onAdd={(files) => {
            form.setValue('documentFileIds', ''); // clears "no documents yet"
            return documents.add(files);
          }}
          onRemove={documents.remove}
          error={form.errors.documentFileIds}
        />
        <Textarea label={t('manual.note')} description={t('manual.noteHint', { max: NOTE_MAX })} autosize minRows={2} maxLength={NOTE_MAX} {...form.field('note')} />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('manual.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
