import { PROBLEM_STATUS, type ErrorCode } from '@rights-kit/contract';

export type KnownCode = Exclude<ErrorCode, 'unknown'>;

/** What the platform refuses a request with: a problem code and a detail for people. */
export interface Refusal {
  code: KnownCode;
  detail: string;
}

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
