// A group: a titled, outlined section whose title names it for assistive technology (role="group").
import { memo, useId } from 'react';
import type { GroupLayout as GroupLayoutSchema, LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { useFieldThemeClass } from '../field/field-theme';
import { LayoutElements } from './LayoutElements';

function GroupLayoutView(props: LayoutProps) {
  const { uischema, schema, path, enabled, visible, renderers, cells, label } = props;
  const themeClass = useFieldThemeClass();
  const titleId = useId();
  if (!visible) return null;
  const title = typeof label === 'string' && label !== '' ? label : undefined;
  return (
    <section className={`pe-group ${themeClass}`} role="group" aria-labelledby={title ? titleId : undefined}>
      {title && <h3 id={titleId}>{title}</h3>}
      <LayoutElements
        elements={(uischema as GroupLayoutSchema).elements}
        schema={schema}
        path={path}
        enabled={enabled}
        renderers={renderers}
        cells={cells}
      />
    </section>
  );
}

export const GroupLayout = withJsonFormsLayoutProps(memo(GroupLayoutView));
