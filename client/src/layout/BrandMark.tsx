/** The platform's mark: three rising steps for the three tiers. Decorative. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M11 34h8v-7h8v-7h8v-7" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx="35" cy="13" r="3" fill="#f5c542" />
    </svg>
  );
}
