import type { PersonDTO } from "@/lib/discussion/protocol";
import { Avatar } from "../editor/Avatar";

const MAX_SHOWN = 3;

/** Who has a timeline open now, as small avatars; nothing when nobody does. */
export function PresentNow({ people }: { people: PersonDTO[] }) {
  if (people.length === 0) return null;
  const names = people.map((p) => p.name);
  const label =
    names.length === 1
      ? `${names[0]} is here now`
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)} are here now`;
  return (
    <span
      data-testid="timeline-card-present"
      data-count={people.length}
      title={label}
      className="ml-auto flex items-center gap-1.5"
    >
      <span className="sr-only">{label}</span>
      <span aria-hidden className="flex -space-x-1">
        {people.slice(0, MAX_SHOWN).map((person) => (
          <Avatar key={person.id} name={person.name} color={person.color} size="sm" title="" />
        ))}
        {people.length > MAX_SHOWN && (
          <span className="inline-flex h-5 w-5 items-center justify-center rounded-full bg-sunken text-[0.625rem] font-semibold text-muted ring-2 ring-surface">
            +{people.length - MAX_SHOWN}
          </span>
        )}
      </span>
      <span aria-hidden>{people.length} here</span>
    </span>
  );
}
