import { Icon } from "./Icon";

/** The chevron drawn over a native <select> (inside a `relative` wrapper): one look for every select. */
export function SelectChevron() {
  return (
    <Icon
      name="down"
      className="pointer-events-none absolute top-1/2 right-2 h-3.5 w-3.5 -translate-y-1/2 text-muted"
    />
  );
}
