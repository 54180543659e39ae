// `npm run migrate`: brings the database up to date without starting the server (the server also does it).
import { describeDatabase } from "./config";
import { makeRuntime } from "./runtime";
import { loadConfig, openDatabase } from "./startup";

const { databaseUrl } = loadConfig("migrate the database");
const runtime = makeRuntime({ databaseUrl });
// The database layer migrates when it opens.
await openDatabase("migrate the database", runtime, databaseUrl);
await runtime.dispose();
console.log(`Migrated the database (${describeDatabase(databaseUrl)}).`);
