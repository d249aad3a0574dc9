// The children of a layout, each through a light dispatch: the renderer is chosen once per element (JSON Forms'
// testers, highest rank wins) and the element's output is kept while its own props stay the same, so a commit of
// one field does not re-run JSON Forms' dispatch for every element of a long form. The dispatch does not read JSON
// Forms' context (a new value on every commit, which would re-render every element of the form): its layout hands
// it the renderers, the root schema and the config. Controls get their ids from JSON Forms' id registry, as its own
// dispatch gives them.
import { useFormLocale } from '../../form-locale';
import { formsMessages } from '../../forms-messages';
import { memo, useEffect, useMemo, useState, type ComponentType } from 'react';
import {
  Id,
  isControl,
  isLayout,
  type LayoutProps,
  type JsonFormsCellRendererRegistryEntry,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema,
  type OwnPropsOfLayout,
  type OwnPropsOfRenderer,
  type UISchemaElement,
} from '@jsonforms/core';
import { ctxToLayoutProps, useJsonForms } from '@jsonforms/react';

export interface LayoutElementsProps {
  elements: readonly UISchemaElement[];
  schema: JsonSchema;
  path: string;
  enabled: boolean;
  renderers?: JsonFormsRendererRegistryEntry[] | undefined;
  cells?: JsonFormsCellRendererRegistryEntry[] | undefined;
  /** The form's whole schema (testers resolve `$ref`s in it). */
  rootSchema: JsonSchema | undefined;
  config: unknown;
}

interface ElementProps extends Omit<LayoutElementsProps, 'elements'> {
  uischema: UISchemaElement;
}

const NONE: never[] = [];

/** A layout's props: JSON Forms' own, and the form's root schema for its children's dispatch. */
export type LayoutViewProps = LayoutProps & { rootSchema: JsonSchema | undefined };

/** A layout renderer: JSON Forms' layout props (its context read here, once per layout) into a memoised view. */
export function withLayoutProps(View: ComponentType<LayoutViewProps>): ComponentType<OwnPropsOfLayout> {
  const Memo = memo(View);
  function Layout(own: OwnPropsOfLayout) {
    const ctx = useJsonForms();
    return <Memo {...own} {...ctxToLayoutProps(ctx, own)} rootSchema={ctx.core?.schema} />;
  }
  Layout.displayName = `Layout(${View.displayName ?? View.name})`;
  return Layout;
}

/** What a layout hands down: its own elements and JSON Forms' schema, path, enabled state and renderer sets. */
export function childrenOf(props: LayoutViewProps): LayoutElementsProps {
  const { uischema, schema, path, enabled, renderers, cells, rootSchema } = props;
  const config: unknown = props.config;
  const elements = isLayout(uischema) ? uischema.elements : NONE;
  return { elements, schema, path, enabled, renderers, cells, rootSchema, config };
}

const ElementDispatch = memo(function ElementDispatch(props: ElementProps) {
  const { uischema, schema, path, enabled, renderers, cells, rootSchema, config } = props;
  const allRenderers = renderers ?? NONE;
  const allCells = cells ?? NONE;
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
});

export function LayoutElements({ elements, ...shared }: LayoutElementsProps) {
  return elements.map((child, index) => (
    <ElementDispatch key={`${shared.path}-${index}`} uischema={child} {...shared} />
  ));
}
