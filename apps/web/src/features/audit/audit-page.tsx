import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { ErrorNote } from '../../ui/error-note';
import { ForRole } from '../../ui/for-role';
import form from '../../ui/form.module.css';
import { ScrollRegion } from '../../ui/scroll-region';
import { When } from '../../ui/when';
import { memberQueries } from '../members/members.queries';
import type { AuditFilter } from './audit.keys';
import { auditQueries } from './audit.queries';

const ENTITY_TYPES = ['decision', 'amendment', 'plan_point', 'adjustment', 'statement', 'document', 'session', 'principal', 'sign_in_session'] as const;
const FILTERS = ['entityType', 'entityId', 'event', 'actorGroup'] as const;

/** The audit trail: who did what, when, from which state to which; filtered by the server, the filter kept in the address. */
function AuditPageContent() {
  const { t, tName, tState } = useT();
  const id = useId();
  const groups = useQuery(memberQueries.groups());
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = Object.fromEntries(FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
  const trail = useQuery(auditQueries.list(filter));
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fields = new FormData(e.currentTarget);
    setParams(Object.fromEntries(FILTERS.flatMap((k) => (String(fields.get(k) ?? '').trim() ? [[k, String(fields.get(k)).trim()]] : []))));
  };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className={form.filters} onSubmit={apply} aria-label={t('audit.filter')} key={params.toString()}>
        <div>
          <label htmlFor={`${id}-type`}>{t('audit.entityType')}</label>
          <select id={`${id}-type`} name="entityType" defaultValue={filter.entityType ?? ''}>
            <option value="">{t('audit.any')}</option>
            {ENTITY_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`audit.type.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-entity`}>{t('audit.entityId')}</label>
          <input id={`${id}-entity`} name="entityId" defaultValue={filter.entityId ?? ''} size={38} />
        </div>
        <div>
          <label htmlFor={`${id}-event`}>{t('audit.event')}</label>
          <input id={`${id}-event`} name="event" defaultValue={filter.event ?? ''} placeholder="ADOPT" />
        </div>
        <div>
          <label htmlFor={`${id}-group`}>{t('audit.group')}</label>
          <select id={`${id}-group`} name="actorGroup" defaultValue={filter.actorGroup ?? ''}>
            <option value="">{t('audit.any')}</option>
            {(groups.data ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {g.code}
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
      <ErrorNote error={trail.error} />
      {trail.data && (
        <ScrollRegion label={t('audit.rows', { count: trail.data.length })}>
          <table>
            <caption>{t('audit.rows', { count: trail.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.object')}</th>
                <th scope="col">{t('audit.states')}</th>
                <th scope="col">{t('audit.version')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.data.map((e) => (
                <tr key={e.id}>
                  <td>
                    <When at={e.occurredAt} />
                  </td>
                  <td>{e.actorName ? `${e.actorName} (${e.actorGroup ?? tName('role', e.actorRole ?? '')})` : t('audit.system')}</td>
                  <td className="number">{e.event}</td>
                  <td>
                    {tName('audit.type', e.entityType)} <span className="number">{e.entityId}</span>
                  </td>
                  <td>{e.fromState || e.toState ? `${e.fromState ? tState(e.fromState) : '—'} → ${e.toState ? tState(e.toState) : '—'}` : '—'}</td>
                  <td>{e.version ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

/** The page of secretariat, chair only: anyone else is told whose it is, and no read is sent. */
export function AuditPage() {
  const { t } = useT();
  return (
    <ForRole roles={['secretariat', 'chair']} title={t('audit.title')}>
      <AuditPageContent />
    </ForRole>
  );
}
