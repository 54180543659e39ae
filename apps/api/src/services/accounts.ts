import { Effect } from "effect";
import { Conflict, NotFound, Unauthorized } from "../errors";
import { AppClock } from "./clock";
import { query } from "./db";
import { hashSecret, newId, newSecret } from "./ids";
import { Passwords, type PasswordHasher } from "./passwords";
import { hitShared } from "./rate-limit";
import { isUniqueViolation } from "../db/db-errors";

export const SESSION_DAYS = 30;
/**
 * Log-in attempts allowed in each quarter hour. Guesses are counted per account and address together, so
 * that anyone who knows an e-mail can spend only their own address's share and the owner, elsewhere, still
 * gets in; per address, across accounts, so one address cannot try account after account; and per
 * account, across addresses, with a ceiling ten times one address's share, which a guesser needs many
 * addresses to reach and which keeps a botnet to 100 guesses a quarter hour on any one account.
 */
export const LOGIN_LIMIT = { perAccountAndAddress: 10, perAccount: 100, perAddress: 30, windowSeconds: 900 };

export interface Me {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

export interface Session {
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: Me;
}

const dummies = new WeakMap<object, string>();
/** A hash of no one's password, made once per hasher with its own cost. */
const dummyHash = (passwords: PasswordHasher) =>
  Effect.gen(function* () {
    const known = dummies.get(passwords);
    if (known) return known;
    const made = yield* passwords.hash(newSecret("dummy"));
    dummies.set(passwords, made);
    return made;
  });

const normaliseEmail = (email: string) => email.trim().toLowerCase();

const startSession = (userId: string) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now();
    const token = newSecret("ses");
    const csrfToken = newSecret("csrf");
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
    yield* query(({ db }) =>
      db
        .insertInto("sessions")
        .values({
          id_hash: hashSecret(token),
          user_id: userId,
          csrf_token: csrfToken,
          created_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute(),
    );
    return { token, csrfToken, expiresAt };
  });

const toMe = (u: { id: string; email: string; name: string; created_at: string }): Me => ({
  id: u.id,
  email: u.email,
  name: u.name,
  createdAt: u.created_at,
});

/** Sign-ups allowed per address in each quarter hour: enough for a household, too few to probe for accounts. */
export const SIGNUP_LIMIT = { perAddress: 10, windowSeconds: 900 };

export const signup = (
  input: { email: string; password: string; name: string },
  address: string,
  perAddress = SIGNUP_LIMIT.perAddress,
) =>
  Effect.gen(function* () {
    const email = normaliseEmail(input.email);
    yield* hitShared(`signup:address:${address}`, perAddress, SIGNUP_LIMIT.windowSeconds);
    const taken = yield* query(({ db }) =>
      db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst(),
    );
    if (taken)
      return yield* Effect.fail(
        new Conflict({ detail: "An account with this e-mail already exists; log in instead." }),
      );
    const passwordHash = yield* (yield* Passwords).hash(input.password);
    const now = (yield* AppClock).now().toISOString();
    const user = {
      id: newId("usr"),
      email,
      name: input.name.trim(),
      password_hash: passwordHash,
      pivot: null,
      feed_token_hash: null,
      created_at: now,
    };
    yield* query(({ db }) => db.insertInto("users").values(user).execute()).pipe(
      // Two sign-ups racing for the same address: the unique index decides, and the loser is told so.
      // Only that: a full disk or a database gone is not "already exists".
      Effect.catchDefect((defect) =>
        isUniqueViolation(defect)
          ? Effect.fail(new Conflict({ detail: "An account with this e-mail already exists; log in instead." }))
          : Effect.die(defect),
      ),
    );
    const session = yield* startSession(user.id);
    return { ...session, user: toMe(user) } satisfies Session;
  });

export const login = (input: { email: string; password: string }, address: string) =>
  Effect.gen(function* () {
    const email = normaliseEmail(input.email);
    yield* hitShared(
      `login:account-address:${email}:${address}`,
      LOGIN_LIMIT.perAccountAndAddress,
      LOGIN_LIMIT.windowSeconds,
    );
    yield* hitShared(`login:address:${address}`, LOGIN_LIMIT.perAddress, LOGIN_LIMIT.windowSeconds);
    yield* hitShared(`login:account:${email}`, LOGIN_LIMIT.perAccount, LOGIN_LIMIT.windowSeconds);
    const user = yield* query(({ db }) =>
      db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst(),
    );
    // An unknown address is checked against a hash all the same, so the answer takes as long either way and
    // does not tell who has an account.
    const passwords = yield* Passwords;
    const stored = user?.password_hash ?? (yield* dummyHash(passwords));
    const ok = (yield* passwords.verify(input.password, stored)) && user !== undefined;
    if (!user || !ok) return yield* Effect.fail(new Unauthorized({ detail: "Wrong e-mail or password." }));
    // A hash made with an older, cheaper cost is made again now, the one time the password is at hand. Only
    // if it is still the hash just checked: a password reset in between is not undone.
    if (passwords.needsRehash(user.password_hash)) {
      const upgraded = yield* passwords.hash(input.password);
      yield* query(({ db }) =>
        db
          .updateTable("users")
          .set({ password_hash: upgraded })
          .where("id", "=", user.id)
          .where("password_hash", "=", user.password_hash)
          .execute(),
      );
    }
    const session = yield* startSession(user.id);
    return { ...session, user: toMe(user) } satisfies Session;
  });

export const logout = (sessionToken: string) =>
  query(({ db }) => db.deleteFrom("sessions").where("id_hash", "=", hashSecret(sessionToken)).execute()).pipe(
    Effect.asVoid,
  );

export interface Principal {
  userId: string;
  /** How the request proved who it is: cookie-authenticated writes need a CSRF token, bearer ones do not. */
  via: "session" | "token";
  csrfToken?: string;
}

export const fromSession = (token: string) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now().toISOString();
    const row = yield* query(({ db }) =>
      db.selectFrom("sessions").selectAll().where("id_hash", "=", hashSecret(token)).executeTakeFirst(),
    );
    if (!row || row.expires_at <= now)
      return yield* Effect.fail(new Unauthorized({ detail: "Your session has ended; log in again." }));
    return { userId: row.user_id, via: "session", csrfToken: row.csrf_token } satisfies Principal;
  });

