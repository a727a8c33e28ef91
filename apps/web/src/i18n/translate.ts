import { useIntl } from 'react-intl';
import type { ApiError } from '../api/client';
import { en, type MessageKey } from './messages.en';

type Values = Record<string, string | number | Date>;

/** Families of names the API sends as plain strings; each name's words are the message `<family>.<name>`. */
type NameFamily = 'state' | 'event' | 'entity' | 'role' | 'stance' | 'adjustment' | 'audit.type';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/**
 * `t('key', values)`: whole ICU messages, never fragments glued together. `tState`, `tEvent` and
 * `tName` put a name the API sends (a state, an event, a kind) in words, checked against the
 * catalogue: a name this version does not know yet is shown as the API spells it. `tError` says
 * what went wrong by the API's code; only for a code it does not know (a newer server, a proxy's
 * `HTTP.<status>`) the server's own message.
 */
export function useT() {
  const intl = useIntl();
  const t = (id: MessageKey, values?: Values) => intl.formatMessage({ id }, values);
  const tName = (family: NameFamily, name: string) => {
    const key = `${family}.${name}`;
    return isMessageKey(key) ? t(key) : name;
  };
  const tError = (code: ApiError['code'], serverMessage: string) => {
    const key = `error.${code}`;
    return isMessageKey(key) ? t(key) : serverMessage;
  };
  /** A refusal of libs/drafting (a preview in the browser), which carries the API's code. */
  const engineRefusal = (e: unknown) => {
    const { code, message } = e as { code?: ApiError['code']; message: string };
    return code ? tError(code, message) : message;
  };
  return { t, tName, tState: (state: string) => tName('state', state), tEvent: (type: string) => tName('event', type), tError, engineRefusal };
}
