import { Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccountPageFrame } from '../../accounts/AccountPageFrame';
import { ChangePhoneDone } from './ChangePhoneDone';
import { ManualCheckForm } from './ManualCheckForm';
import { PhoneCheckForm } from './PhoneCheckForm';

type Way = 'phone' | 'manual';
const WAYS: readonly Way[] = ['phone', 'manual'];
const isWay = (value: string | null): value is Way => value === 'phone' || value === 'manual';

/** 手机号修改: 手机核验 when the old phone is at hand (图5), 人工核验 when it is not (图6). */
export function ChangePhonePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('way');
  const way: Way = isWay(requested) ? requested : 'phone';
  const [done, setDone] = useState<{ way: Way; maskedPhone?: string } | null>(null);

  return (
    <AccountPageFrame title={t('changePhone.title')} lead={t('changePhone.lead')}>
      {done ? (
        <ChangePhoneDone way={done.way} maskedPhone={done.maskedPhone} />
      ) : (
        <Tabs
          value={way}
          onChange={(next) => {
            if (isWay(next)) {
              setSearchParams(
                (current) => {
                  current.set('way', next);
                  return current;
                },
                { replace: true },
              );
            }
          }}
        >
          <Tabs.List grow mb="md">
            {WAYS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`changePhone.way.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="phone">
            <Text size="sm" c="dimmed" mb="md">
              {t('changePhone.phoneLead')}
            </Text>
            <PhoneCheckForm onDone={() => setDone({ way: 'phone' })} />
          </Tabs.Panel>
          <Tabs.Panel value="manual">
            <Text size="sm" c="dimmed" mb="md">
              {t('changePhone.manualLead')}
            </Text>
            <ManualCheckForm onDone={(maskedPhone) => setDone({ way: 'manual', maskedPhone })} />
          </Tabs.Panel>
        </Tabs>
      )}
    </AccountPageFrame>
  );
}
