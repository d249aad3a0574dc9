// A Label element: a line of text between questions.
import { memo } from 'react';
import type { LabelProps } from '@jsonforms/core';
import { withJsonFormsLabelProps } from '@jsonforms/react';
import { useFieldThemeClass } from '../field/field-theme';

function LabelElementView({ text, visible }: LabelProps) {
  const themeClass = useFieldThemeClass();
  if (!visible || !text) return null;
  return <p className={`pe-label-element ${themeClass}`}>{text}</p>;
}

export const LabelElement = withJsonFormsLabelProps(memo(LabelElementView));
