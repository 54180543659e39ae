// `npm run migrate`: brings the database up to date without starting the server (the server also does it).
import { connect, migrate } from "./db/connect";
import { configFromEnv } from "./config";

const { databaseUrl } = configFromEnv();
const { db, engine } = connect(databaseUrl);
try {
  await migrate(db);
  console.log(`Migrated the ${engine} database.`);
} finally {
  await db.destroy();
}
