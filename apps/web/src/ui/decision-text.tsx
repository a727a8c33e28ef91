import type { ReactNode } from 'react';
import styles from './decision-text.module.css';

/**
 * The language the Office drafted its texts in, which they keep whatever the interface's: every
 * document so far is an English original (versions in French and Spanish come with issue 21).
 */
export const DRAFTING_LANGUAGE = 'en';

/** A decision's text as plain text, set as the Office's texts are, in the language it was drafted in. */
export function DecisionText({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <pre className={[styles.text, 'office-text', className].filter(Boolean).join(' ')} lang={DRAFTING_LANGUAGE}>
      {children}
    </pre>
  );
}
