import { useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Radio, RadioGroup, Label } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { useChanges, useDecision, useDecisionText } from '../api/queries';
import { ChangeInText } from '../components/tracked-change';
import { useT } from '../i18n/language';

const VARIANTS = ['current', 'draft', 'final'] as const;
const FORMATS = ['txt', 'md', 'html', 'akn', 'docx'] as const;

/** The decision text in each variant, every applied change attributed, and the downloads. */
export function TextPage() {
  const t = useT();
  const { decisionId = '' } = useParams();
  const decision = useDecision(decisionId);
  const adopted = ['adopted', 'adopted_as_amended'].includes(decision.data?.state ?? '');
  const [variant, setVariant] = useState<(typeof VARIANTS)[number]>('current');
  const text = useDecisionText(decisionId, variant, variant !== 'final' || adopted);
  const changes = useChanges(decisionId);
  if (!decision.data) return <p className="loading">{t('common.loading')}</p>;
  const d = decision.data;
  return (
    <>
      <p className="number">
        <Link to={`/workspace/${d.id}`}>{t('text.back', { paragraph: d.paragraph })}</Link>
      </p>
      <h1>{t('text.title', { paragraph: d.paragraph, document: d.document })}</h1>
      <RadioGroup value={variant} onChange={(v) => setVariant(v as (typeof VARIANTS)[number])} orientation="horizontal" className="variants">
        <Label>{t('text.variant')}</Label>
        {VARIANTS.map((v) => (
          <Radio key={v} value={v} isDisabled={v === 'final' && !adopted} className="radio">
            {t(`text.variant.${v}`)}
          </Radio>
        ))}
      </RadioGroup>
      {d.outcome && (
        <p>
          {t('text.outcome', { outcome: t(`state.${d.outcome}` as never) })}
          {d.method?.kind === 'vote' ? ` — ${t('text.vote', { for: d.method.for ?? 0, against: d.method.against ?? 0, abstentions: d.method.abstentions ?? 0 })}` : d.method ? ` — ${t('text.consensus')}` : ''}
        </p>
      )}
      <section aria-label={t('text.shown', { variant: t(`text.variant.${variant}`) })}>
        <pre className="decision-text office-text" lang="en">
          {text.data ?? (variant === 'final' ? t('text.noFinal') : t('common.loading'))}
        </pre>
      </section>
      <section aria-labelledby="downloads">
        <h2 id="downloads">{t('text.downloads')}</h2>
        <ul className="downloads">
          {FORMATS.map((f) => (
            <li key={f}>
              <a href={`/decisions/${d.id}/text?variant=${variant}&format=${f}`} download>
                {t(`text.format.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="changes">
        <h2 id="changes">{t('text.changes', { count: changes.data?.length ?? 0 })}</h2>
        <ol className="changes">
          {(changes.data ?? []).map((c) => (
            <li key={`${c.seq}-${c.amendment.id}`}>
              <p>
                <span className="number">{c.amendment.number}</span> · {c.group} · {c.clause ?? t('text.removedClause')} · <FormattedDate value={c.adoptedAt} dateStyle="medium" timeStyle="short" timeZone="Europe/Zurich" />
              </p>
              <p className="office-text tracked">
                <ChangeInText before={c.before} applied={{ span: { start: c.position, end: c.position + c.deleted.length }, removed: c.deleted, added: c.inserted }} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
