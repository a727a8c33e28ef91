import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import { StateBadge } from '../../ui/state-badge';
import styles from './outcome-page.module.css';
import { OutcomeRoll } from './outcome-roll';

type OutcomeAmendment = Schemas['OutcomeAmendmentView'];
type Method = Schemas['MethodView'];

export function useMethodWords() {
  const { t } = useT();
  return (m: Method | null) =>
    !m
      ? null
      : m.kind === 'consensus'
        ? t('outcome.consensus')
        : m.kind === 'record'
          ? t('outcome.recordCounts', { for: m.for ?? 0, against: m.against ?? 0, abstentions: m.abstentions ?? 0, titularSeats: m.titularSeats ?? 0 })
          : t('outcome.voteCounts', { for: m.for ?? 0, against: m.against ?? 0, abstentions: m.abstentions ?? 0 });
}

/** One amendment as the record names it: number, mover, "as sub-amended by", how it was decided, and the words as moved (the API's `description` is of `movedOp`). */
function RecordedAmendment({ a, all }: { a: OutcomeAmendment; all: OutcomeAmendment[] }) {
  const { t, tGroup, tCountry, tMover } = useT();
  const method = useMethodWords();
  // A sub-amendment is in the same list, with its own mover.
  const mover = (number: string) => {
    const s = all.find((x) => x.number === number);
    return s ? tMover(s.proposerGroup, s.proposerCountry) : number;
  };
  const moved = t('credit.moved', {
    onBehalf: a.proposerCountry ? 'self' : 'group',
    group: tGroup(a.proposerGroup),
    country: a.proposerCountry ? tCountry(a.proposerCountry) : '',
  });
  const how = a.notSeconded ? t('outcome.notSeconded') : method(a.method);
  return (
    <li className={styles.amendment}>
      <p>
        <strong className="number">{a.number}</strong>, {moved}
        {a.subamendedBy.map((s) => (
          <span key={s}>, {t('credit.subamendedBy', { number: s, group: mover(s) })}</span>
        ))}{' '}
        <StateBadge state={a.state} />
        {how && <> — {how}</>}
      </p>
      <OutcomeRoll method={a.method} />
      <p className="office-text" lang={DRAFTING_LANGUAGE}>
        {a.description}
      </p>
    </li>
  );
}

/** A decision's amendments in the record: those adopted (with the sub-amendments that shaped them), then the others. */
export function OutcomeAmendments({ amendments }: { amendments: OutcomeAmendment[] }) {
  const { t } = useT();
  const main = amendments.filter((a) => a.parent === null);
  const adopted = main.filter((a) => a.state === 'adopted');
  const others = amendments.filter((a) => !adopted.includes(a) && !(a.parent && a.state === 'adopted'));
  return (
    <>
      <h3>{t('outcome.adoptedAmendments', { count: adopted.length })}</h3>
      {adopted.length > 0 && (
        <ol className={styles.amendments}>
          {adopted.map((a) => (
            <RecordedAmendment key={a.id} a={a} all={amendments} />
          ))}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('outcome.otherAmendments', { count: others.length })}</h3>
          <ul className={styles.amendments}>
            {others.map((a) => (
              <RecordedAmendment key={a.id} a={a} all={amendments} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
