import { Link, useParams } from 'react-router';
import { usePoint, useStatements } from '../api/queries';
import { StateBadge } from '../components/state-badge';
import { StatementForm, StatementsByGroup } from '../components/statements';
import { useT } from '../i18n/language';

/** A plan point as a delegate reads it: its review state, the paragraphs citing it, its adjustments, and the groups' guidance. */
export function PointPage() {
  const t = useT();
  const { code = '' } = useParams();
  const point = usePoint(code);
  const statements = useStatements('plan_point', code);
  if (!point.data) return <p className="loading">{t('common.loading')}</p>;
  const p = point.data;
  return (
    <>
      <h1>
        {t('point.title', { code: p.code })} <StateBadge state={p.state} />
      </h1>
      <section aria-labelledby="citing">
        <h2 id="citing">{t('point.citing')}</h2>
        {p.citingParagraphTexts.map((x) => (
          <p key={x.number} className="office-text">
            <span className="para-number">{x.number}.</span> {x.text}
          </p>
        ))}
      </section>
      <section aria-labelledby="adjustments">
        <h2 id="adjustments">{t('point.adjustments', { count: p.adjustments.length })}</h2>
        <ul>
          {p.adjustments.map((a) => (
            <li key={a.id}>
              <span className="number">{a.number}</span> {t(`adjustment.${a.kind}` as never)} · {a.proposedBy} · <StateBadge state={a.state} />
              {a.text && <p className="office-text">{a.text}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guidance">
        <h2 id="guidance">{t('point.guidance')}</h2>
        <StatementsByGroup statements={statements.data?.items ?? []} />
        <StatementForm targetType="plan_point" targetId={p.id} label={t('point.guidanceOn', { code: p.code })} />
      </section>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </>
  );
}
