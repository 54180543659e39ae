import { randomBytes } from "node:crypto";
import { Effect } from "effect";
import { Credentials } from "../http/schemas";
import { InvalidInput, NotFound } from "../errors";
import { query } from "./db";
import { Passwords } from "./passwords";

export interface PasswordReset {
  userId: string;
  email: string;
  sessionsEnded: number;
  tokensRevoked: number;
}

/** A password nobody chose: 18 random bytes, 24 characters of base64url, for the operator to pass on. */
export const generatedPassword = () => randomBytes(18).toString("base64url");

/**
 * Sets a new password for the account with this e-mail, for an operator who can run commands where the
 * server runs (self-hosted Enlist sends no mail). Everything that proved the old one — sessions, access
 * tokens, the calendar feed link — ends with it, in one transaction, so whoever held them is out.
 */
export const resetPassword = (email: string, password: string) =>
  Effect.gen(function* () {
    const checked = Credentials.shape.password.safeParse(password);
    if (!checked.success)
      return yield* Effect.fail(
        new InvalidInput({
          detail: `The new password ${checked.error.issues[0]?.message ?? "is not valid"}.`,
          errors: [],
        }),
      );
    const address = email.trim().toLowerCase();
    const user = yield* query(({ db }) =>
      db.selectFrom("users").select(["id", "email"]).where("email", "=", address).executeTakeFirst(),
    );
    if (!user) return yield* Effect.fail(new NotFound({ what: "account" }));
    const hash = yield* (yield* Passwords).hash(password);
    return yield* query(({ db }) =>
      db.transaction().execute(async (tx) => {
        await tx
          .updateTable("users")
          .set({ password_hash: hash, feed_token_hash: null })
          .where("id", "=", user.id)
          .execute();
        const sessions = await tx.deleteFrom("sessions").where("user_id", "=", user.id).executeTakeFirst();
        const tokens = await tx.deleteFrom("tokens").where("user_id", "=", user.id).executeTakeFirst();
        return {
          userId: user.id,
          email: user.email,
          sessionsEnded: Number(sessions.numDeletedRows),
          tokensRevoked: Number(tokens.numDeletedRows),
        } satisfies PasswordReset;
      }),
    );
  });
