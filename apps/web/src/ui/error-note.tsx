import type { NearMiss } from '@gbdw/drafting';
import { useEffect, useRef } from 'react';
import { ApiFailure } from '../api/client';
import { isVersionConflict } from '../api/errors';
import { useT } from '../i18n/translate';
import { DRAFTING_LANGUAGE } from './decision-text';
import { refusedFields } from './field-error';
import styles from './notice.module.css';

/**
 * What went wrong, next to the action, in the reader's words for the API's code; with the near
 * misses of a quote not found, and the fields to correct but those the form says beside themselves
 * (`placed`, by the API's names). Brought into view when it appears: on a phone the form's end may be below the fold.
 */
export function ErrorNote({ error, placed = [] }: { error: unknown; placed?: string[] }) {
  const { t, tState, tEvent, tError, tName } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const body = error instanceof ApiFailure ? error.body : null;
  const d = body?.details as { seenState?: string; state?: string; event?: string } | undefined;
  if (body && isVersionConflict(body.code) && d?.seenState) {
    // Someone acted first: what changed, and that the page now shows it; not the server's words.
    const [seen, now] = [d.seenState, d.state ?? d.seenState].map((s) => tState(s));
    return (
      <div className={styles.error} role="alert" ref={box}>
        <p>
          <strong>{t('error.actedFirst')}</strong> {seen === now ? t('error.actedFirstSameState', { state: now }) : t('error.actedFirstChanged', { seen, now })}
        </p>
        <p>{t('error.actedFirstNext', { event: tEvent(d.event ?? '') })}</p>
      </div>
    );
  }
  const near = (body?.details?.nearMisses as NearMiss[] | undefined) ?? [];
  const { fields, rules } = refusedFields(error);
  return (
    <div className={styles.error} role="alert" ref={box}>
      <p>{body ? tError(body.code, body.message) : t('error.network')}</p>
      {Object.entries(fields)
        .filter(([f]) => !placed.includes(f))
        .map(([f, m]) => {
          const label = tName('field', f);
          const rule = rules[f] ? tName('rule', rules[f]) : undefined;
          return <p key={f}>{t('error.field', { field: label, problem: rule && rule !== rules[f] ? rule : m.join('; ') })}</p>;
        })}
      {near.length > 0 && (
        <>
          <p>{t('error.nearMisses')}</p>
          <ul>
            {near.map((n, i) => (
              <li key={i}>
                <q lang={DRAFTING_LANGUAGE}>{n.found}</q> —{' '}
                {n.kinds ? n.kinds.map((k) => t(`nearMiss.${k}`, { word: n.found })).join(', ') : n.differences.join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
