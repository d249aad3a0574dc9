// A group: an outlined section under its title (a heading, as JSON Forms' material group shows it; no extra
// role, so the accessible names inside stay what they were).
import { memo } from 'react';
import type { GroupLayout as GroupLayoutSchema, LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { useFieldThemeClass } from '../field/field-theme';
import { LayoutElements } from './LayoutElements';

function GroupLayoutView(props: LayoutProps) {
  const { uischema, schema, path, enabled, visible, renderers, cells, label } = props;
  const themeClass = useFieldThemeClass();
  if (!visible) return null;
  const title = typeof label === 'string' && label !== '' ? label : undefined;
  return (
    <div className={`pe-group ${themeClass}`}>
      {title && <h3>{title}</h3>}
      <LayoutElements
        elements={(uischema as GroupLayoutSchema).elements}
        schema={schema}
        path={path}
        enabled={enabled}
        renderers={renderers}
        cells={cells}
      />
    </div>
  );
}

export const GroupLayout = withJsonFormsLayoutProps(memo(GroupLayoutView));
