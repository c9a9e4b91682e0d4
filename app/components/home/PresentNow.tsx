import type { PersonDTO } from "@/lib/discussion/protocol";
import { AvatarStack } from "../editor/Avatar";

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
      <AvatarStack
        people={people.map((person) => ({ ...person, key: person.id }))}
        max={MAX_SHOWN}
        size="sm"
      />
      <span aria-hidden>{people.length} here</span>
    </span>
  );
}
