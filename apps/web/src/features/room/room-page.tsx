import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { LANGUAGES, type Language, useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/translate';
import { LiveEvents } from '../live/live-events';
import styles from './room.module.css';
import { RoomScreen } from './room-screen';
import { useScreenSession } from './screen-session';

/**
 * The room's public screen, for the projector and the webcast: outside the signed-in layout, with
 * nothing to click. Opened with the link the secretariat issues (`#screen=<token>`), in the language
 * `?lang=` names (for this page only), else the reader's. The screen says its news in its own live
 * region, so the stream's own announcements are off.
 */
export function RoomPage() {
  const { t } = useT();
  const { decisionId = '' } = useParams();
  const [params] = useSearchParams();
  const { setLanguage } = useLanguage();
  const asked = params.get('lang');
  useEffect(() => {
    if (LANGUAGES.includes(asked as Language)) setLanguage(asked as Language, false);
  }, [asked, setLanguage]);
  const session = useScreenSession();
  return (
    <main id="main" className={styles.screen}>
      {session === 'ready' ? (
        <LiveEvents announce={false}>
          <RoomScreen decisionId={decisionId} />
        </LiveEvents>
      ) : (
        <>
          <h1 className={styles.item}>{t('layout.title')}</h1>
          <p className={styles.message}>
            {session === 'signing-in' ? t('common.loading') : session === 'refused' ? t('room.linkRefused') : t('room.needsLink')}
          </p>
        </>
      )}
    </main>
  );
}
