// The accessible names a list control gives its items and buttons, from what one item is called ('Occupation'):
// used by the control and by the README's names table, so both always agree.
export function listNames(itemLabel: string) {
  const lower = itemLabel.toLowerCase();
  return {
    item: (position: number) => `${itemLabel} ${position}`,
    add: `Add ${lower}`,
    remove: (position: number) => `Remove ${lower} ${position}`,
    empty: `No ${lower} yet.`,
  };
}
