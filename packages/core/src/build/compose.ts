import type { MessagePart, PartName } from "./build-input";

export interface Piece {
  name: PartName;
  text: string;
  /** Optional parts are dropped, in the order of this number (lowest first), when the channel is tight. */
  dropOrder: number | null;
}

export interface Layout {
  /** Put the greeting on its own line and each part in its own paragraph (e-mail), or run it all together. */
  paragraphs: boolean;
}

/** Joins the pieces into a body and records where each one landed. */
export function compose(pieces: readonly Piece[], layout: Layout): { body: string; parts: MessagePart[] } {
  let body = "";
  const parts: MessagePart[] = [];
  let previous: PartName | null = null;
  for (const piece of pieces) {
    if (body) body += separator(previous, piece.name, layout);
    parts.push({ name: piece.name, start: body.length, end: body.length + piece.text.length });
    body += piece.text;
    previous = piece.name;
  }
  return { body, parts };
}

function separator(previous: PartName | null, next: PartName, layout: Layout): string {
  if (!layout.paragraphs) return next === "sign-off" ? " — " : " ";
  if (previous === "greeting") return "\n\n";
  if (next === "sign-off") return "\n\n";
  // Compliment, connection and reason make one paragraph; the ask, easy out and thanks another.
  if (next === "ask") return "\n\n";
  return " ";
}
