import { PROBLEM_STATUS, type ErrorCode } from '@rights-kit/contract';

export type KnownCode = Exclude<ErrorCode, 'unknown'>;

/** What the platform refuses a request with: a problem code and a detail for people. */
export interface Refusal {
  code: KnownCode;
  detail: string;
}

/** What a write needing a step-up proof (biometric or PIN in the bank app) is refused with while it has none. */
export const STEP_UP_REQUIRED: Refusal = { code: 'step_up_required', detail: 'Confirm with the bank app (biometric or PIN), then retry with its proof.' };

/** A refusal from the platform's rules, answered as an RFC 9457 problem by the handlers. */
export class PlatformProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: KnownCode,
    readonly detail: string,
    readonly invalidParams?: { name: string; reason: string }[],
  ) {
    super(detail);
    this.status = PROBLEM_STATUS[code];
  }
}

export const refuse = (code: KnownCode, detail: string, invalidParams?: { name: string; reason: string }[]): never => {
  throw new PlatformProblem(code, detail, invalidParams);
};
