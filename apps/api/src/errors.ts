import { Data } from "effect";

/** Expected failures, as values. Each maps to one RFC 9457 problem in http/problem.ts; nothing else does. */
export class NotFound extends Data.TaggedError("NotFound")<{ readonly what: string }> {}
export class Conflict extends Data.TaggedError("Conflict")<{ readonly detail: string }> {}
export class PreconditionFailed extends Data.TaggedError("PreconditionFailed")<{
  readonly detail: string;
  readonly current?: unknown;
}> {}
export class PreconditionRequired extends Data.TaggedError("PreconditionRequired")<{ readonly detail: string }> {}
export class Unauthorized extends Data.TaggedError("Unauthorized")<{ readonly detail: string }> {}
export class Forbidden extends Data.TaggedError("Forbidden")<{ readonly detail: string }> {}
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly detail: string;
  readonly errors: readonly { readonly path: string; readonly message: string }[];
}> {}
export class InvalidFile extends Data.TaggedError("InvalidFile")<{ readonly detail: string }> {}
export class RateLimited extends Data.TaggedError("RateLimited")<{ readonly retryAfterSeconds: number }> {}

export type ApiError =
  | NotFound
  | Conflict
  | PreconditionFailed
  | PreconditionRequired
  | Unauthorized
  | Forbidden
  | InvalidInput
  | InvalidFile
  | RateLimited;
