/** Element ids the submit problems link to: a form field, a preview row, an evidence item. */
export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;
export const conditionId = (key: string) => `condition-${key}`;
export const indicatorId = (key: string) => `indicator-${key}`;
export const evidenceId = (item: string) => `evidence-${item}`;

/** Scrolls an element into view and moves the focus there (to its first input, if it holds one). */
export function goToElement(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  // Not a file button's hidden input, which cannot take the focus.
  const focusable = 'input:not([type=file]):not([type=hidden]), textarea, select, button:not([disabled])';
  const target = element.matches(focusable) ? element : (element.querySelector<HTMLElement>(focusable) ?? element);
  target.focus({ preventScroll: true });
}
