import type { ReactNode } from 'react';
import styles from './decision-text.module.css';

/** A decision's text as plain text, set as the Office's texts are, in the language it was drafted in. */
export function DecisionText({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <pre className={[styles.text, 'office-text', className].filter(Boolean).join(' ')} lang="en">
      {children}
    </pre>
  );
}
