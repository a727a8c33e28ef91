import { useQuery } from '@tanstack/react-query';
import { ApiFailure } from '../../api/client';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import { DecisionText } from '../../ui/decision-text';
import { amendmentQueries } from '../amendments/amendments.queries';
import { useDecisionHeading } from '../decisions/decision-stage';
import { decisionQueries } from '../decisions/decisions.queries';
import { versionToRead } from '../decisions/reading-language';
import { speakerQueries } from '../speakers/speakers.queries';
import { FloorOnScreen, useSpeakerWords } from './floor-on-screen';
import styles from './room.module.css';
import { lastOutcome, type RoomMoment, underConsideration } from './room-moment';
import { useOutcomeWords, useRoomNews } from './room-news';
import { AmendmentOnScreen } from './under-consideration';

/**
 * The item as the room follows it: the item, who has the floor and who is next, the amendment under
 * consideration as a tracked change, the last outcome as announced, and the decision as it stands,
 * in the screen's language. Live: each read is refetched when an event touches it (features/live).
 */
export function RoomScreen({ decisionId }: { decisionId: string }) {
  const { t } = useT();
  const { language } = useLanguage();
  const heading = useDecisionHeading();
  const outcomeWords = useOutcomeWords();
  const decision = useQuery(decisionQueries.detail(decisionId));
  const versions = useQuery(decisionQueries.versions(decisionId));
  const amendments = useQuery(amendmentQueries.list(decisionId));
  const speakers = useQuery(speakerQueries.list(decisionId));
  const speakerWords = useSpeakerWords();
  const reading = versions.data ? versionToRead(versions.data.texts, language) : null;
  const lang = reading?.text.lang;
  const text = useQuery({ ...decisionQueries.text(decisionId, 'current', lang), enabled: !!lang });
  const d = decision.data;
  const all = amendments.data;
  const list = speakers.data;
  const floor = list?.speaking ? { id: list.speaking.id, name: speakerWords(list.speaking) } : null;
  const moment: RoomMoment | null = d && all && list ? { floor, underConsideration: underConsideration(all), outcome: lastOutcome(all, d) } : null;
  const news = useRoomNews(moment);
  if (!d || !moment || !reading) {
    const missing = decision.error instanceof ApiFailure && decision.error.body.statusCode === 404;
    return (
      <>
        <h1 className={styles.item}>{t('layout.title')}</h1>
        <p className={styles.message}>{missing ? t('room.missing') : t('common.loading')}</p>
      </>
    );
  }
  return (
    <>
      <h1 className={styles.item}>
        <span className="number" translate="no">
          {d.document}
        </span>{' '}
        {heading(d)}
      </h1>
      <FloorOnScreen list={list!} />
      <section className={styles.consider} aria-labelledby="screen-consider">
        <h2 id="screen-consider">{t('room.underConsideration')}</h2>
        {moment.underConsideration.length === 0 && <p>{t('room.noneUnderConsideration')}</p>}
        {moment.underConsideration.map((a) => (
          <AmendmentOnScreen key={a.id} a={a} all={all!} texts={versions.data!.texts} reader={language} />
        ))}
      </section>
      <section className={styles.outcome} aria-labelledby="screen-outcome">
        <h2 id="screen-outcome">{t('room.lastOutcome')}</h2>
        {(moment.outcome ? outcomeWords(moment.outcome) : [t('room.noOutcome')]).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>
      <section className={styles.standing} aria-labelledby="screen-standing">
        <h2 id="screen-standing">{t('room.asItStands')}</h2>
        {reading.note !== 'original' && (
          <p className={styles.meta}>{t(`reading.note.${reading.note}`, { original: reading.original.lang, reader: language })}</p>
        )}
        <DecisionText lang={lang} className={styles.text}>
          {text.data ?? t('common.loading')}
        </DecisionText>
      </section>
      <p className="visually-hidden" aria-live="polite" role="status">
        {news}
      </p>
    </>
  );
}
