import { cx } from "../ui/cx";
import { initials } from "./identity";

export function Avatar({
  name,
  color,
  size = "md",
  ring,
  title,
}: {
  name: string;
  color: string;
  size?: "sm" | "md" | "lg";
  ring?: boolean;
  title?: string;
}) {
  return (
    <span
      title={title ?? name}
      className={cx(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white ring-2 ring-surface select-none",
        size === "sm" && "h-5 w-5 text-[0.625rem]",
        size === "md" && "h-7 w-7 text-xs",
        size === "lg" && "h-14 w-14 text-lg",
        ring && "outline-2 outline-offset-1",
      )}
      style={{ background: color, outlineColor: ring ? color : undefined }}
    >
      {initials(name)}
    </span>
  );
}
