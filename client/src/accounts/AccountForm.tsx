import type { ReactNode } from 'react';
import { useRef } from 'react';

/** Inputs marked invalid, and controls such as a picker's button that stand for a field (data-invalid). */
const INVALID = '[aria-invalid="true"], [data-invalid="true"]';

/**
 * A form whose submit handler validates and sends. Afterwards the first field marked invalid
 * (by the client's checks or the server's userErrors) gets the focus, so it is seen and announced.
 */
export function AccountForm({ onSubmit, children }: { onSubmit: () => Promise<void>; children: ReactNode }) {
  const ref = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={ref}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit().then(() =>
          requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(INVALID)?.focus()),
        );
      }}
    >
      {children}
    </form>
  );
}
