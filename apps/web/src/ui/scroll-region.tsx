import type { ReactNode } from 'react';
import styles from './scroll-region.module.css';

/** A wide table scrolls sideways on a phone; focusable and named, so the keyboard can scroll it too. */
export function ScrollRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group, not a form's fieldset (which would draw a border).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus so the keyboard can scroll it (WCAG 2.1.1).
    <div className={styles.scroll} tabIndex={0} role="group" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
