import { detectImportFormat, IMPORT_HEAD_BYTES, IMPORT_MEDIA_TYPES } from "@enlist/io";
import { api, csrfToken } from "../../api/client";
import { NETWORK_PROBLEM, type Problem } from "../../api/problem";
import type { Outcome } from "../../api/call";

import type { ImportResult } from "../../api/types";
export type { ImportResult };

/** The file's type as the API wants it, from its name and its start (a picked file's own type is a guess). */
export async function importType(file: File): Promise<(typeof IMPORT_MEDIA_TYPES)[keyof typeof IMPORT_MEDIA_TYPES]> {
  const head = new Uint8Array(await file.slice(0, IMPORT_HEAD_BYTES).arrayBuffer());
  return IMPORT_MEDIA_TYPES[detectImportFormat(file.type, head, file.name)];
}

/**
 * Sends a file to the import endpoint (its address from the typed client) with XMLHttpRequest, the one
 * browser API that reports upload progress, which a 20 MB export needs.
 */
export function uploadImport(
  file: File,
  query: { dryRun?: "true"; skip?: string; merge?: string },
  onProgress: (fraction: number) => void,
): Promise<Outcome<ImportResult>> {
  const url = api.v1.contacts.import.$url({ query });
  return new Promise((resolve) => {
    void importType(file).then((type) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url.pathname + url.search);
      xhr.setRequestHeader("Content-Type", type);
      const token = csrfToken();
      if (token) xhr.setRequestHeader("X-CSRF-Token", token);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onerror = () => resolve({ ok: false, problem: NETWORK_PROBLEM });
      xhr.onload = () => {
        const response = new Response(xhr.responseText, {
          status: xhr.status,
          headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
        });
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300 && body)
          return resolve({ ok: true, value: body as ImportResult, response });
        const problem = (body ?? {}) as Partial<Problem>;
        resolve({
          ok: false,
          problem: {
            type: problem.type ?? "about:blank",
            title: problem.title ?? `The server answered ${xhr.status}`,
            status: xhr.status,
            ...problem,
          } as Problem,
        });
      };
      xhr.send(file);
    });
  });
}
