import type { Severity } from "../schemas/finding";

export type Preset = "recommended" | "strict";

/** `recommended` keeps every rule's own severities; `strict` raises each one step, so warnings block sending. */
export function presetSeverity(preset: Preset, severity: Severity): Severity {
  if (preset === "recommended") return severity;
  return severity === "info" ? "warning" : "error";
}
