import { rangesOf, positionAt, readEditable, type EditableText } from "./editable-text";
import { TextareaMirror } from "./textarea-mirror";

/** A compose box's text as Enlist reads, measures and, on a click of Fix, changes it. */
export interface TextBox {
  read(): string;
  /** On-screen boxes of the text between two offsets of what read() gave. */
  rects(start: number, end: number): DOMRect[];
  /** Replaces a stretch as typing would, so the page's own editor sees an ordinary edit (and can undo it). */
  replace(start: number, end: number, replacement: string): void;
  dispose(): void;
}

/**
 * Types the replacement over the selection: execCommand("insertText") goes through the editor's own input
 * handling (and its undo history), which pages built on frameworks listen to.
 */
const insertText = (replacement: string) => document.execCommand("insertText", false, replacement);

export function textareaBox(area: HTMLTextAreaElement, shadow: Node): TextBox {
  const mirror = new TextareaMirror(area, shadow);
  return {
    read: () => area.value,
    rects: (start, end) => mirror.rects(area.value, start, end),
    replace(start, end, replacement) {
      area.focus();
      area.setSelectionRange(start, end);
      if (!insertText(replacement)) {
        area.setRangeText(replacement, start, end, "end");
        area.dispatchEvent(
          new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }),
        );
      }
    },
    dispose: () => mirror.remove(),
  };
}

export function editableBox(host: HTMLElement): TextBox {
  let model: EditableText = { text: "", pieces: [] };
  return {
    read() {
      model = readEditable(host);
      return model.text;
    },
    rects(start, end) {
      const out: DOMRect[] = [];
      for (const r of rangesOf(model, start, end)) out.push(...r.getClientRects());
      return out;
    },
    replace(start, end, replacement) {
      const from = positionAt(model, start);
      const to = positionAt(model, end);
      if (!from || !to) return;
      host.focus();
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      if (!insertText(replacement)) {
        range.deleteContents();
        range.insertNode(document.createTextNode(replacement));
        host.dispatchEvent(
          new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }),
        );
      }
    },
    dispose() {},
  };
}
