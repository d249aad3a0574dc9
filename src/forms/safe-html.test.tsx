import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { SafeHtml, parseSafeHtml, safeHtmlToText } from './safe-html';

const html = (text: string) => render(<SafeHtml text={text} />).container.innerHTML;

describe('SafeHtml', () => {
  it('renders <br>, <b>, <i> and https links as markup', () => {
    expect(html('One<br>two<br/>three')).toBe('One<br>two<br>three');
    expect(html('A <b>bold</b> and <i>quiet</i> word')).toBe('A <b>bold</b> and <i>quiet</i> word');
    expect(html('See <a href="https://uphold.com/fees">the fees</a>.')).toBe(
      'See <a href="https://uphold.com/fees" target="_blank" rel="noopener noreferrer">the fees</a>.',
    );
    expect(html('<B>Loud</B> <BR>')).toBe('<b>Loud</b> <br>');
  });

  it('shows every other tag, attribute and link scheme as text', () => {
    const { container } = render(
      <SafeHtml text={'<script>alert(1)</script><img src=x onerror=alert(1)><b onclick="x">b</b>'} />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.textContent).toBe(
      '<script>alert(1)</script><img src=x onerror=alert(1)><b onclick="x">b</b>',
    );
    const javascript = render(<SafeHtml text={'<a href="javascript:alert(1)">x</a>'} />).container;
    expect(javascript.querySelector('a')).toBeNull();
    expect(javascript.textContent).toBe('<a href="javascript:alert(1)">x</a>');
    expect(html('<a href="http://example.com">plain http</a>')).not.toContain('<a ');
  });

  it('keeps unmatched closing tags as text and closes what the server left open', () => {
    expect(html('a</b>c')).toBe('a&lt;/b&gt;c');
    expect(html('<b>open')).toBe('<b>open</b>');
    expect(html('<a href="https://a.example">x <a href="https://b.example">y</a></a>')).toContain(
      '&lt;a href="https://b.example"&gt;y',
    );
  });

  it('decodes the basic entities into text (never into markup)', () => {
    const { container } = render(<SafeHtml text={'Fish &amp; chips &lt;b&gt;'} />);
    expect(container.textContent).toBe('Fish & chips <b>');
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('safeHtmlToText', () => {
  it('turns the markup into words for labels and help texts', () => {
    expect(safeHtmlToText('Tax form<br><br>Why is this needed?')).toBe('Tax form Why is this needed?');
    expect(safeHtmlToText('Read <a href="https://uphold.com/w9">the W-9 guide</a>')).toBe(
      'Read the W-9 guide (https://uphold.com/w9)',
    );
    expect(safeHtmlToText('<i>Plain</i> & <u>u</u>')).toBe('Plain & <u>u</u>');
    expect(safeHtmlToText('No markup at all')).toBe('No markup at all');
  });

  it('parses into a small tree', () => {
    expect(parseSafeHtml('a<b>b<br></b>')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'b', children: [{ kind: 'text', text: 'b' }, { kind: 'br' }] },
    ]);
  });
});
