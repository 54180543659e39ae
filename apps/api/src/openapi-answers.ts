// Test support: checks an answer against what the OpenAPI document says the operation answers — its
// status, its media type and, with a JSON Schema validator in OpenAPI 3.1's dialect (2020-12), its body.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
export interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, object> };
}

/** Every operation of the document by its operationId, with its method and path. */
export function operations(doc: Document): Map<string, { method: string; path: string; operation: Operation }> {
  const out = new Map<string, { method: string; path: string; operation: Operation }>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(methods))
      out.set(operation.operationId ?? `${method} ${path}`, { method, path, operation });
  return out;
}

/** Checks answers against one document; each body schema is compiled once. */
export function answerChecker(doc: Document) {
  // strict off: the document's schemas carry OpenAPI's own words (example, description on a $ref…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const byId = operations(doc);
  const compiled = new Map<string, ReturnType<Ajv2020["compile"]>>();

  /** What is wrong with this answer for this operation; an empty list when the document describes it. */
  return async function problemsWith(operationId: string, res: Response): Promise<string[]> {
    const entry = byId.get(operationId);
    if (!entry) return [`${operationId} is not in the document`];
    const declared = entry.operation.responses[String(res.status)];
    const where = `${operationId} → ${res.status}`;
    if (!declared) return [`${where}: the document lists only ${Object.keys(entry.operation.responses).join(", ")}`];
    const text = await res.text();
    if (!declared.content) return text === "" ? [] : [`${where}: a body the document does not describe`];
    const type = (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    const media = declared.content[type];
    if (!media)
      return [
        `${where}: answered ${type || "no content type"}, the document says ${Object.keys(declared.content).join(" or ")}`,
      ];
    const key = `${operationId} ${res.status} ${type}`;
    let validate = compiled.get(key);
    if (!validate) {
      // The schema as the root, with the components beside it, so that its "#/components/…" references resolve.
      validate = ajv.compile({ ...media.schema, components: doc.components });
      compiled.set(key, validate);
    }
    const body = /json/.test(type) ? JSON.parse(text) : text;
    return validate(body)
      ? []
      : (validate.errors ?? []).map(
          (e) => `${where}: ${e.instancePath || "(body)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
        );
  };
}
