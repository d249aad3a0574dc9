// The children of a layout, each through a light dispatch: the renderer is chosen once per element (JSON Forms'
// testers, highest rank wins) and the element's output is kept while its own props stay the same, so a commit of
// one field does not re-run JSON Forms' dispatch for every element of a long form. Controls get their ids from
// JSON Forms' id registry, as its own dispatch gives them.
import { useFormLocale } from '../../form-locale';
import { formsMessages } from '../../forms-messages';
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import {
  Id,
  isControl,
  isLayout,
  type LayoutProps,
  type JsonFormsCellRendererRegistryEntry,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema,
  type OwnPropsOfRenderer,
  type UISchemaElement,
} from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';

export interface LayoutElementsProps {
  elements: readonly UISchemaElement[];
  schema: JsonSchema;
  path: string;
  enabled: boolean;
  renderers?: JsonFormsRendererRegistryEntry[] | undefined;
  cells?: JsonFormsCellRendererRegistryEntry[] | undefined;
}

interface ElementProps extends Omit<LayoutElementsProps, 'elements'> {
  uischema: UISchemaElement;
}

const NONE: never[] = [];

/** What a layout hands down: its own elements and JSON Forms' schema, path, enabled state and renderer sets. */
export function childrenOf(props: LayoutProps): LayoutElementsProps {
  const { uischema, schema, path, enabled, renderers, cells } = props;
  return { elements: isLayout(uischema) ? uischema.elements : NONE, schema, path, enabled, renderers, cells };
}

function ElementDispatch({ uischema, schema, path, enabled, renderers, cells }: ElementProps) {
  const ctx = useJsonForms();
  const allRenderers = renderers ?? ctx.renderers ?? NONE;
  const allCells = cells ?? ctx.cells ?? NONE;
  const rootSchema = ctx.core?.schema;
  const config: unknown = ctx.config;
  const scope = isControl(uischema) ? uischema.scope : undefined;
  // As JSON Forms' own dispatch: an id per control (its scope, numbered when the scope repeats), freed on unmount.
  const [id] = useState(() => (scope === undefined ? undefined : Id.createId(scope)));
  useEffect(
    () => () => {
      if (id !== undefined) Id.removeId(id);
    },
    [id],
  );
  const Renderer = useMemo((): ComponentType<OwnPropsOfRenderer & { id?: string }> | undefined => {
    const context = { rootSchema: rootSchema ?? schema, config };
    let best: ComponentType<OwnPropsOfRenderer & { id?: string }> | undefined;
    let bestRank = -1;
    for (const entry of allRenderers) {
      const rank = entry.tester(uischema, schema, context);
      if (rank > bestRank) {
        best = entry.renderer as ComponentType<OwnPropsOfRenderer & { id?: string }>;
        bestRank = rank;
      }
    }
    return best;
  }, [allRenderers, uischema, schema, rootSchema, config]);
  const locale = useFormLocale();
  return useMemo(
    () =>
      Renderer ? (
        <Renderer
          uischema={uischema}
          schema={schema}
          path={path}
          enabled={enabled}
          renderers={allRenderers}
          cells={allCells}
          id={id}
        />
      ) : (
        <p role="note">{formsMessages.in(locale)('controls.noRenderer')}</p>
      ),
    [Renderer, uischema, schema, path, enabled, allRenderers, allCells, id, locale],
  );
}

export function LayoutElements({ elements, schema, path, enabled, renderers, cells }: LayoutElementsProps) {
  return elements.map((child, index) => (
    <ElementDispatch
      key={`${path}-${index}`}
      uischema={child}
      schema={schema}
      path={path}
      enabled={enabled}
      renderers={renderers}
      cells={cells}
    />
  ));
}
