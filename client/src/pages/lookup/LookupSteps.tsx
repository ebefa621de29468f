import { useTranslation } from 'react-i18next';
import classes from './LookupSteps.module.css';

/** 1 填写查询条件 → 2 查看查询结果, the current one marked. */
export function LookupSteps({ current }: { current: 1 | 2 }) {
  const { t } = useTranslation();
  const steps = [t('lookupPage.step1'), t('lookupPage.step2')];
  return (
    <ol className={classes.steps} aria-label={t('lookupPage.stepsLabel')}>
      {steps.map((label, index) => {
        const active = index + 1 === current;
        return (
          <li key={label} className={classes.step} data-active={active || undefined} aria-current={active ? 'step' : undefined}>
            <span className={classes.number} aria-hidden="true">
              {index + 1}
            </span>
            {label}
          </li>
        );
      })}
    </ol>
  );
}
