// A multi-line Markdown editor with a Write / Preview switch. Typing is as light as the text control (the text box
// holds what is typed, committed after a pause, on blur and on switching); the preview renderer loads only when first asked for. The
// text box is the light field frame with a textarea (no MUI TextField on the first load).
import { useFormsText } from '../../use-forms-text';
import { lazy, memo, Suspense, useId, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { Field, helpIdOf } from '../field/Field';
import { useRegisteredInput } from '../input-registry';
import { useTypedValue } from '../text/use-typed-value';

const MarkdownPreview = lazy(async () => ({ default: (await import('./MarkdownPreview')).MarkdownPreview }));

type Mode = 'write' | 'preview';

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

export function MarkdownControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, uischema, schema } = props;
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const typed = useTypedValue(inputRef, {
    value: props.data,
    display: asText,
    parse: (raw) => (raw === '' ? undefined : raw),
    commit: (next) => props.handleChange(path, next),
  });
  const { flush } = typed;
  const leave = useRegisteredInput({ path, flush, focus: () => inputRef.current?.focus() });
  const [mode, setMode] = useState<Mode>('write');
  const t = useFormsText();
  const tabsId = useId();
  if (!visible) return null;
  const options = (uischema.options ?? {}) as Record<string, unknown>;
  const readonlyReason = typeof options.readonlyReason === 'string' ? options.readonlyReason : undefined;
  const help = errors || (!enabled && readonlyReason) || description || t('controls.markdownHelp');
  // The preview shows what the form holds: switching to it commits what is typed first.
  const text = asText(props.data);
  const inputId = `${id}-input`;
  // The help line is `<input id>-helper-text` (as MUI names it); the preview points at the same text.
  const helpId = helpIdOf(inputId);
  return (
    <Box sx={{ my: 1 }}>
      <Tabs
        value={mode}
        onChange={(_event, next: Mode) => {
          flush();
          setMode(next);
        }}
        // Not named after the field: getByLabel(field label) must find the text box alone.
        aria-label={t('controls.writeOrPreview')}
        sx={{ minHeight: 36 }}
      >
        <Tab
          value="write"
          label={t('controls.write')}
          id={`${tabsId}-write`}
          aria-controls={`${tabsId}-panel`}
          sx={{ minHeight: 36 }}
        />
        <Tab
          value="preview"
          label={t('controls.preview')}
          id={`${tabsId}-preview`}
          aria-controls={`${tabsId}-panel`}
          sx={{ minHeight: 36 }}
        />
      </Tabs>
      <Box role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${mode}`}>
        {mode === 'write' ? (
          <Field
            inputId={inputId}
            label={label}
            required={required}
            error={errors !== ''}
            disabled={!enabled}
            help={help}
          >
            <textarea
              id={inputId}
              className="pe-input pe-input--tall"
              rows={5}
              required={required}
              disabled={!enabled}
              aria-invalid={errors !== '' ? true : undefined}
              aria-describedby={helpId}
              maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
              defaultValue={typed.defaultValue}
              ref={inputRef}
              onBlur={leave}
            />
          </Field>
        ) : (
          <>
            <Box
              role="region"
              aria-label={t('controls.previewOf', { label })}
              aria-describedby={helpId}
              sx={{
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                px: 2,
                py: 1,
                mt: 1,
                minHeight: 120,
                '& p:first-of-type': { mt: 0 },
              }}
            >
              {text.trim() === '' ? (
                <Typography color="text.secondary">{t('controls.nothingToPreview')}</Typography>
              ) : (
                <Suspense fallback={<Typography role="status">{t('controls.loadingPreview')}</Typography>}>
                  <MarkdownPreview source={text} />
                </Suspense>
              )}
            </Box>
            <FormHelperText id={helpId} error={errors !== ''}>
              {help}
            </FormHelperText>
          </>
        )}
      </Box>
    </Box>
  );
}

export const MarkdownControl = withJsonFormsControlProps(memo(MarkdownControlView));
