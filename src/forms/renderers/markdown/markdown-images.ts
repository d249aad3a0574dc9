// Which https origins the Markdown preview may load images from (config.json `markdown.imageOrigins`). Server-sent
// text could otherwise make the browser fetch a tracking image: by default there are none, and images are links.
import { createContext, useContext } from 'react';

export const MarkdownImageOrigins = createContext<readonly string[]>([]);

export const useMarkdownImageOrigins = () => useContext(MarkdownImageOrigins);

/** The image's URL when it is https on an allowed origin, else undefined (shown as a link instead). */
export function allowedImageUrl(src: unknown, origins: readonly string[]): string | undefined {
  if (typeof src !== 'string') return undefined;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && origins.includes(url.origin) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
