import { colorFor } from "@/lib/document";

/** Who this browser is, until there are accounts: a display name kept in localStorage. */
export interface LocalUser {
  name: string;
  color: string;
}

const STORAGE_KEY = "parallax:display-name";

const ADJECTIVES = [
  "Careful",
  "Curious",
  "Patient",
  "Diligent",
  "Quiet",
  "Keen",
  "Steady",
  "Thoughtful",
  "Candid",
  "Nimble",
];
const NOUNS = [
  "Archivist",
  "Heron",
  "Chronicler",
  "Otter",
  "Cartographer",
  "Lynx",
  "Scribe",
  "Falcon",
  "Reader",
  "Badger",
];

function generatedName(): string {
  const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)];
  return `${pick(ADJECTIVES)} ${pick(NOUNS)}`;
}

export const MAX_NAME_LENGTH = 40;

export function userFor(name: string): LocalUser {
  return { name, color: colorFor(name) };
}

export function loadLocalUser(): LocalUser {
  let name = "";
  try {
    name = localStorage.getItem(STORAGE_KEY)?.trim() ?? "";
    if (!name) {
      name = generatedName();
      localStorage.setItem(STORAGE_KEY, name);
    }
  } catch {
    name = name || generatedName();
  }
  return userFor(name.slice(0, MAX_NAME_LENGTH));
}

export function saveLocalUser(name: string): LocalUser {
  const clean = name.replace(/\s+/g, " ").trim().slice(0, MAX_NAME_LENGTH);
  try {
    localStorage.setItem(STORAGE_KEY, clean);
  } catch {
    // Private mode: the name lasts for this page only.
  }
  return userFor(clean);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? "").join("") || "?";
}
