import { cx } from "./cx";

/** Stroke icons on a 24-unit grid (1.75 stroke), drawn for Parallax. */
const PATHS = {
  plus: "M12 5v14M5 12h14",
  back: "M15 18l-6-6 6-6",
  edit: "M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4",
  close: "M6 6l12 12M18 6L6 18",
  check: "M5 12.5l4.5 4.5L19 7",
  alert:
    "M12 8v5M12 16.5v.01M10.3 3.9L2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  cloudOff:
    "M3 3l18 18M8.5 8.6A5 5 0 0 0 6.5 18H17M19.7 16.3A4 4 0 0 0 17.5 9h-.7A6 6 0 0 0 9.9 5.4",
  lanes: "M4 6h16M4 12h16M4 18h16",
  up: "M6 15l6-6 6 6",
  down: "M6 9l6 6 6-6",
  grip: "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
  keyboard: "M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10",
  user: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 20a8 8 0 0 1 16 0",
  calendar: "M4 6h16v14H4zM4 10h16M9 3v4M15 3v4",
  tag: "M3 12V4h8l9 9-8 8-9-9zM7.5 7.5h.01",
  bold: "M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z",
  italic: "M10 5h8M6 19h8M14 5l-4 14",
  listBullet: "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
  listOrdered: "M10 6h10M10 12h10M10 18h10M4 5l1.5-1V9M4 15.5a1.5 1.5 0 1 1 2.5 1L4 19h3",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  quote: "M7 7h4v4c0 3-1.5 5-4 6M14 7h4v4c0 3-1.5 5-4 6",
  flag: "M5 21V4M5 4h11l-2.5 4.5L16 13H5",
  chat: "M4 5h16v11H9l-5 4V5z",
  inbox: "M4 13l2.5-8h11L20 13v6H4zM4 13h5l1 2h4l1-2h5",
  book: "M4 5a2 2 0 0 1 2-2h13v15H6a2 2 0 0 0-2 2zM4 20a2 2 0 0 0 2 2h13v-4",
  heading: "M6 5v14M18 5v14M6 12h12",
  paragraph: "M13 5v14M17 5v14M19 5h-9.5a4 4 0 0 0 0 8H13",
  undo: "M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
  more: "M5 12h.01M12 12h.01M19 12h.01",
  timeline: "M3 12h18M7 8v8M12 5v14M17 9v6",
  refresh: "M20 11a8 8 0 0 0-14.9-3M4 4v4h4M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4",
  lock: "M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3",
  copy: "M9 9h11v11H9zM15 9V4H4v11h5",
  signOut: "M14 4h5v16h-5M10 8l-4 4 4 4M6 12h11",
  key: "M8 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h9M17 12v3M20 12v2",
  eye: "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
  history: "M12 7v5l3 2M3.5 12a8.5 8.5 0 1 0 2.5-6M3 3v4h4",
  review: "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4",
  compare: "M7 4L3 8l4 4M3 8h13M17 20l4-4-4-4M21 16H8",
  settings:
    "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2.2.2-1.3-1.5.3-2.2-3-1-1 2h-1.6l-1-2-3 1 .3 2.2L6 7.2 4 7 3 10l2 1v2l-2 1 1 3 2.2-.2 1.3 1.5-.3 2.2 3 1 1-2h1.6l1 2 3-1-.3-2.2 1.3-1.5 2.2.2 1-3-2-1z",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={cx("h-4 w-4 shrink-0", className)}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
