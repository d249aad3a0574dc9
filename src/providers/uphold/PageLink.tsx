// A link to another Uphold page: a real link where the host has addresses (the app), a button in the embed.
import Button, { type ButtonProps } from '@mui/material/Button';
import type { MouseEvent } from 'react';
import type { ProviderPageProps } from '../types';

export function PageLink(
  props: Pick<ProviderPageProps, 'open' | 'href'> & { page?: string | undefined } & Omit<ButtonProps, 'href'>,
) {
  const { open, href, page, ...button } = props;
  const onClick = (event: MouseEvent) => {
    // Let the browser open a new tab or window when asked; otherwise stay in the app.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(page);
  };
  return <Button {...button} href={href?.(page)} onClick={onClick} />;
}
