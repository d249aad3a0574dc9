// The rendered Markdown (loaded on demand, so react-markdown weighs only on forms that show a preview).
// Raw HTML is dropped: the preview shows formatting, never markup the text smuggles in.
import Markdown from 'react-markdown';

export function MarkdownPreview({ source }: { source: string }) {
  return (
    <Markdown
      skipHtml
      components={{
        a: ({ href, children }) => (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        ),
      }}
    >
      {source}
    </Markdown>
  );
}
