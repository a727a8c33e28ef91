import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { ForRole } from '../../ui/for-role';
import form from '../../ui/form.module.css';
import { When } from '../../ui/when';
import { documentQueries } from '../documents/documents.queries';
import { memberQueries } from '../members/members.queries';
import type { AuditFilter } from './audit.keys';
import { auditQueries, PAGE } from './audit.queries';
import { AuditEventLine } from './audit-event-line';
import styles from './audit-page.module.css';

const FILTERS = ['documentId', 'category', 'event', 'actorGroup', 'entityType', 'entityId', 'beforeId'] as const;
const CATEGORIES = ['sitting', 'accounts', 'all'] as const;
/** The events a reader filters by, in the words of `audit.action`. */
const EVENTS = [
  'AMENDMENT_FILED',
  'SUBAMENDMENT_FILED',
  'CIRCULATE',
  'TAKE_UP',
  'ADOPT',
  'REJECT',
  'WITHDRAW',
  'SECOND',
  'SUPPORT',
  'STATEMENT_MADE',
  'PUBLISH',
  'OPEN_ITEM',
  'DEFER',
  'RESOLVE',
  'SIGNED_IN',
  'PRINCIPAL_CREATED',
  'PRINCIPAL_UPDATED',
  'PRINCIPAL_DISABLED',
  'MEMBERS_IMPORTED',
  'INVITATION_SENT',
];

/** The audit trail as a record: by item, newest first, each event in words; the sitting apart from accounts; the filter kept in the address. */
function AuditPageContent() {
  const { t, tGroup, tName } = useT();
  const id = useId();
  const groups = useQuery(memberQueries.groups());
  const documents = useQuery(documentQueries.list());
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as AuditFilter;
  const trail = useQuery(auditQueries.list(filter));
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = new FormData(e.currentTarget);
    const kept = { entityType: filter.entityType, entityId: filter.entityId };
    const chosen = Object.fromEntries(
      ['documentId', 'category', 'event', 'actorGroup'].flatMap((k) => (String(fields.get(k) ?? '') ? [[k, String(fields.get(k))]] : [])),
    );
    setParams(Object.fromEntries(Object.entries({ ...kept, ...chosen }).filter(([, v]) => v)) as Record<string, string>);
  };
  const rows = trail.data ?? [];
  const only = filter.entityId ? (rows[0]?.entityLabel ?? filter.entityId) : null;
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className={form.filters} onSubmit={apply} aria-label={t('audit.filter')} key={params.toString()}>
        <div>
          <label htmlFor={`${id}-item`}>{t('audit.item')}</label>
          <select id={`${id}-item`} name="documentId" defaultValue={filter.documentId ?? ''}>
            <option value="">{t('audit.anyItem')}</option>
            {(documents.data ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.symbol}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-category`}>{t('audit.category')}</label>
          <select id={`${id}-category`} name="category" defaultValue={filter.category ?? 'sitting'}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`audit.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-event`}>{t('audit.event')}</label>
          <select id={`${id}-event`} name="event" defaultValue={filter.event ?? ''}>
            <option value="">{t('audit.any')}</option>
            {EVENTS.map((e) => (
              <option key={e} value={e}>
                {t('audit.action', { event: e })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-group`}>{t('audit.group')}</label>
          <select id={`${id}-group`} name="actorGroup" defaultValue={filter.actorGroup ?? ''}>
            <option value="">{t('audit.any')}</option>
            {(groups.data ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {tGroup(g.code)}
              </option>
            ))}
          </select>
        </div>
        <div className={button.actions}>
          <button type="submit" className={button.primary}>
            {t('audit.apply')}
          </button>
          <button type="button" className={button.button} onClick={() => setParams({})}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      {only && (
        <p>
          {t('audit.only', { what: only })} <Link to="/trail">{t('audit.clear')}</Link>
        </p>
      )}
      <ErrorNote error={trail.error} />
      {trail.data && (
        <table className={styles.trail}>
          <caption>{t('audit.rows', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.item')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td data-label={t('audit.when')}>
                  <When at={e.occurredAt} form="seconds" />
                </td>
                <td data-label={t('audit.who')}>
                  {e.actorName ? (
                    <>
                      <span translate="no">{e.actorName}</span> ({e.actorGroup ? tGroup(e.actorGroup) : tName('role', e.actorRole ?? '')})
                    </>
                  ) : (
                    t('audit.system')
                  )}
                </td>
                <td data-label={t('audit.what')}>
                  <AuditEventLine e={e} />
                </td>
                <td data-label={t('audit.item')} className="number">
                  {e.document ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length === PAGE && (
        <p>
          <Link to={`/trail?${new URLSearchParams({ ...filter, beforeId: rows.at(-1)!.id })}`}>{t('audit.more')}</Link>
        </p>
      )}
    </>
  );
}

/** The page of the secretariat and the Chair: anyone else is told whose it is, and no read is sent. */
export function AuditPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat', 'chair']} title={t('audit.title')}>
      <AuditPageContent />
    </ForRole>
  );
}
