/** Hero illustration: three rising steps, one per tier, the top one in the little-giant red. */
export function TierSteps({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 220 120" aria-hidden="true" focusable="false">
      <rect x="10" y="76" width="60" height="36" rx="4" fill="var(--mantine-color-govBlue-2)" />
      <rect x="80" y="48" width="60" height="64" rx="4" fill="var(--mantine-color-govBlue-5)" />
      <rect x="150" y="18" width="60" height="94" rx="4" fill="var(--mantine-color-govBlue-8)" />
      <rect x="150" y="18" width="60" height="8" rx="4" fill="#c8102e" />
      <path d="M28 62 L100 34 L170 6" fill="none" stroke="#f5c542" strokeWidth="3" strokeLinecap="round" strokeDasharray="2 7" />
      <circle cx="170" cy="6" r="4" fill="#f5c542" />
    </svg>
  );
}