export const fromToken = (token: string) =>
  Effect.gen(function* () {
    const row = yield* query(({ db }) =>
      db
        .selectFrom("tokens")
        .select(["id", "user_id", "last_used_at"])
        .where("token_hash", "=", hashSecret(token))
        .executeTakeFirst(),
    );
    if (!row)
      return yield* Effect.fail(new Unauthorized({ detail: "This access token is not valid (revoked or mistyped)." }));
    const now = (yield* AppClock).now();
    // Recorded at most once a minute: a write on every request would serialise all reads behind it.
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      yield* query(({ db }) =>
        db.updateTable("tokens").set({ last_used_at: now.toISOString() }).where("id", "=", row.id).execute(),
      );
    }
    return { userId: row.user_id, via: "token" } satisfies Principal;
  });

export const me = (userId: string) =>
  Effect.gen(function* () {
    const user = yield* query(({ db }) =>
      db.selectFrom("users").select(["id", "email", "name", "created_at"]).where("id", "=", userId).executeTakeFirst(),
    );
    if (!user) return yield* Effect.fail(new NotFound({ what: "account" }));
    return toMe(user);
  });

/** Deletes the account and, by cascade, everything it owns. */
export const deleteAccount = (userId: string) =>
  query(({ db }) => db.deleteFrom("users").where("id", "=", userId).execute()).pipe(Effect.asVoid);

export const createToken = (userId: string, name: string) =>
  Effect.gen(function* () {
    const token = newSecret("enl");
    const now = (yield* AppClock).now().toISOString();
    const id = newId("tok");
    yield* query(({ db }) =>
      db
        .insertInto("tokens")
        .values({ id, user_id: userId, name, token_hash: hashSecret(token), created_at: now, last_used_at: null })
        .execute(),
    );
    return { id, name, token, createdAt: now };
  });

export const listTokens = (userId: string) =>
  query(({ db }) =>
    db
      .selectFrom("tokens")
      .select(["id", "name", "created_at", "last_used_at"])
      .where("user_id", "=", userId)
      .orderBy("id")
      .execute(),
  ).pipe(
    Effect.map((rows) =>
      rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at })),
    ),
  );

export const revokeToken = (userId: string, id: string) =>
  Effect.gen(function* () {
    const result = yield* query(({ db }) =>
      db.deleteFrom("tokens").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst(),
    );
    if (Number(result.numDeletedRows) === 0) return yield* Effect.fail(new NotFound({ what: "token" }));
  });

/** A new calendar feed link replaces the old one, which stops working. */
export const createFeedToken = (userId: string) =>
  Effect.gen(function* () {
    const token = newSecret("feed");
    yield* query(({ db }) =>
      db
        .updateTable("users")
        .set({ feed_token_hash: hashSecret(token) })
        .where("id", "=", userId)
        .execute(),
    );
    return token;
  });

export const revokeFeedToken = (userId: string) =>
  query(({ db }) => db.updateTable("users").set({ feed_token_hash: null }).where("id", "=", userId).execute()).pipe(
    Effect.asVoid,
  );

export const userByFeedToken = (token: string) =>
  Effect.gen(function* () {
    const row = yield* query(({ db }) =>
      db.selectFrom("users").select("id").where("feed_token_hash", "=", hashSecret(token)).executeTakeFirst(),
    );
    if (!row) return yield* Effect.fail(new NotFound({ what: "calendar feed" }));
    return row.id;
  });
