import { onMount, type JSX } from "solid-js";

/**
 * A screen: sets the document title and moves focus to its heading, so that a screen reader announces
 * where a link led and keyboard users start from the top of the new screen.
 */
export function Page(props: { title: string; lead?: JSX.Element; children: JSX.Element; actions?: JSX.Element }) {
  let heading!: HTMLHeadingElement;
  onMount(() => {
    document.title = `${props.title} · Enlist`;
    heading.focus({ preventScroll: false });
  });
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
        {props.actions}
      </header>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}
