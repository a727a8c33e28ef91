import type { ReactNode } from 'react';
import styles from './decision-text.module.css';

/**
 * The language the Office drafted its texts in, which they keep whatever the interface's: every
 * document so far is an English original. A decision's French and Spanish versions (issue 21) are
 * shown with their own language (`lang`), see features/decisions/reading-language.ts.
 */
export const DRAFTING_LANGUAGE = 'en';

/** A decision's text as plain text, set as the Office's texts are, in the language it is in (the original's where not said). */
export function DecisionText({ className, lang = DRAFTING_LANGUAGE, children }: { className?: string; lang?: string; children: ReactNode }) {
  return (
    <pre className={[styles.text, 'office-text', className].filter(Boolean).join(' ')} lang={lang}>
      {children}
    </pre>
  );
}
