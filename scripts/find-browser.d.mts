/** The executable for launchOptions.executablePath; undefined = Playwright's own browser; null = none found. */
export function findChromium(): string | undefined | null;
/** The flags every browser run here uses. */
export const CHROMIUM_ARGS: string[];
