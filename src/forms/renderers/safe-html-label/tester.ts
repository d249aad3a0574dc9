// The safe-HTML label takes every Label element (above JSON Forms' plain-text one).
import { rankWith, uiTypeIs } from '@jsonforms/core';

export const SAFE_HTML_LABEL_RANK = 2;

export const safeHtmlLabelTester = rankWith(SAFE_HTML_LABEL_RANK, uiTypeIs('Label'));
