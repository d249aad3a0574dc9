// Heading levels in order: a form sits under its page's h1 (or a tab's name), so its groups are h2 and a group
// inside a group one level deeper (h6 at most).
import { createContext, useContext } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const HeadingLevelContext = createContext<HeadingLevel>(2);

export const HeadingLevelProvider = HeadingLevelContext.Provider;

export const useHeadingLevel = () => useContext(HeadingLevelContext);

export const nextHeadingLevel = (level: HeadingLevel): HeadingLevel =>
  level === 2 ? 3 : level === 3 ? 4 : level === 4 ? 5 : 6;
