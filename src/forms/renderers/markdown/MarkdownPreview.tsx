// The rendered Markdown (loaded on demand, so react-markdown weighs only on forms that show a preview).
// Raw HTML is dropped: the preview shows formatting, never markup the text smuggles in; images load only from the
// https origins config.json lists (none by default) — any other image is shown as a link, and nothing is fetched.
import { formsMessages } from '../../forms-messages';
import Markdown from 'react-markdown';
import { allowedImageUrl, useMarkdownImageOrigins } from './markdown-images';

export function MarkdownPreview({ source }: { source: string }) {
  const origins = useMarkdownImageOrigins();
  const t = formsMessages.t;
  return (
    <Markdown
      skipHtml
      components={{
        a: ({ href, children }) => (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        ),
        img: ({ src, alt }) => {
          const allowed = allowedImageUrl(src, origins);
          if (allowed) return <img src={allowed} alt={alt ?? ''} referrerPolicy="no-referrer" />;
          const text = alt ? t('controls.image', { alt }) : t('controls.untitledImage');
          return typeof src === 'string' && /^https?:/i.test(src) ? (
            <a href={src} target="_blank" rel="noopener noreferrer">
              {text}
            </a>
          ) : (
            <span>{text}</span>
          );
        },
      }}
    >
      {source}
    </Markdown>
  );
}
