import { createSignal } from "solid-js";

/**
 * Copies a text to the clipboard and says so beside the button: a secret shown once (a token, a feed link)
 * should not depend on selecting a read-only field by hand, which is fiddly on a phone.
 */
export function CopyButton(props: { text: string; label: string }) {
  const [note, setNote] = createSignal("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setNote("Copied.");
    } catch {
      setNote("The browser did not allow copying; select the text and copy it yourself.");
    }
  };
  return (
    <span class="copy">
      <button type="button" class="small" onClick={() => void copy()}>
        {props.label}
      </button>{" "}
      <span class="hint" role="status">
        {note()}
      </span>
    </span>
  );
}
