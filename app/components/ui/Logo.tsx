/** The Parallax mark: two lanes, two points, offset. */
export function Logo() {
  return (
    <svg aria-hidden viewBox="0 0 28 28" className="h-7 w-7">
      <rect width="28" height="28" rx="7" className="fill-accent" />
      <path d="M6 10h16M6 18h16" stroke="white" strokeOpacity=".45" strokeWidth="1.5" />
      <circle cx="11" cy="10" r="2.6" fill="white" />
      <circle cx="17" cy="18" r="2.6" fill="white" />
    </svg>
  );
}
