import { render } from "solid-js/web";
import { Assistant } from "./assistant";
import { composeBoxOf } from "./sites";
import styles from "./styles.css?inline";
import { editableBox, textareaBox, type TextBox } from "./text-box";

/**
 * One host element for everything Enlist draws, fixed and of no size, hung on the root element rather than
 * inside the page's body: nothing of the page's own layout moves when it appears.
 */
function shadowRoot(): ShadowRoot {
  const host = document.createElement("enlist-assistant");
  host.style.cssText = "all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;";
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = styles;
  root.append(style);
  document.documentElement.append(host);
  return root;
}

let root: ShadowRoot | undefined;
const attached = new Map<Element, { dispose(): void; text: TextBox }>();

function attach(target: EventTarget | null) {
  const box = composeBoxOf(target instanceof Element ? target : null);
  if (!box || attached.has(box.element)) return;
  root ??= shadowRoot();
  const mount = document.createElement("div");
  root.append(mount);
  const text = box.element instanceof HTMLTextAreaElement ? textareaBox(box.element, root) : editableBox(box.element);
  const dispose = render(() => <Assistant box={box} text={text} />, mount);
  attached.set(box.element, {
    text,
    dispose: () => {
      dispose();
      text.dispose();
      mount.remove();
    },
  });
}

// Compose boxes come and go as the person opens and closes them: Enlist joins one when it gets the focus,
// and leaves it once the page has removed it.
document.addEventListener("focusin", (e) => attach(e.composedPath()[0] ?? e.target), true);
if (document.activeElement) attach(document.activeElement);
setInterval(() => {
  for (const [el, a] of attached) {
    if (el.isConnected) continue;
    a.dispose();
    attached.delete(el);
  }
}, 1000);
