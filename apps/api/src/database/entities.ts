import { AuditEvent } from '../audit/audit-event.entity.js';
import { RateLimitBucket } from '../common/rate-limit/rate-limit-bucket.entity.js';
import { Group } from '../groups/group.entity.js';
import { Principal } from '../members/principal.entity.js';

export const ENTITIES = [Group, Principal, AuditEvent, RateLimitBucket];
