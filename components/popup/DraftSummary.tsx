import type { Platform } from '../../rules/types.ts';

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', other: 'Other site' };

export interface DraftSummaryProps {
  platform: Platform;
  /** The first words of the draft. */
  excerpt: string;
  images: number;
  /** Warn + block findings. */
  findings: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Which draft this is, at a glance: where, how it starts, what is attached. */
export function DraftSummary({ platform, excerpt, images, findings }: DraftSummaryProps) {
  return (
    <div className="draft-summary" data-testid="draft-summary">
      <p className="draft-excerpt">{excerpt ? `“${excerpt}”` : <em>No text yet</em>}</p>
      <p className="draft-facts">
        <span data-testid="draft-platform">{PLATFORM_NAMES[platform]} post</span>
        {' · '}
        <span data-testid="draft-images">{plural(images, 'image')}</span>
        {' · '}
        <span>{findings ? plural(findings, 'finding') : 'no findings'}</span>
      </p>
    </div>
  );
}
