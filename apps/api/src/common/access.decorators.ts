import type { Role } from '@gbdw/workflow';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PUBLIC_KEY = 'public';
export const ROLES_KEY = 'roles';

/** No token needed (health, docs, sign-in). Published in OpenAPI as `security: []` (bootstrap/openapi.ts reads x-public). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-public', true));

/** Only these roles may call the route; others get 403. Published in OpenAPI as x-roles. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));
