import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/translate';
import { DRAFTING_LANGUAGE } from '../../ui/decision-text';
import dialog from '../../ui/dialog.module.css';
import { OfficeRuns, officeRuns } from './office-text';
import styles from './reader-page.module.css';

/** A footnote marker opens its footnote in place (React Aria popover: keyboard and screen reader included). */
function Footnote({ n }: { n: Schemas['FootnoteRefView'] }) {
  const { t } = useT();
  return (
    <DialogTrigger>
      <Button className={styles.footnoteMarker} aria-label={t('reader.footnote', { number: n.number })}>
        <sup>{n.number}</sup>
      </Button>
      {/* Opened inside the page's main landmark, not at the end of the body, so nothing of it is outside a landmark. */}
      <Popover className={styles.popover} UNSTABLE_portalContainer={document.getElementById('main') ?? undefined}>
        <Dialog className={dialog.dialog} aria-label={t('reader.footnote', { number: n.number })}>
          {/* The API sends a footnote as the Office wrote it, markup included. */}
          <p className="office-text" lang={DRAFTING_LANGUAGE}>
            {n.text === null ? t('reader.footnoteMissing') : <OfficeRuns runs={officeRuns(n.text)} />}
          </p>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

/** A paragraph's words with each footnote marker, where the Office put it, opening its footnote. */
export function ParagraphText({ p }: { p: Pick<Schemas['ParagraphView'], 'runs' | 'footnotes'> }) {
  const notes = new Map(p.footnotes.map((n) => [n.number, n]));
  return (
    <OfficeRuns
      runs={p.runs}
      marker={(number) => {
        const note = notes.get(number);
        return note ? <Footnote n={note} /> : <sup>{number}</sup>;
      }}
    />
  );
}
