import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SizeClass } from '../../../__generated__/graphql';
import classes from './SizeClassLine.module.css';

/** The four classes in the standard's order, as the manual prints them. */
const ORDER: readonly SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

interface SizeClassLineProps {
  sizeClass: SizeClass | null;
  /** Whether the enterprise can still fill in what the classification needs. */
  editable: boolean;
}

/** 根据《中小企业划型标准》…企业规模属于 大型 中型 小型 微型, with this enterprise's class marked. */
export function SizeClassLine({ sizeClass, editable }: SizeClassLineProps) {
  const { t } = useTranslation();
  return (
    <div>
      <div className={classes.line}>
        <Text span>{t('sizeClass.basis')}</Text>
        <ul className={classes.classes} aria-label={t('sizeClass.listLabel')}>
          {ORDER.map((option) => {
            const current = option === sizeClass;
            return (
              <li key={option} aria-current={current ? 'true' : undefined}>
                <Badge size="lg" radius="sm" variant={current ? 'filled' : 'default'} className={current ? undefined : classes.other}>
                  {t(`sizeClass.${option}`)}
                  {current && <VisuallyHidden>{t('sizeClass.current')}</VisuallyHidden>}
                </Badge>
              </li>
            );
          })}
        </ul>
      </div>
      {!sizeClass && (
        <Text size="sm" mt="xs">
          {t(editable ? 'sizeClass.pending' : 'sizeClass.pendingLocked')}
        </Text>
      )}
    </div>
  );
}
