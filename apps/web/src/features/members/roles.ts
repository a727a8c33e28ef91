import type { Schemas } from '../../api/client';

type Role = Schemas['CreateMemberDto']['role'];
/** Each role of the API's with its place on the members page: a role the API adds is a type error here. */
const PLACE: Record<Role, number> = { member: 0, chair: 1, secretariat: 2, observer: 3 };
export const ROLES = (Object.keys(PLACE) as Role[]).sort((a, b) => PLACE[a] - PLACE[b]);
