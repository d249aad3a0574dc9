// The Markdown editor takes text controls whose uischema says `options.markdown: true` (field type 'markdown').
import { and, isStringControl, rankWith, type Tester } from '@jsonforms/core';

/** Above the light text control (6). */
export const MARKDOWN_CONTROL_RANK = 8;

const wantsMarkdown: Tester = (uischema) => uischema.options?.markdown === true;

export const markdownControlTester = rankWith(MARKDOWN_CONTROL_RANK, and(isStringControl, wantsMarkdown));
