import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { decisionQueries } from './decisions.queries';
import { type Reading, versionToRead } from './reading-language';

/**
 * The decision's text a reader reads: the version in the interface's language when the decision
 * has one, else the original; the reader may switch to the original and back.
 */
export function useReading(decisionId: string) {
  const { language } = useLanguage();
  const versions = useQuery(decisionQueries.versions(decisionId));
  const [original, setOriginal] = useState(false);
  const reading = versions.data ? versionToRead(versions.data.texts, language, original) : null;
  return { reading, reader: language, original, setOriginal };
}

/**
 * One line on the text shown ("Version française. Le texte original anglais fait foi.") and, where
 * the decision has a version in the reader's language, the way to read the original or come back.
 */
export function ReadingNote({ reading, reader, onOriginal }: { reading: Reading; reader: string; onOriginal: (original: boolean) => void }) {
  const { t } = useT();
  const values = { original: reading.original.lang, reader };
  return (
    <p>
      {t(`reading.note.${reading.note}`, values)}{' '}
      {reading.version && (
        <button type="button" className={button.button} onClick={() => onOriginal(reading.note !== 'original')}>
          {reading.note === 'original' ? t('reading.showVersion', values) : t('reading.showOriginal', values)}
        </button>
      )}
    </p>
  );
}
