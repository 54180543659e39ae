// The properties that decide where a textarea's characters fall: a copy laid out with them wraps the same way.
const COPIED = [
  "boxSizing",
  "width",
  "height",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
  "borderTopStyle",
  "borderRightStyle",
  "borderBottomStyle",
  "borderLeftStyle",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "fontStretch",
  "fontVariant",
  "fontFeatureSettings",
  "fontKerning",
  "letterSpacing",
  "wordSpacing",
  "lineHeight",
  "textIndent",
  "textTransform",
  "textAlign",
  "tabSize",
  "direction",
] as const;

/**
 * An invisible copy of a textarea's text, laid out as the textarea lays it out, inside Enlist's shadow root:
 * a textarea's characters have no boxes of their own, its copy's do. The page's DOM is never touched.
 */
export class TextareaMirror {
  private readonly div: HTMLDivElement;
  private readonly node: Text;

  constructor(
    private readonly area: HTMLTextAreaElement,
    parent: Node,
  ) {
    this.div = document.createElement("div");
    this.div.setAttribute("aria-hidden", "true");
    this.node = document.createTextNode("");
    this.div.append(this.node);
    Object.assign(this.div.style, {
      position: "fixed",
      visibility: "hidden",
      pointerEvents: "none",
      overflow: "hidden",
      whiteSpace: "pre-wrap",
      overflowWrap: "break-word",
      margin: "0",
      top: "0",
      left: "0",
    });
    parent.appendChild(this.div);
  }

  /** Boxes of the characters between two offsets, where they are on screen now (scrolling included). */
  rects(text: string, start: number, end: number): DOMRect[] {
    const style = getComputedStyle(this.area);
    const s = this.div.style;
    for (const key of COPIED) s[key] = style[key];
    const box = this.area.getBoundingClientRect();
    // The textarea's scrollbar narrows its text; the copy has none, so it is narrowed by as much.
    const scrollbar =
      this.area.offsetWidth -
      this.area.clientWidth -
      parseFloat(style.borderLeftWidth) -
      parseFloat(style.borderRightWidth);
    s.boxSizing = "border-box";
    s.width = `${box.width - Math.max(0, scrollbar)}px`;
    s.height = `${box.height}px`;
    s.top = `${box.top}px`;
    s.left = `${box.left}px`;
    if (this.node.data !== text) this.node.data = text;
    this.div.scrollTop = this.area.scrollTop;
    this.div.scrollLeft = this.area.scrollLeft;
    const range = document.createRange();
    range.setStart(this.node, Math.min(start, text.length));
    range.setEnd(this.node, Math.min(end, text.length));
    return [...range.getClientRects()];
  }

  remove() {
    this.div.remove();
  }
}
