import { SetMetadata } from '@nestjs/common';
import type { Role } from '../members/principal.entity.js';

export const PUBLIC_KEY = 'public';
export const ROLES_KEY = 'roles';

/** No token needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
