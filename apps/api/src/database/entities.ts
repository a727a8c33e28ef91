import { AppliedChange, Amendment, NumberCounter } from '../amendments/amendment.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { RateLimitBucket } from '../common/rate-limit/rate-limit-bucket.entity.js';
import { Clause, Decision } from '../decisions/decision.entity.js';
import { FootnoteRow, LinkageRow, ObjectiveRow, ParagraphRow } from '../documents/document-parts.entity.js';
import { GbDocumentRow } from '../documents/document.entity.js';
import { Session } from '../documents/session.entity.js';
import { Group } from '../groups/group.entity.js';
import { Principal } from '../members/principal.entity.js';
import { Adjustment } from '../plan/adjustment.entity.js';
import { PlanPoint } from '../plan/plan-point.entity.js';
import { SignInSession } from '../sign-in/sign-in-session.entity.js';
import { Statement } from '../statements/statement.entity.js';

export const ENTITIES = [
  Group,
  Principal,
  AuditEvent,
  RateLimitBucket,
  Session,
  GbDocumentRow,
  ParagraphRow,
  FootnoteRow,
  ObjectiveRow,
  LinkageRow,
  PlanPoint,
  Adjustment,
  Decision,
  Clause,
  Amendment,
  AppliedChange,
  NumberCounter,
  Statement,
  SignInSession,
];
