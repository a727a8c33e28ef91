import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Amendment = Schemas['AmendmentView'];
export type Decision = Schemas['DecisionView'];
export type DocumentDetail = Schemas['DocumentDetailView'];
export type Me = Schemas['MeView'];
export type Statement = Schemas['StatementView'];
export type SpeakerList = Schemas['SpeakerListView'];
export type Passkey = Schemas['PasskeyView'];
export type ApiToken = Schemas['ApiTokenView'];
export type SignInSession = Schemas['SignInSessionView'];
export type Speaker = Schemas['SpeakerView'];

export type ErrorCode = Schemas['ErrorCode'];

/** The API's error body (HttpErrorBody in the OpenAPI document); an answer without one (a proxy's 502) is `HTTP.<status>`. */
export type ApiError = Omit<Schemas['HttpErrorBody'], 'code'> & { code: ErrorCode | `HTTP.${number}` };

/**
 * The one client, typed from the OpenAPI document the server serves. Same origin: the session
 * cookie goes with every request, and every change carries the header a cross-site form cannot.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { 'X-Requested-With': 'gbdw-web' } });

/** Thrown by `data()` for a non-2xx answer; keeps the API's code, message and details for the UI. */
export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.message);
  }
}

/** The data of an openapi-fetch answer, or an ApiFailure with the API's own words. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: d, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as Partial<ApiError>;
    throw new ApiFailure({
      statusCode: response.status,
      code: body.code ?? `HTTP.${response.status}`,
      message: body.message ?? response.statusText,
      details: body.details,
    });
  }
  return d as T;
}

/** The JSON body an operation takes, e.g. `RequestBody<'/amendments/{id}/events', 'post'>`. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;
