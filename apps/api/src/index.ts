// The API as a library: the app, its runtime and configuration, for the server, the tests and the web app.
export { createApp, BODY_LIMIT, IMPORT_LIMIT } from "./app";
export type { AppType, AppOptions } from "./app";
export { makeRuntime } from "./runtime";
export { configFromEnv } from "./config";
export type { Config } from "./config";
export { fixedClock, systemClock } from "./services/clock";
