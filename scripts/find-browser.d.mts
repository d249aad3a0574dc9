/** The executable for launchOptions.executablePath; undefined = Playwright's own browser; null = none found. */
export function findChromium(): string | undefined | null;
