import { account } from './en/account';
import { amendments } from './en/amendments';
import { audit } from './en/audit';
import { chairScript } from './en/chair-script';
import { common } from './en/common';
import { consideration } from './en/consideration';
import { decisions } from './en/decisions';
import { documents } from './en/documents';
import { errors } from './en/errors';
import { groups } from './en/groups';
import { members } from './en/members';
import { plan } from './en/plan';
import { reading } from './en/reading';
import { room } from './en/room';
import { session } from './en/session';
import { speakers } from './en/speakers';
import { statements } from './en/statements';
import { translation } from './en/translation';
import { workflow } from './en/workflow';

/**
 * Every interface string in English, the source of the keys: French and Spanish must have each
 * one (a missing key is a type error). Whole ICU messages, by feature; the Office's texts
 * (paragraphs, clauses, amendment words) are never translated.
 */
export const en = {
  ...common,
  ...groups,
  ...workflow,
  ...session,
  ...documents,
  ...decisions,
  ...amendments,
  ...consideration,
  ...chairScript,
  ...room,
  ...speakers,
  ...plan,
  ...statements,
  ...reading,
  ...members,
  ...account,
  ...audit,
  ...translation,
  ...errors,
};

export type MessageKey = keyof typeof en;
