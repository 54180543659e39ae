import type { PropertyLine } from "./property-line";
import { isQuotedPrintable } from "./property-line";

/** Quoted-printable bytes (`=C3=91`) decoded in the property's charset (UTF-8 unless it says otherwise). */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) bytes.push(c);
    else for (const b of new TextEncoder().encode(value[i] as string)) bytes.push(b);
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder((charset ?? "utf-8").toLowerCase());
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** `\n` → line break, `\,` → `,`, `\;` → `;`, `\\` → `\`, and the `\:` some exporters write. */
export const unescapeText = (value: string): string =>
  value.replace(/\\(["nN,;:\\])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

/** The components of a structured value (N, ADR, ORG), split on semicolons that are not escaped. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === ";") {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts.map(unescapeText);
}

/** A property's text, decoded from quoted-printable when it is, with escapes undone. */
export function textOf(p: PropertyLine): string {
  const raw = isQuotedPrintable(p) ? decodeQuotedPrintable(p.value, p.params.get("CHARSET")?.[0]) : p.value;
  return unescapeText(raw).replace(/\r\n?/g, "\n").trim();
}

export function structuredOf(p: PropertyLine): string[] {
  const raw = isQuotedPrintable(p) ? decodeQuotedPrintable(p.value, p.params.get("CHARSET")?.[0]) : p.value;
  return splitStructured(raw).map((s) => s.trim());
}
