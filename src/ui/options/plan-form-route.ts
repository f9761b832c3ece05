/**
 * The plans section's own addresses, which the popup opens: `options.html#add` (a new
 * plan) and `options.html#plan=<id>` (that plan's form). Any other hash (`#backup`, the
 * contents list's anchors) is no form route.
 */
export type PlanFormRoute = { form: 'add' } | { form: 'edit'; planId: string };

export function planFormRouteOf(hash: string): PlanFormRoute | undefined {
  const text = hash.replace(/^#/, '');
  if (text === 'add') return { form: 'add' };
  const match = /^plan=(.+)$/.exec(text);
  if (!match) return undefined;
  try {
    return { form: 'edit', planId: decodeURIComponent(match[1]!) };
  } catch {
    // A malformed escape is no id we could have stored.
    return { form: 'edit', planId: match[1]! };
  }
}

export function planFormHash(route: PlanFormRoute): string {
  return route.form === 'add' ? '#add' : `#plan=${encodeURIComponent(route.planId)}`;
}
