// An editable list of objects (add, edit, remove) whose items show their fields at once, each input labelled
// with its position ("Occupation 2") and each remove button naming the item it removes.
import { useFormLocale } from '../../form-locale';
import { memo, useEffect, useMemo, useRef } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import {
  composePaths,
  type ControlElement,
  type ControlProps,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsControlProps } from '@jsonforms/react';
import { listNames } from './list-names';
import { visuallyHidden } from '@mui/utils';

export interface ListOptions {
  /** What one item is called, e.g. 'Occupation' ("Add occupation", "Occupation 2", "Remove occupation 2"). */
  itemLabel?: string;
}

type WithElements = UISchemaElement & { elements?: UISchemaElement[] };

/** The item's layout; a single field is labelled with the item's name and position. */
function itemLayout(
  detail: UISchemaElement | undefined,
  name: string,
  position: number,
  locale: string,
): UISchemaElement {
  const layout: WithElements = detail ?? { type: 'VerticalLayout', elements: [] };
  const elements = layout.elements ?? [];
  if (elements.length === 1 && elements[0]?.type === 'Control') {
    const only = elements[0] as ControlElement;
    const relabelled: WithElements = {
      ...layout,
      elements: [{ ...only, label: listNames(name, locale).item(position) }],
    };
    return relabelled;
  }
  return layout;
}

export function ListControlView(props: ControlProps) {
  const { path, label, errors, description, enabled, visible, id, uischema, schema } = props;
  const items = useMemo(() => (Array.isArray(props.data) ? (props.data as unknown[]) : []), [props.data]);
  const settings = (uischema.options?.list ?? {}) as ListOptions;
  const name = settings.itemLabel ?? 'Item';
  const locale = useFormLocale();
  const names = listNames(name, locale);
  const itemSchema = (schema.items ?? {}) as JsonSchema;
  const detail = uischema.options?.detail as UISchemaElement | undefined;
  const container = useRef<HTMLDivElement>(null);
  // After "Add", the new item's first input gets the focus once it is rendered.
  const pendingFocus = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined || index >= items.length) return;
    pendingFocus.current = undefined;
    container.current
      ?.querySelector<HTMLElement>(`[data-list-item="${index}"] input, [data-list-item="${index}"] textarea`)
      ?.focus();
  }, [items.length]);

  if (!visible) return null;
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const help = errors || description;
  const add = () => {
    pendingFocus.current = items.length;
    props.handleChange(path, [...items, {}]);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    props.handleChange(path, next.length ? next : undefined);
  };
  return (
    <Stack
      ref={container}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={help ? helpId : undefined}
      spacing={1}
      sx={{ my: 1 }}
    >
      <Typography
        id={labelId}
        component="span"
        variant="subtitle1"
        // Its section's title already shows it: kept for the group's name only.
        sx={uischema.options?.labelIsSectionTitle === true ? visuallyHidden : undefined}
      >
        {label}
      </Typography>
      {help && (
        <Typography
          id={helpId}
          variant="caption"
          color={errors ? 'error' : 'text.secondary'}
          role={errors ? 'alert' : undefined}
        >
          {help}
        </Typography>
      )}
      {items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {names.empty}
        </Typography>
      )}
      {items.map((_, index) => (
        <Stack key={index} direction="row" spacing={1} alignItems="flex-start" data-list-item={index}>
          <Stack sx={{ flex: 1 }}>
            <JsonFormsDispatch
              schema={itemSchema}
              uischema={itemLayout(detail, name, index + 1, locale)}
              path={composePaths(path, String(index))}
              enabled={enabled}
            />
          </Stack>
          <Button
            sx={{ mt: 1.5 }}
            disabled={!enabled}
            startIcon={<DeleteOutlineIcon aria-hidden />}
            aria-label={names.remove(index + 1)}
            onClick={() => remove(index)}
          >
            Remove
          </Button>
        </Stack>
      ))}
      <div>
        <Button
          variant="outlined"
          size="small"
          disabled={!enabled}
          startIcon={<AddIcon aria-hidden />}
          aria-describedby={help ? helpId : undefined}
          onClick={add}
        >
          {names.add}
        </Button>
      </div>
    </Stack>
  );
}

export const ListControl = withJsonFormsControlProps(memo(ListControlView));
