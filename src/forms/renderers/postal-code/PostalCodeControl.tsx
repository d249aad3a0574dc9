// A postal-code input that knows the country chosen in the same form: it shows that country's usual format
// as help and placeholder, and writes the code in capitals (spaces are kept while typing) (the check itself is the postal-code validator's).
import { memo } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { countryName, postalCodeCountry, postalCodeExample } from '../../validation/postal-code';
import { TextControlView } from '../text/TextControl';

export function PostalCodeControlView(props: ControlProps) {
  const { uischema, description, path } = props;
  const ctx = useJsonForms();
  const formData: unknown = ctx.core?.data;
  const locale = ctx.i18n?.locale ?? 'en';
  const alpha2 = postalCodeCountry(uischema, formData);
  const example = alpha2 ? postalCodeExample(alpha2) : undefined;
  const shaped =
    example && uischema.options?.placeholder === undefined
      ? { ...uischema, options: { ...uischema.options, placeholder: `e.g. ${example}` } }
      : uischema;
  const help =
    description ||
    (alpha2
      ? `Postal code in ${countryName(alpha2, locale)}${example ? `, e.g. ${example}` : ''}.`
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
