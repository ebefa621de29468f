import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

/**
 * Scrolls an element into view when it appears or `key` changes: a problem reported at the top of
 * a long form must not stay out of sight of someone who pressed the button at the bottom.
 */
export function useRevealOnChange<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [key]);
  return ref;
}
