import type { Stage } from '@clientele/sdk';

/** A stage's name with its colour as a dot (the name carries the meaning, the colour only helps). */
export function StageBadge({ stage }: { stage: Stage | null | undefined }) {
  if (!stage) return <span className="muted">—</span>;
  return (
    <span className="stage">
      <svg className="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
        <circle cx="5" cy="5" r="5" fill={stage.colorHex} />
      </svg>
      {stage.name}
    </span>
  );
}
