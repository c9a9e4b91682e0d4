/**
 * What peers see of a user in presence and carets: the display name and
 * colour of the signed-in profile (never the email). The server overwrites
 * it in every awareness state with the authenticated one.
 */
export interface LocalUser {
  name: string;
  color: string;
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? "").join("") || "?";
}
