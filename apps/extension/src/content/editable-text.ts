/** A run of the text that is a DOM text node: where it starts in the text read from the editor. */
interface Piece {
  node: Text;
  start: number;
}

/** The text of a contenteditable as a person reads it, and where each of its characters sits in the DOM. */
export interface EditableText {
  text: string;
  pieces: Piece[];
}

const BLOCKS = new Set([
  "DIV",
  "P",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "PRE",
  "TABLE",
  "TR",
]);

/**
 * Reads an editor's text: block elements (paragraphs, Gmail's line divs) and <br> are line breaks, so the
 * linter sees lines and paragraphs where the person sees them.
 */
export function readEditable(root: Node): EditableText {
  let text = "";
  const pieces: Piece[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      pieces.push({ node: node as Text, start: text.length });
      text += value;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === "BR") {
      text += "\n";
      return;
    }
    if (el.tagName === "SCRIPT" || el.tagName === "STYLE") return;
    const block = BLOCKS.has(el.tagName);
    if (block && text.length > 0 && !text.endsWith("\n")) text += "\n";
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  // A block's own last <br> only holds the line open; it adds no line of its own.
  return { text: text.replace(/\n$/, ""), pieces };
}

/** The DOM position of a text offset: inside a text node, or at the start of the next one after a break. */
export function positionAt(model: EditableText, offset: number): { node: Text; offset: number } | null {
  let last: Piece | undefined;
  for (const p of model.pieces) {
    if (offset < p.start)
      return last && offset <= last.start + last.node.data.length
        ? { node: last.node, offset: offset - last.start }
        : { node: p.node, offset: 0 };
    last = p;
  }
  if (!last) return null;
  return { node: last.node, offset: Math.min(offset - last.start, last.node.data.length) };
}

/** DOM ranges covering the text between two offsets, one per text node: the underline is drawn from their boxes. */
export function rangesOf(model: EditableText, start: number, end: number, doc: Document = document): Range[] {
  const out: Range[] = [];
  for (const p of model.pieces) {
    const from = Math.max(start, p.start);
    const to = Math.min(end, p.start + p.node.data.length);
    if (from >= to) continue;
    const r = doc.createRange();
    r.setStart(p.node, from - p.start);
    r.setEnd(p.node, to - p.start);
    out.push(r);
  }
  return out;
}
