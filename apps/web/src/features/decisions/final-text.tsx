import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/translate';
import { DecisionText } from '../../ui/decision-text';
import { decisionQueries } from './decisions.queries';
import { ReadingNote, useReading } from './reading-note';

/**
 * The decision as adopted, in the reader's language where the decision has it (saying which text
 * it is, with the way to the original); `original` is the original's final text when already read.
 */
export function FinalText({ decisionId, original, className }: { decisionId: string; original?: string | null; className?: string }) {
  const { t } = useT();
  const { reading, reader, setOriginal } = useReading(decisionId);
  const lang = reading?.text.lang;
  const inOriginal = !!reading && lang === reading.original.lang && original != null;
  const final = useQuery({ ...decisionQueries.text(decisionId, 'final', lang), enabled: !!lang && !inOriginal });
  return (
    <>
      {reading && <ReadingNote reading={reading} reader={reader} onOriginal={setOriginal} />}
      <DecisionText className={className} lang={lang}>
        {(inOriginal ? original : final.data) ?? (final.isPending ? t('common.loading') : t('reading.finalWaits'))}
      </DecisionText>
    </>
  );
}
