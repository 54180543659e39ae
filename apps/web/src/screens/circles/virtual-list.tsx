import { createMemo, createSignal, For, onCleanup, onMount, type JSX } from "solid-js";

/**
 * A list that renders only the rows in view (plus a few either side), so a column of 30,000 contacts costs
 * what one screenful does. Rows have a fixed height; `onNearEnd` asks for the next page before the end shows.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  label: string;
  /** The number of items there are in all, when known, for screen readers' "3 of 10,000". */
  total?: number;
  onNearEnd?: () => void;
  /**
   * Rows that can be picked: the list becomes a grid of rows (ARIA allows aria-selected on a row, not on a
   * list item), each row's content being its one cell.
   */
  isSelected?: (item: T) => boolean;
  children: (item: T, index: number) => JSX.Element;
}) {
  let viewport!: HTMLDivElement;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [height, setHeight] = createSignal(480);
  const overscan = 6;

  onMount(() => {
    setHeight(viewport.clientHeight || 480);
    if (typeof ResizeObserver !== "undefined") {
      const ro = new ResizeObserver(() => setHeight(viewport.clientHeight || 480));
      ro.observe(viewport);
      onCleanup(() => ro.disconnect());
    }
  });

  const range = createMemo(() => {
    const first = Math.max(0, Math.floor(scrollTop() / props.rowHeight) - overscan);
    const last = Math.min(props.items.length, Math.ceil((scrollTop() + height()) / props.rowHeight) + overscan);
    return { first, last };
  });
  // The items themselves, not wrappers: rows that stay in view keep their elements while scrolling.
  const visible = createMemo(() => props.items.slice(range().first, range().last));

  const onScroll = () => {
    setScrollTop(viewport.scrollTop);
    if (
      props.onNearEnd &&
      viewport.scrollTop + viewport.clientHeight >= props.items.length * props.rowHeight - props.rowHeight * 10
    )
      props.onNearEnd();
  };

  return (
    // Only computed values go in style (set from script, which the page's CSP allows); the rest is in CSS.
    <div class="virtual" ref={viewport} onScroll={onScroll} tabIndex={-1}>
      <ul
        aria-label={props.label}
        role={props.isSelected ? "grid" : undefined}
        aria-multiselectable={props.isSelected ? "true" : undefined}
        aria-rowcount={props.isSelected ? (props.total ?? props.items.length) : undefined}
        style={{ height: `${props.items.length * props.rowHeight}px` }}
      >
        <For each={visible()}>
          {(item, i) => {
            const index = () => range().first + i();
            return (
              <li
                role={props.isSelected ? "row" : undefined}
                aria-rowindex={props.isSelected ? index() + 1 : undefined}
                aria-selected={props.isSelected ? (props.isSelected(item) ? "true" : "false") : undefined}
                aria-setsize={props.isSelected ? undefined : (props.total ?? props.items.length)}
                aria-posinset={props.isSelected ? undefined : index() + 1}
                style={{ top: `${index() * props.rowHeight}px`, height: `${props.rowHeight}px` }}
              >
                {props.children(item, index())}
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}
