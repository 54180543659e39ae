import type { InputError, Result } from "@enlist/core";
import { Effect } from "effect";
import { InvalidInput } from "../errors";

/** A core function's result as an effect: its input error becomes InvalidInput (a 422 naming the fields). */
export const fromCore = <T>(result: Result<T, InputError>): Effect.Effect<T, InvalidInput> =>
  result.ok
    ? Effect.succeed(result.value)
    : Effect.fail(new InvalidInput({ detail: result.error.message, errors: result.error.issues }));
