import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/translate';
import { DecisionText } from '../../ui/decision-text';
import { Pending } from '../../ui/pending';
import radio from '../../ui/radio-group.module.css';
import { ChangeInText } from '../../ui/tracked-change';
import { When } from '../../ui/when';
import { useMethodWords } from '../documents/outcome-amendments';
import { useDecisionHeading } from './decision-stage';
import { decisionQueries } from './decisions.queries';
import { ReadingNote, useReading } from './reading-note';

const VARIANTS = ['current', 'draft', 'final'] as const;
const FORMATS = ['txt', 'md', 'html', 'akn', 'docx'] as const;

/** The decision text in each variant, every applied change attributed, and the downloads. */
export function TextPage() {
  const { t, tState, tGroup, tMover, credit } = useT();
  const heading = useDecisionHeading();
  const method = useMethodWords();
  const { decisionId = '' } = useParams();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const adopted = ['adopted', 'adopted_as_amended'].includes(decision.data?.state ?? '');
  const [variant, setVariant] = useState<(typeof VARIANTS)[number]>('current');
  const { reading, reader, setOriginal } = useReading(decisionId);
  const lang = reading?.text.lang;
  const text = useQuery({ ...decisionQueries.text(decisionId, variant, lang), enabled: !!lang && (variant !== 'final' || adopted) });
  const changes = useQuery(decisionQueries.changes(decisionId));
  if (!decision.data) return <Pending query={decision} missing="decision" />;
  const d = decision.data;
  return (
    <>
      <p className="number">
        <Link to={`/workspace/${d.id}`}>{t('text.back', { heading: heading(d) })}</Link>
      </p>
      <h1>{t('text.title', { paragraph: d.paragraph, document: d.document })}</h1>
      <RadioGroup value={variant} onChange={(v) => setVariant(v as (typeof VARIANTS)[number])} orientation="horizontal" className={radio.group}>
        <Label>{t('text.variant')}</Label>
        {VARIANTS.map((v) => (
          <Radio key={v} value={v} isDisabled={v === 'final' && !adopted} className={radio.radio}>
            {t(`text.variant.${v}`)}
          </Radio>
        ))}
      </RadioGroup>
      {d.outcome && (
        <p>
          {t('text.outcome', { outcome: tState(d.outcome) })}
          {d.method && ` — ${method(d.method)}`}
        </p>
      )}
      <section aria-label={t('text.shown', { variant: t(`text.variant.${variant}`) })}>
        {reading && <ReadingNote reading={reading} reader={reader} onOriginal={setOriginal} />}
        <DecisionText lang={lang}>
          {text.data ?? (variant !== 'final' || text.isPending ? t('common.loading') : d.translationsToFollow ? t('reading.finalWaits') : t('text.noFinal'))}
        </DecisionText>
      </section>
      <section aria-labelledby="downloads">
        <h2 id="downloads">{t('text.downloads')}</h2>
        {/* Each language's text in each format; the one read first. */}
        {[...d.languages]
          .sort((x, y) => Number(y === lang) - Number(x === lang))
          .map((l) => (
            <section key={l} aria-labelledby={`downloads-${l}`}>
              <h3 id={`downloads-${l}`}>{t('reading.downloadsIn', { lang: l })}</h3>
              <ul>
                {FORMATS.map((f) => (
                  <li key={f}>
                    <a href={`/decisions/${d.id}/text?variant=${variant}&format=${f}&lang=${l}&download=true`} download>
                      {t(`text.format.${f}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </section>
      <section aria-labelledby="changes">
        <h2 id="changes">{t('text.changes', { count: changes.data?.length ?? 0 })}</h2>
        <ol>
          {(changes.data ?? []).map((c) => (
            <li key={`${c.seq}-${c.amendment.id}`}>
              <p>
                <span className="number">{c.amendment.number}</span>,{' '}
                {c.onBehalf === 'self'
                  ? credit({ number: c.amendment.number, proposerGroup: c.group, onBehalf: 'self' })
                  : t('credit.moved', { onBehalf: 'group', group: tGroup(c.group), country: '' })}
                {c.subamendments.map((s) => (
                  <span key={s.number}>, {t('credit.subamendedBy', { number: s.number, group: tMover(s.group, s.country) })}</span>
                ))}{' '}
                · {c.clause ?? t('text.removedClause')} · <When at={c.adoptedAt} />
              </p>
              <p className="office-text" lang={d.language}>
                <ChangeInText
                  before={c.before}
                  applied={{ span: { start: c.position, end: c.position + c.deleted.length }, removed: c.deleted, added: c.inserted }}
                />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
