// A Label element: a line of text between questions. Server-sent text (an Uphold hint) may carry simple HTML
// (<br>, <b>, <i>, https links): shown safely as markup, everything else as text.
import { memo } from 'react';
import type { LabelProps } from '@jsonforms/core';
import { withJsonFormsLabelProps } from '@jsonforms/react';
import { SafeHtml } from '../../safe-html';
import { useFieldThemeClass } from '../field/field-theme';

function LabelElementView({ text, visible }: LabelProps) {
  const themeClass = useFieldThemeClass();
  if (!visible || !text) return null;
  return (
    <p className={`pe-label-element ${themeClass}`}>
      <SafeHtml text={text} />
    </p>
  );
}

export const LabelElement = withJsonFormsLabelProps(memo(LabelElementView));
