// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { positionAt, rangesOf, readEditable } from "./editable-text";

const editor = (html: string) => {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
};

describe("readEditable", () => {
  it("reads Gmail's line divs, with an empty one as a blank line", () => {
    expect(readEditable(editor("<div>Hi Sarah,</div><div><br></div><div>Could we talk?</div>")).text).toBe(
      "Hi Sarah,\n\nCould we talk?",
    );
  });

  it("reads paragraphs and line breaks", () => {
    expect(readEditable(editor("<p>Hi Ana,</p><p><br></p><p>One line<br>and the next</p>")).text).toBe(
      "Hi Ana,\n\nOne line\nand the next",
    );
  });

  it("reads text before the first block, and inline markup as part of its line", () => {
    expect(readEditable(editor("Hello <b>there</b><div>second</div>")).text).toBe("Hello there\nsecond");
  });
});

describe("positions", () => {
  it("maps an offset to its text node, across a break", () => {
    const root = editor("<div>Hi Sara,</div><div>Thanks</div>");
    const model = readEditable(root);
    const at = positionAt(model, model.text.indexOf("Thanks") + 2);
    expect(at?.node.data).toBe("Thanks");
    expect(at?.offset).toBe(2);
  });

  it("covers a stretch over two lines with one range per text node", () => {
    const model = readEditable(editor("<div>Hi Sara,</div><div>Thanks</div>"));
    const ranges = rangesOf(model, 3, model.text.length);
    expect(ranges.map((r) => r.toString())).toEqual(["Sara,", "Thanks"]);
  });
});
