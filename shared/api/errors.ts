import { z } from 'zod';

/** Every failure that crosses the IPC boundary has one of these codes, so the UI can say what to try. */
export const API_ERROR_CODES = [
  'invalid-input',
  'untrusted-sender',
  'unknown-call',
  'network',
  'dns',
  'timeout',
  'http-status',
  'too-large',
  'not-html',
  'too-many-redirects',
  'bad-url',
  'cancelled',
  'disk-full',
  'permission',
  'not-found',
  'corrupt',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  /** Field paths and reasons, for invalid-input. */
  issues: z.array(z.string()).optional(),
});
export type ApiErrorInfo = z.infer<typeof apiErrorSchema>;

/** What every call resolves to: errors are values, never rejected promises that lose their type. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/** Thrown by main-side handlers to report a typed failure. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toInfo(): ApiErrorInfo {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}
