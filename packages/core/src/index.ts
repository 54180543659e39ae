// The public surface of @enlist/core. Each area lists its exports by name in its public.ts; nothing
// internal is exported by accident. Each area is also an entry of its own (`@enlist/core/lint` …).
export * from "./schemas/public";
export * from "./circles/public";
export * from "./ask/public";
export * from "./follow-up/public";
export * from "./plan/public";
export * from "./discovery/public";
export * from "./lint/public";
export * from "./build/public";
export * from "./text/public";
