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

/**
 * Overlapping avatars, at most `max` of them, then a "+N" chip for the rest.
 * Decorative: the caller says in words who is there.
 */
export function AvatarStack({
  people,
  max,
  size,
}: {
  people: readonly { key: string | number; name: string; color: string }[];
  max: number;
  size: "sm" | "md";
}) {
  return (
    <span aria-hidden className={cx("flex", size === "sm" ? "-space-x-1" : "-space-x-1.5")}>
      {people.slice(0, max).map((person) => (
        <Avatar key={person.key} name={person.name} color={person.color} size={size} />
      ))}
      {people.length > max && (
        <span
          className={cx(
            "inline-flex items-center justify-center rounded-full bg-sunken font-semibold text-muted ring-2 ring-surface",
            size === "sm" ? "h-5 w-5 text-[0.625rem]" : "h-7 w-7 text-xs",
          )}
        >
          +{people.length - max}
        </span>
      )}
    </span>
  );
}
