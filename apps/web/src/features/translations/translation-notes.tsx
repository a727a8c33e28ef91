import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Amendment, Decision } from '../../api/client';
import { useT } from '../../i18n/translate';
import notice from '../../ui/notice.module.css';
import { decisionQueries } from '../decisions/decisions.queries';
import { useLanguageWords } from './language-words';
import { decisionTranslationNote, missingBeforeAdoption } from './translation-status';

/** Why a pending amendment is not offered for adoption for want of versions: each language with its status ("French (to follow)"). */
export function AdoptionWaits({ a }: { a: Amendment }) {
  const { t } = useT();
  const { name, join } = useLanguageWords();
  const missing = missingBeforeAdoption(a);
  if (missing.length === 0) return null;
  const each = missing.map((m) => t('translation.langStatus', { language: name(m.lang), status: t(`translation.status.${m.status}`) }));
  return <p className={notice.notice}>{t('translation.adoptWaits', { count: missing.length, languages: join(each) })}</p>;
}

/**
 * What the Chair is told of the decision's versions: how many are still to verify before adoption and, when that is the only
 * obstacle, that it can be adopted in its original language with translations to follow; after such an adoption, that the final
 * text waits for the secretariat's verification.
 */
export function DecisionTranslationNote({ d }: { d: Decision }) {
  const { t } = useT();
  const { name } = useLanguageWords();
  const note = decisionTranslationNote(d);
  if (note.kind === 'none') return null;
  if (note.kind === 'finalAwaits') return <p className={notice.notice}>{t('translation.finalAwaits')}</p>;
  return (
    <>
      <p className={notice.notice}>{t('translation.toVerify', { count: note.count })}</p>
      {note.toFollowOnly && <p>{t('translation.adoptToFollowNote', { language: name(d.language) })}</p>}
    </>
  );
}

/** The secretariat's way to a decision's translations from its desk: named so when the decision is kept in several languages. */
export function TranslationsLink({ id, paragraph }: { id: string; paragraph: number }) {
  const { t } = useT();
  const { data: d } = useQuery(decisionQueries.detail(id));
  if (!d) return null;
  return <Link to={`/decisions/${id}/translations`}>{t(d.languages.length > 1 ? 'translation.link' : 'translation.linkEnter', { paragraph })}</Link>;
}
