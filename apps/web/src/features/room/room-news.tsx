import { useState } from 'react';
import { useT } from '../../i18n/translate';
import { useMethodWords } from '../documents/outcome-amendments';
import { momentKey, type News, type Outcome, type RoomMoment, roomNews } from './room-moment';

const CONSENSUS = { kind: 'consensus' as const };

/** An outcome as the Chair announces it, one short sentence each: the outcome, then each amendment that fell by it. */
export function useOutcomeWords() {
  const { t } = useT();
  const method = useMethodWords();
  // A decision recorded without a vote was by consensus, as the trail says.
  return (o: Outcome): string[] =>
    o.of === 'decision'
      ? [t('room.outcome.decision', { result: o.result, method: method(o.method ?? CONSENSUS)! })]
      : [
          t('room.outcome.amendment', { sub: o.sub ? 'yes' : 'no', number: o.number, result: o.result, method: method(o.method ?? CONSENSUS)! }),
          ...o.fell.map((number) => t('room.outcome.fell', { number })),
        ];
}

/**
 * What the screen's live region says: the news since the moment before, in short sentences, once
 * each; nothing on the first look (a screen reader reads the page then). `moment` is null until
 * every read has arrived.
 */
export function useRoomNews(moment: RoomMoment | null): string {
  const { t } = useT();
  const outcome = useOutcomeWords();
  const [seen, setSeen] = useState<{ key: string; moment: RoomMoment } | null>(null);
  const [said, setSaid] = useState('');
  const key = moment && momentKey(moment);
  // Worked out while rendering (React's "information from previous renders"): no effect, no extra render of stale words.
  if (moment && key !== seen?.key) {
    const news = roomNews(seen?.moment ?? null, moment);
    setSeen({ key: key!, moment });
    if (news.length) setSaid(news.flatMap(sentences).join(' '));
  }
  function sentences(n: News): string[] {
    if (n.kind === 'outcome') return outcome(n.outcome);
    if (n.kind === 'takenUp') return [t('room.takenUp', { sub: n.sub ? 'yes' : 'no', number: n.number })];
    return [t('room.floorGiven', { speaker: n.speaker })];
  }
  return said;
}
