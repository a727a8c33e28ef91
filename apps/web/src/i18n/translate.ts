import { alpha3ToAlpha2 } from 'i18n-iso-countries';
import { useIntl } from 'react-intl';
import type { ApiError } from '../api/client';
import { en, type MessageKey } from './messages.en';

type Values = Record<string, string | number | Date>;

/** Families of names the API sends as plain strings; each name's words are the message `<family>.<name>`. */
type NameFamily = 'field' | 'group' | 'place' | 'rule' | 'state' | 'event' | 'entity' | 'role' | 'stance' | 'adjustment' | 'audit.type';

interface Credited {
  number: string;
  proposerGroup: string;
  onBehalf: 'group' | 'self';
}

/** A government moving in its own name is numbered by its country: D26(b)/GOV-FRA/1. */
const countryOf = (number: string) => [...number.matchAll(/\/[A-Z]+-([A-Z]{3})\//g)].at(-1)?.[1];

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
  /** A group by its name ("Workers’ group"); a code this version does not know stays a code. */
  const tGroup = (code: string) => tName('group', code);
  /** A government by its country's name in the reader's language, from the ISO alpha-3 code the API keeps. */
  const tCountry = (alpha3: string) => {
    const alpha2 = alpha3ToAlpha2(alpha3);
    return (alpha2 && new Intl.DisplayNames([intl.locale], { type: 'region' }).of(alpha2)) || alpha3;
  };
  /** Who moved an amendment, in the Governing Body's words: "moved by the Workers’ group", "moved by the Government of France". */
  const credit = (a: Credited, heading = false) =>
    t(heading ? 'credit.movedHeading' : 'credit.moved', {
      onBehalf: a.onBehalf,
      group: tGroup(a.proposerGroup),
      country: tCountry(countryOf(a.number) ?? ''),
    });
  /** Who moved something, by name alone: "Employers’ group", "Government of France". */
  const tMover = (group: string, country: string | null) => (country ? t('credit.government', { country: tCountry(country) }) : tGroup(group));
  /** A state in words, agreeing with what is in it where the language asks (une décision adoptée, un ajuste adoptado). */
  const tState = (state: string, entity?: 'decision' | 'adjustment' | 'plan_point') => {
    const agreeing = entity && `state.${entity}.${state}`;
    return agreeing && isMessageKey(agreeing) ? t(agreeing) : tName('state', state);
  };
  return {
    t,
    tName,
    tGroup,
    tCountry,
    tMover,
    credit,
    tState,
    tEvent: (type: string) => tName('event', type),
    tError,
    engineRefusal,
  };
}
