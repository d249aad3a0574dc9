import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MarkdownImageOrigins } from './markdown-images';
import { MarkdownPreview } from './MarkdownPreview';

const source = '![beacon](https://tracker.example/pixel.gif) ![logo](https://img.example.com/logo.png)';

describe('MarkdownPreview images', () => {
  it('shows no image by default: each is a link, and nothing is fetched', () => {
    const { container } = render(<MarkdownPreview source={source} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Image: beacon' })).toHaveAttribute(
      'href',
      'https://tracker.example/pixel.gif',
    );
    expect(screen.getByRole('link', { name: 'Image: logo' })).toBeInTheDocument();
  });

  it('shows images from the https origins config lists, and only those', () => {
    const { container } = render(
      <MarkdownImageOrigins.Provider value={['https://img.example.com']}>
        <MarkdownPreview source={`${source} ![plain](http://img.example.com/x.png)`} />
      </MarkdownImageOrigins.Provider>,
    );
    const images = [...container.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['https://img.example.com/logo.png']);
    expect(screen.getByRole('img', { name: 'logo' })).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(screen.getByRole('link', { name: 'Image: beacon' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Image: plain' })).toBeInTheDocument();
  });
});
