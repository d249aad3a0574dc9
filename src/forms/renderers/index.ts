// The renderer set every form uses: JSON Forms' material renderers plus our own (ranked above them).
import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { ChoiceControl, choiceControlTester } from './choice/ChoiceControl';
import { countryControlTester } from './country/tester';
import { CountryControl } from './country/CountryControl';
import { ListControl } from './list/ListControl';
import { listControlTester } from './list/tester';
import { MultiChoiceControl } from './multi-choice/MultiChoiceControl';
import { multiChoiceControlTester } from './multi-choice/tester';
import { PostalCodeControl } from './postal-code/PostalCodeControl';
import { postalCodeControlTester } from './postal-code/tester';
import { progressiveVerticalLayoutTester } from './progressive-layout/tester';
import { ProgressiveVerticalLayout } from './progressive-layout/ProgressiveVerticalLayout';
import { unsupportedElementTester } from './unsupported/tester';
import { UnsupportedElement } from './unsupported/UnsupportedElement';
import { textControlTester } from './text/tester';
import { TextControl } from './text/TextControl';
import { markdownControlTester } from './markdown/tester';
import { MarkdownControl } from './markdown/MarkdownControl';

export const rendererSet: JsonFormsRendererRegistryEntry[] = [
  ...materialRenderers,
  { tester: textControlTester, renderer: TextControl },
  { tester: countryControlTester, renderer: CountryControl },
  { tester: choiceControlTester, renderer: ChoiceControl },
  { tester: progressiveVerticalLayoutTester, renderer: ProgressiveVerticalLayout },
  { tester: markdownControlTester, renderer: MarkdownControl },
  { tester: listControlTester, renderer: ListControl },
  { tester: postalCodeControlTester, renderer: PostalCodeControl },
  { tester: multiChoiceControlTester, renderer: MultiChoiceControl },
  { tester: unsupportedElementTester, renderer: UnsupportedElement },
];
export const cellSet: JsonFormsCellRendererRegistryEntry[] = [...materialCells];
