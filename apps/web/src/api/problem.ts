/** An RFC 9457 problem as the API sends it, or as the app describes a failure that never reached it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** For validation: every field at fault, by its path ("json.fromField"). */
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

/** The request never got an answer: the network, not the input, is at fault, so trying again may work. */
export const NETWORK_PROBLEM: Problem = {
  type: "about:network",
  title: "No connection",
  status: 0,
  detail: "Enlist could not reach the server. Check your connection and try again.",
};

export const isNetworkProblem = (p: Problem) => p.status === 0;

/**
 * The message for each field, keyed by the field's own path without the request part ("fromField",
 * "targetRoles.0"), so that a form can show it beside the field.
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const key = e.path.replace(/^(json|query|param|form|header)\.?/, "");
    out[key] ??= e.message;
  }
  return out;
}

/** Reads a failed response as a problem, whatever the server (or a proxy in front of it) sent. */
export async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return {
        type: body.type ?? "about:blank",
        title: body.title ?? res.statusText,
        status: res.status,
        ...body,
      } as Problem;
    } catch {
      // Fall through to the generic description.
    }
  }
  return {
    type: "about:blank",
    title: res.statusText || "Request failed",
    status: res.status,
    detail: `The server answered ${res.status}.`,
  };
}
