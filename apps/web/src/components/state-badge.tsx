import { useT } from '../i18n/language';

/** A state in words, never by colour alone. */
export function StateBadge({ state }: { state: string }) {
  const t = useT();
  return <span className={`badge badge-${state}`}>{t(`state.${state}` as never)}</span>;
}
