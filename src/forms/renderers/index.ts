// The renderer set every form uses: light renderers of our own for everything the common forms contain (no
// JSON Forms material renderers, date pickers or MUI inputs per field are bundled for them), then a fallback
// that loads JSON Forms' material set only when a foreign hint holds an element none of ours takes, then a
// notice for what nothing can show. Ranks are above the material ones each replaces (see each tester), so an
// element gets the same kind of renderer whether or not the material set has been loaded.
import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { BooleanControl } from './boolean/BooleanControl';
import { booleanControlTester } from './boolean/tester';
import { ChoiceControl, choiceControlTester } from './choice/ChoiceControl';
import { countryControlTester } from './country/tester';
import { CountryControl } from './country/CountryControl';
import { EnumControl } from './enum/EnumControl';
import { enumControlTester } from './enum/tester';
import { MaterialFallback } from './fallback/MaterialFallback';
import { materialFallbackTester } from './fallback/tester';
import { GroupLayout } from './layout/GroupLayout';
import { HorizontalLayout } from './layout/HorizontalLayout';
import { LabelElement } from './layout/LabelElement';
import { groupLayoutTester, horizontalLayoutTester, labelElementTester } from './layout/testers';
import { ListControl } from './list/ListControl';
import { listControlTester } from './list/tester';
import { LazyMultiChoiceControl } from './multi-choice/LazyMultiChoiceControl';
import { multiChoiceControlTester } from './multi-choice/tester';
import { PostalCodeControl } from './postal-code/PostalCodeControl';
import { postalCodeControlTester } from './postal-code/tester';
import { progressiveVerticalLayoutTester } from './progressive-layout/tester';
import { ProgressiveVerticalLayout } from './progressive-layout/ProgressiveVerticalLayout';
import { nonObjectRootTester, unsupportedElementTester } from './unsupported/tester';
import { NonObjectRoot, UnsupportedElement } from './unsupported/UnsupportedElement';
import { textControlTester } from './text/tester';
import { TextControl } from './text/TextControl';
import { markdownControlTester } from './markdown/tester';
import { MarkdownControl } from './markdown/MarkdownControl';

export const rendererSet: JsonFormsRendererRegistryEntry[] = [
  { tester: textControlTester, renderer: TextControl },
  { tester: countryControlTester, renderer: CountryControl },
  { tester: choiceControlTester, renderer: ChoiceControl },
  { tester: enumControlTester, renderer: EnumControl },
  { tester: booleanControlTester, renderer: BooleanControl },
  { tester: progressiveVerticalLayoutTester, renderer: ProgressiveVerticalLayout },
  { tester: horizontalLayoutTester, renderer: HorizontalLayout },
  { tester: groupLayoutTester, renderer: GroupLayout },
  { tester: labelElementTester, renderer: LabelElement },
  { tester: markdownControlTester, renderer: MarkdownControl },
  { tester: listControlTester, renderer: ListControl },
  { tester: postalCodeControlTester, renderer: PostalCodeControl },
  { tester: multiChoiceControlTester, renderer: LazyMultiChoiceControl },
  { tester: materialFallbackTester, renderer: MaterialFallback },
  { tester: unsupportedElementTester, renderer: UnsupportedElement },
  { tester: nonObjectRootTester, renderer: NonObjectRoot },
];

/** No cells of our own: JSON Forms' material cells come with the material set, for its tables. */
export const cellSet: JsonFormsCellRendererRegistryEntry[] = [];
