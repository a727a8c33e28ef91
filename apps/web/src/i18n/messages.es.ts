import { account } from './es/account';
import { amendments } from './es/amendments';
import { audit } from './es/audit';
import { chairScript } from './es/chair-script';
import { common } from './es/common';
import { consideration } from './es/consideration';
import { decisions } from './es/decisions';
import { documents } from './es/documents';
import { errors } from './es/errors';
import { groups } from './es/groups';
import { members } from './es/members';
import { plan } from './es/plan';
import { reading } from './es/reading';
import { room } from './es/room';
import { session } from './es/session';
import { speakers } from './es/speakers';
import { statements } from './es/statements';
import { translation } from './es/translation';
import { workflow } from './es/workflow';
import type { MessageKey } from './messages.en';

/** The interface in Spanish, loaded when chosen. */
export const es: Record<MessageKey, string> = {
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
