// The navigation of a long form's sections: on wide screens a list beside the form that stays in view, on narrow
// ones a wrapping list above it. Each link brings its section into view and moves the focus to its heading; the
// section being read is marked (aria-current).
import { useEffect, useState, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { editorText } from './editor-text';
import type { FormSection } from './form-sections';

const sectionElement = (root: Element | null, key: string) =>
  root?.querySelector<HTMLElement>(`[data-section="${CSS.escape(key)}"]`) ?? null;

/** The section whose top has passed the upper third of the screen last (the first one before any has). */
function useCurrentSection(root: RefObject<HTMLElement | null>, keys: readonly string[]) {
  const [current, setCurrent] = useState<string | undefined>(keys[0]);
  const keysKey = keys.join('\u0000');
  useEffect(() => {
    const list = keysKey.split('\u0000');
    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let found = list[0];
      for (const key of list) {
        const element = sectionElement(root.current, key);
        if (element && element.getBoundingClientRect().top <= line) found = key;
      }
      // At the very end of the page the last sections cannot reach the line: the bottom one is being read.
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setCurrent(atEnd && window.scrollY > 0 ? list.at(-1) : found);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [root, keysKey]);
  return [current, setCurrent] as const;
}

export function SectionNav(props: { sections: readonly FormSection[]; root: RefObject<HTMLElement | null> }) {
  const { sections, root } = props;
  const [current, setCurrent] = useCurrentSection(
    root,
    sections.map((section) => section.key),
  );
  const go = (key: string) => {
    const element = sectionElement(root.current, key);
    if (!element) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    (element.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? element).focus({ preventScroll: true });
    setCurrent(key);
  };
  return (
    <Box
      component="nav"
      aria-label={editorText.sectionsNav}
      data-section-nav=""
      sx={{
        alignSelf: 'start',
        position: { md: 'sticky' },
        top: { md: 16 },
        mb: { xs: 2, md: 0 },
      }}
    >
      <Box
        component="ul"
        sx={{
          listStyle: 'none',
          m: 0,
          p: 0,
          display: 'flex',
          flexDirection: { xs: 'row', md: 'column' },
          flexWrap: 'wrap',
          gap: { xs: 1, md: 0 },
        }}
      >
        {sections.map((section) => {
          const here = section.key === current;
          return (
            <li key={section.key}>
              <Link
                href={`#${encodeURIComponent(section.key)}`}
                underline="hover"
                aria-current={here ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go(section.key);
                }}
                sx={{
                  display: 'block',
                  color: here ? 'primary.main' : 'text.primary',
                  fontWeight: here ? 600 : 400,
                  fontSize: '0.9375rem',
                  lineHeight: 1.4,
                  // Narrow: outlined pills that wrap; wide: a list with a bar beside the current one.
                  border: { xs: 1, md: 0 },
                  borderColor: { xs: here ? 'primary.main' : 'divider' },
                  borderRadius: { xs: 4, md: 0 },
                  borderLeft: { md: 3 },
                  borderLeftColor: { md: here ? 'primary.main' : 'divider' },
                  px: { xs: 1.5, md: 1.5 },
                  py: { xs: 0.5, md: 0.75 },
                }}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
