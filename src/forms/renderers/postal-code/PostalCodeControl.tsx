// A postal-code input that knows the country chosen in the same form: it shows that country's usual format
// as help and placeholder, and writes the code in capitals (spaces are kept while typing) (the check itself is the postal-code validator's).
import { memo } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { useFormLocale } from '../../form-locale';
import { formsMessages } from '../../forms-messages';
import { countryName, postalCodeCountry, postalCodeExample } from '../../validation/postal-code';
import { TextControlView } from '../text/TextControl';

export function PostalCodeControlView(props: ControlProps) {
  const { uischema, description, path } = props;
  const ctx = useJsonForms();
  const formData: unknown = ctx.core?.data;
  const locale = useFormLocale();
  const t = formsMessages.in(locale);
  const alpha2 = postalCodeCountry(uischema, formData);
  const example = alpha2 ? postalCodeExample(alpha2) : undefined;
  const shaped =
    example && uischema.options?.placeholder === undefined
      ? { ...uischema, options: { ...uischema.options, placeholder: t('controls.example', { example }) } }
      : uischema;
  const help =
    description ||
    (alpha2
      ? example
        ? t('controls.postalCodeHintExample', { country: countryName(alpha2, locale), example })
        : t('controls.postalCodeHint', { country: countryName(alpha2, locale) })
      : undefined);
  return (
    <TextControlView
      {...props}
      uischema={shaped}
      description={help}
      handleChange={(_path, value: unknown) =>
        props.handleChange(path, typeof value === 'string' ? value.toUpperCase() : value)
      }
    />
  );
}

export const PostalCodeControl = withJsonFormsControlProps(memo(PostalCodeControlView));
