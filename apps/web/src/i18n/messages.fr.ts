import { account } from './fr/account';
import { amendments } from './fr/amendments';
import { audit } from './fr/audit';
import { chairScript } from './fr/chair-script';
import { common } from './fr/common';
import { consideration } from './fr/consideration';
import { decisions } from './fr/decisions';
import { documents } from './fr/documents';
import { errors } from './fr/errors';
import { groups } from './fr/groups';
import { members } from './fr/members';
import { plan } from './fr/plan';
import { reading } from './fr/reading';
import { room } from './fr/room';
import { session } from './fr/session';
import { speakers } from './fr/speakers';
import { statements } from './fr/statements';
import { translation } from './fr/translation';
import { workflow } from './fr/workflow';
import type { MessageKey } from './messages.en';

/** The interface in French, loaded when chosen. */
export const fr: Record<MessageKey, string> = {
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
