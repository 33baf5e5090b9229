import type { z } from 'zod';
import { ApiError, contract, isCallName, type ApiResult, type CallName, type Handlers } from '../../../shared/api';
import { isAppUrl } from '../security/navigation';

/** Who sent a call: the URL of the frame, and whether it is the window's top frame. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export interface DispatchOptions {
  /** The app's own origin(s): the dev server URL or the file:// index of the build. */
  appUrls: readonly string[];
  /** Called for unexpected handler failures (logging); the renderer only sees a generic message. */
  onInternalError?: (name: string, error: unknown) => void;
}

export type Dispatch = (name: unknown, input: unknown, sender: SenderInfo) => Promise<ApiResult<unknown>>;

function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
}

/**
 * The single gate every IPC call goes through, in Electron and in the routed end-to-end tests:
 * sender check, input validation, handler, output validation. Nothing reaches a handler
 * unless its input parsed, so an invalid payload can never cause a write.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (name, input, sender) => {
    // Never String() an unknown value: `{ toString: [] }` would throw inside the catch below.
    const label = typeof name === 'string' ? name.slice(0, 64) : `(${typeof name})`;
    try {
      if (!isCallName(name)) throw new ApiError('unknown-call', `There is no call named ${label}.`);
      if (!sender.isMainFrame || !isAppUrl(sender.url, options.appUrls)) {
        throw new ApiError('untrusted-sender', 'This call is only accepted from Dossier’s own window.');
      }
      const spec = contract[name as CallName];
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) throw new ApiError('invalid-input', `Invalid input for ${name}.`, issuesOf(parsed.error));
      const handler = handlers[name as CallName] as (input: unknown) => Promise<unknown>;
      const output = await handler(parsed.data);
      const checked = spec.output.safeParse(output);
      if (!checked.success) throw new Error(`Handler ${name} returned an invalid result: ${issuesOf(checked.error).join('; ')}`);
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toInfo() };
      options.onInternalError?.(label, error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong in Dossier’s main process. Nothing was changed.' } };
    }
  };
}
