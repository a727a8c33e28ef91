import { type KeyboardEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/translate';
import form from '../../ui/form.module.css';
import styles from './word-picker.module.css';

export interface WordRange {
  start: number;
  end: number;
}

/** The words of a text with their places: a selection always snaps to whole words. */
const wordsOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/**
 * Choosing words with the mouse or the keyboard alike: each word is a button (arrow keys move,
 * Space or Enter marks the first then the last word, Shift+arrow extends), so no selection
 * depends on a mouse-up or on caret browsing.
 */
export function WordPicker({
  text,
  lang,
  label,
  onChange,
}: {
  text: string;
  /** The language of the text (the words are the Office's, read in it). */
  lang?: string;
  label: string;
  onChange: (range: WordRange | null) => void;
}) {
  const { t } = useT();
  const words = wordsOf(text);
  const [focus, setFocus] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [head, setHead] = useState<number | null>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const [from, to] = anchor === null ? [null, null] : [Math.min(anchor, head ?? anchor), Math.max(anchor, head ?? anchor)];
  const emit = (a: number | null, h: number | null) => {
    if (a === null) return onChange(null);
    const [s, e] = [Math.min(a, h ?? a), Math.max(a, h ?? a)];
    onChange({ start: words[s].start, end: words[e].end });
  };
  const pick = (i: number, extend: boolean) => {
    if (anchor === null || (!extend && head !== null && head !== anchor)) {
      setAnchor(i);
      setHead(i);
      emit(i, i);
    } else {
      setHead(i);
      emit(anchor, i);
    }
  };
  const move = (i: number) => {
    const next = Math.max(0, Math.min(words.length - 1, i));
    setFocus(next);
    refs.current[next]?.focus();
    return next;
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : e.key === 'Home' ? -words.length : e.key === 'End' ? words.length : 0;
    if (step) {
      e.preventDefault();
      const next = move(i + step);
      if (e.shiftKey) pick(next, true);
    } else if (e.key === 'Escape') {
      setAnchor(null);
      setHead(null);
      emit(null, null);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of word buttons, not a form's fieldset (which would draw a border).
    <div className={styles.picker} role="group" aria-label={label} aria-describedby="word-picker-help">
      <p id="word-picker-help" className={form.help}>
        {t('filing.pickHelp')}
      </p>
      <p className={`office-text ${styles.words}`} lang={lang}>
        {words.map((w, i) => (
          <span key={w.start}>
            <button
              type="button"
              ref={(el) => {
                refs.current[i] = el;
              }}
              tabIndex={i === focus ? 0 : -1}
              className={from !== null && i >= from && i <= to! ? `${styles.word} ${styles.picked}` : styles.word}
              aria-pressed={from !== null && i >= from && i <= to!}
              onClick={(e) => {
                setFocus(i);
                pick(i, e.shiftKey || (anchor !== null && head === anchor));
              }}
              onKeyDown={(e) => onKey(e, i)}
            >
              {w.text}
            </button>{' '}
          </span>
        ))}
      </p>
    </div>
  );
}
