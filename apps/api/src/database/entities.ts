import { Adjustment } from './entities/adjustment.entity.js';
import { Amendment } from './entities/amendment.entity.js';
import { AmendmentVersion } from './entities/amendment-version.entity.js';
import { ApiToken } from './entities/api-token.entity.js';
import { AppliedChange } from './entities/applied-change.entity.js';
import { AuditEvent } from './entities/audit-event.entity.js';
import { Clause } from './entities/clause.entity.js';
import { ClauseVersion } from './entities/clause-version.entity.js';
import { ConsiderationOrder } from './entities/consideration-order.entity.js';
import { Decision } from './entities/decision.entity.js';
import { DecisionVersion } from './entities/decision-version.entity.js';
import { GbDocumentRow } from './entities/document.entity.js';
import { DocumentVersion } from './entities/document-version.entity.js';
import { FootnoteRow } from './entities/footnote.entity.js';
import { Group } from './entities/group.entity.js';
import { LinkageRow } from './entities/linkage.entity.js';
import { NumberCounter } from './entities/number-counter.entity.js';
import { ObjectiveRow } from './entities/objective.entity.js';
import { ParagraphRow } from './entities/paragraph.entity.js';
import { Passkey } from './entities/passkey.entity.js';
import { PlanPoint } from './entities/plan-point.entity.js';
import { Principal } from './entities/principal.entity.js';
import { RateLimitBucket } from './entities/rate-limit-bucket.entity.js';
import { Session } from './entities/session.entity.js';
import { SignInLink } from './entities/sign-in-link.entity.js';
import { SignInSession } from './entities/sign-in-session.entity.js';
import { Speaker } from './entities/speaker.entity.js';
import { SpeakerList } from './entities/speaker-list.entity.js';
import { Statement } from './entities/statement.entity.js';
import { WebauthnChallenge } from './entities/webauthn-challenge.entity.js';

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
  SignInLink,
  DocumentVersion,
  DecisionVersion,
  ClauseVersion,
  AmendmentVersion,
  ConsiderationOrder,
  SpeakerList,
  Speaker,
  Passkey,
  WebauthnChallenge,
  ApiToken,
];
